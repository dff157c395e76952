import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { expectedSummary, readSampleShops } from "./sample-figures";

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
      expect(key).toEqual({ ...want, share: expect.any(Number) });
      expect(key.share).toBeCloseTo(want.share, 12);
    });
    expect(summary.warnings).toEqual([]);
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
