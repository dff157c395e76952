import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { sheetNames } from "./package-helpers";
import { writeWorkbook } from "./workbook-fixtures";

/** --plans is bounded: plans for the accounts asked for, and a clear stop before too many sheets. */
describe("kam analyze --plans chooses its accounts and stays within a limit", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const plansIn = async (out: string) =>
    (await sheetNames(out)).filter((n) => n.startsWith("Plan - "));
  beforeAll(async () => (dir = await scratchDir()));

  it("stops with one line naming the count and the way out when there would be more plans than the limit", async () => {
    const out = file("limited.xlsx");
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      out,
      "--plans",
      "--plans-limit",
      "5",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^kam: .*kam-sample-en\.xlsx: --plans would create 6 plan sheets, more than the limit of 5: /
    );
    expect(run.stderr).toMatch(/--plans-top N/);
    expect(run.stderr).toMatch(/--plans-for/);
    await expect(fs.stat(out)).rejects.toThrow();
    const raised = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      out,
      "--plans",
      "--plans-limit",
      "6",
    ]);
    expect(raised.code).toBe(0);
    expect(await plansIn(out)).toHaveLength(6);
  });

  it("says it in Chinese too", async () => {
    const run = await runKam([
      "analyze",
      SAMPLES["zh-CN"],
      "--out",
      file("limited-zh.xlsx"),
      "--plans",
      "--plans-limit",
      "2",
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--plans 将生成 6 个计划工作表，超过上限 2 个/);
  });

  it("has a limit of 500 new plan sheets by default: a ledger of many small key accounts stops at once", async () => {
    const rows: (string | number)[][] = [["Customer", "Sales"]];
    for (let i = 1; i <= 600; i++) rows.push([`Shop ${i}`, 100]);
    await writeWorkbook(file("many.xlsx"), { Data: rows });
    const summary = await runKam(["analyze", file("many.xlsx"), "--out", file("s.xlsx"), "--json"]);
    const keys = JSON.parse(summary.stdout).keyAccounts.length;
    expect(keys).toBeGreaterThan(500);
    const run = await runKam([
      "analyze",
      file("many.xlsx"),
      "--out",
      file("many-kam.xlsx"),
      "--plans",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--plans would create ${keys} plan sheets, more than the limit of 500`
    );
  });

  it("--plans-top N writes plans for the N largest key accounts, and implies --plans", async () => {
    const out = file("top.xlsx");
    const run = await runKam(["analyze", SAMPLES.en, "--out", out, "--plans-top", "2", "--json"]);
    expect(run.code).toBe(0);
    const keys = JSON.parse(run.stdout).keyAccounts.map((k: { account: string }) => k.account);
    expect(await plansIn(out)).toEqual(keys.slice(0, 2).map((k: string) => `Plan - ${k}`));
    expect(await sheetNames(out)).toContain("KAM Plans");
  });

  it("--plans-for writes plans for the accounts named, key accounts or not, a name with a comma whole", async () => {
    const summary = await runKam(["analyze", SAMPLES.en, "--out", file("s.xlsx"), "--json"]);
    const { keyAccounts } = JSON.parse(summary.stdout);
    const key = keyAccounts[0].account as string;
    const out = file("for.xlsx");
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      out,
      "--plans-for",
      `${key.toUpperCase()}, ${keyAccounts[1].account}`,
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    expect(await plansIn(out)).toEqual([`Plan - ${key}`, `Plan - ${keyAccounts[1].account}`]);

    const comma = file("comma.xlsx");
    await writeWorkbook(comma, {
      Data: [
        ["Customer", "Sales"],
        ["Acme, Inc.", 50],
        ["Beta", 30],
        ["Gamma", 20],
      ],
    });
    const again = await runKam([
      "analyze",
      comma,
      "--out",
      file("comma-kam.xlsx"),
      "--plans-for",
      "Acme, Inc.",
      "--plans-for",
      "Gamma",
    ]);
    expect(again.code).toBe(0);
    // Gamma is not a key account: like a tick in the pane, --plans-for gives any account a plan.
    expect(
      JSON.parse(
        (await runKam(["analyze", comma, "--out", file("c.xlsx"), "--json"])).stdout
      ).keyAccounts.map((k: { account: string }) => k.account)
    ).not.toContain("Gamma");
    expect(await plansIn(file("comma-kam.xlsx"))).toEqual(["Plan - Acme, Inc.", "Plan - Gamma"]);
  });

  it("names the accounts --plans-for asks for that are not in the table", async () => {
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      file("unknown.xlsx"),
      "--plans-for",
      "Nobody Ltd,Nowhere Co",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /--plans-for: no account named "Nobody Ltd", "Nowhere Co" in the customer table$/m
    );
  });

  it.each([["0"], ["two"], ["1.5"]])("exits 2 on --plans-top %s", async (value) => {
    const run = await runKam(["analyze", SAMPLES.en, "--plans-top", value], { LANG: "en_US" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/must be a whole number of 1 or more/);
  });
});
