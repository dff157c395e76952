import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import {
  expectedPortfolio,
  expectedSummary,
  readSampleShops,
  townshipsWithoutKeyAccount,
} from "./sample-figures";

/** Both samples tell the article's story; the JSON must agree with figures computed independently. */
describe.each(Object.entries(SAMPLES))("kam analyze --json on the %s sample", (lang, sample) => {
  let dir: string;
  beforeAll(async () => (dir = await scratchDir()));

  it("reports the figures a plain computation gives, and exits 0", async () => {
    const out = path.join(dir, "out.xlsx");
    const run = await runKam(["analyze", sample, "--out", out, "--lang", lang, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    const expected = expectedSummary(await readSampleShops(sample));
    expect(summary.accounts).toBe(expected.accounts);
    expect(summary.totalSales).toBeCloseTo(expected.totalSales, 6);
    expect(summary.paretoCount).toBe(expected.paretoCount);
    expect(summary.hhi).toBeCloseTo(expected.hhi, 6);
    expect(summary.keyAccounts).toHaveLength(expected.keyAccounts.length);
    summary.keyAccounts.forEach((key: Record<string, unknown>, i: number) => {
      const want = expected.keyAccounts[i];
      // The sample has credit columns, so each key account carries its finance fields (issue 11).
      expect(key).toEqual({
        ...want,
        share: expect.any(Number),
        status: want.credit,
        reasons: expect.any(Array),
        dso: expect.any(Number),
        suggestedLimit: expect.any(Number),
        limitAction: expect.stringMatching(/^(raise|keep|lower|freeze)$/),
      });
      expect(key.share).toBeCloseTo(want.share, 12);
    });
    expect(summary.warnings).toEqual([]);
  });

  it("lists the regions: accounts, sales, key accounts, share, and the townships without a key account", async () => {
    const run = await runKam([
      "analyze",
      sample,
      "--out",
      path.join(dir, "r.xlsx"),
      "--lang",
      lang,
      "--json",
    ]);
    const { regions, totalSales } = JSON.parse(run.stdout);
    const shops = await readSampleShops(sample);
    expect(regions).toHaveLength(24);
    for (const r of regions) {
      const inTown = shops.filter((s) => s.region === r.region);
      expect(r.accounts).toBe(inTown.length);
      expect(r.sales).toBe(inTown.reduce((sum, s) => sum + s.sales, 0));
      expect(r.share).toBeCloseTo(r.sales / totalSales, 12);
    }
    const sales = regions.map((r: { sales: number }) => r.sales);
    expect(sales).toEqual([...sales].sort((a, b) => b - a));
    const flagged = regions.filter((r: { noKeyAccount: boolean }) => r.noKeyAccount);
    expect(flagged.map((r: { region: string }) => r.region).sort()).toEqual(
      townshipsWithoutKeyAccount(shops).sort()
    );
    expect(flagged.every((r: { keyAccounts: number }) => r.keyAccounts === 0)).toBe(true);
    expect(regions.reduce((n: number, r: { keyAccounts: number }) => n + r.keyAccounts, 0)).toBe(6);
  });

  it("gives the white space: each shop's sales by category and its gaps, largest potential first", async () => {
    const run = await runKam([
      "analyze",
      sample,
      "--out",
      path.join(dir, "w.xlsx"),
      "--lang",
      lang,
      "--json",
    ]);
    const { whiteSpace } = JSON.parse(run.stdout);
    const shops = await readSampleShops(sample);
    expect(whiteSpace.rankedBy).toBe("potential");
    const { categories } = whiteSpace;
    expect(categories).toHaveLength(4);
    const order = [...shops].sort(
      (a, b) => (b.potential ?? -Infinity) - (a.potential ?? -Infinity) || b.sales - a.sales
    );
    expect(whiteSpace.accounts.map((a: { account: string }) => a.account)).toEqual(
      order.map((s) => s.account)
    );
    for (const a of whiteSpace.accounts) {
      const shop = shops.find((s) => s.account === a.account)!;
      const bought = categories.filter((_: string, i: number) => shop.categories[i] !== null);
      expect(Object.keys(a.sales)).toEqual(bought);
      expect(a.gaps).toEqual(categories.filter((c: string) => !bought.includes(c)));
      expect(a.region).toBe(shop.region);
    }
    categories.forEach((c: string, i: number) =>
      expect(whiteSpace.totals[c]).toBe(shops.reduce((sum, s) => sum + (s.categories[i] ?? 0), 0))
    );
    expect(whiteSpace.regions).toHaveLength(24);
  });

  it("places every shop on the portfolio matrix as the weights written out plainly do", async () => {
    const run = await runKam([
      "analyze",
      sample,
      "--out",
      path.join(dir, "p.xlsx"),
      "--lang",
      lang,
      "--json",
    ]);
    const { portfolio } = JSON.parse(run.stdout);
    const expected = expectedPortfolio(await readSampleShops(sample));
    expect(portfolio.cut).toBe(50);
    expect(portfolio.accounts).toHaveLength(expected.length);
    for (const want of expected) {
      const got = portfolio.accounts.find((a: { account: string }) => a.account === want.account);
      expect(got.attractiveness).toBeCloseTo(want.attractiveness, 9);
      expect(got.strength).toBeCloseTo(want.strength, 9);
      expect(got.quadrant).toBe(want.quadrant);
    }
  });

  it("tells the article's story: 6 shops of 3 and 4 stars hold more than 60% of sales", async () => {
    const expected = expectedSummary(await readSampleShops(sample));
    expect(expected.accounts).toBe(36);
    expect(expected.keyAccounts).toHaveLength(6);
    const share = expected.keyAccounts.reduce((sum, k) => sum + k.share, 0);
    expect(share).toBeGreaterThan(0.6);
    expect(new Set(expected.keyAccounts.map((k) => k.stars))).toEqual(new Set([3, 4]));
  });

  it("prints a summary table and where the result went, without --json", async () => {
    const out = path.join(dir, "table.xlsx");
    const run = await runKam(["analyze", sample, "--out", out, "--lang", lang]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      lang === "en" ? "Key accounts (3★ or more)" : "重点客户数（3星及以上）"
    );
    expect(run.stdout).toMatch(/3,176,000/);
    expect(run.stdout).toMatch(/62\.5%/);
    expect(run.stdout).toContain(out);
  });
});

/** The finance sample: every figure below is worked out by hand in the README's finance section. */
describe.each([
  ["zh-CN", path.join(__dirname, "..", "..", "assets", "kam-credit-sample-zh.xlsx"), "华丰农资"],
  [
    "en",
    path.join(__dirname, "..", "..", "assets", "kam-credit-sample-en.xlsx"),
    "Huafeng Farm Supplies",
  ],
])("kam analyze --json on the %s finance sample", (lang, sample, first) => {
  it("reports receivables, overdue, over 90 days, exposure by status, DSO and each account's limit", async () => {
    const dir = await scratchDir();
    const run = await runKam([
      "analyze",
      sample,
      "--out",
      path.join(dir, "out.xlsx"),
      "--lang",
      lang,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.credit).toEqual({
      receivables: 670_000,
      overdue: 155_000,
      over90: 50_000,
      dso: expect.any(Number),
      exposure: { OK: 295_000, WATCH: 200_000, FAIL: 175_000 },
    });
    expect(summary.credit.dso).toBeCloseTo((670_000 / 10_000_000) * 365, 9);
    // Every account but the one that owes nothing.
    expect(summary.accountsCredit).toHaveLength(7);
    const actions = summary.accountsCredit.map((a: { limitAction: string }) => a.limitAction);
    expect(actions).toEqual(["raise", "lower", "freeze", "freeze", "lower", "lower", "freeze"]);
    const limits = summary.accountsCredit.map((a: { suggestedLimit: number }) =>
      Math.round(a.suggestedLimit)
    );
    expect(limits).toEqual([600_000, 183_333, 100_000, 50_000, 66_667, 58_333, 15_000]);
    expect(summary.keyAccounts.map((k: { account: string }) => k.account)[0]).toBe(first);
    expect(summary.keyAccounts[1]).toMatchObject({ status: "WATCH", limitAction: "lower" });
    expect(summary.keyAccounts[1].reasons).toHaveLength(2);
  });
});
