/**
 * Input a user gets wrong, found by a round of hostile testing (issue 9): each gets one clear line,
 * or a listed data problem, and never a wrong figure or a crash.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { runKam, scratchDir, SAMPLES } from "./run-kam";

describe("kam analyze on hostile input", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await scratchDir("kam-hostile-");
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  async function ledger(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addRow(["Customer", "Sales", "Philosophy"]);
    fill(sheet);
    await workbook.xlsx.writeFile(file(name));
    return file(name);
  }

  const json = async (input: string, ...rest: string[]) => {
    const run = await runKam([
      "analyze",
      input,
      "--out",
      file("out.xlsx"),
      "--json",
      "--lang",
      "en",
      ...rest,
    ]);
    return { run, summary: run.code === 0 ? JSON.parse(run.stdout) : undefined };
  };

  test("a date in the sales column is listed with its row and left out, like text", async () => {
    const input = await ledger("dated.xlsx", (sheet) => {
      sheet.addRow(["North", 500, 4]);
      sheet.addRow(["South", new Date(Date.UTC(2024, 0, 5)), 4]);
      sheet.addRow(["East", 300, 4]);
    });
    const { run, summary } = await json(input);
    expect(run.code).toBe(0);
    expect(summary.accounts).toBe(2);
    expect(summary.totalSales).toBe(800);
    expect(summary.warnings.join("\n")).toMatch(/date in the sales column on row 3/);
  });

  test("a date-formatted result of a formula counts as a date too", async () => {
    const input = await ledger("dated-formula.xlsx", (sheet) => {
      sheet.addRow(["North", 500, 4]);
      sheet.addRow([
        "South",
        { formula: "DATE(2024,1,5)", result: new Date(Date.UTC(2024, 0, 5)) },
        4,
      ]);
      sheet.getCell("B3").numFmt = "yyyy-mm-dd";
    });
    const { summary } = await json(input);
    expect(summary.totalSales).toBe(500);
  });

  test("hidden rows are said to be counted; a blank philosophy score is said to be not assessed", async () => {
    const input = await ledger("hidden.xlsx", (sheet) => {
      sheet.addRow(["North", 500, 4]);
      sheet.addRow(["South", 400, null]);
      sheet.addRow(["East", 300, 5]);
      sheet.getRow(4).hidden = true;
    });
    const { summary } = await json(input);
    expect(summary.accounts).toBe(3);
    const warnings = summary.warnings.join("\n");
    expect(warnings).toMatch(/Hidden in the sheet.*row 4\. They are read and counted/);
    expect(warnings).toMatch(/No business-philosophy score on row 3: .*not assessed/);
  });

  test("sales too large to add up say so, not that they add up to zero", async () => {
    const input = await ledger("huge.xlsx", (sheet) => {
      sheet.addRow(["North", 1e308, 4]);
      sheet.addRow(["South", 1e308, 4]);
    });
    const { run } = await json(input);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.xlsx: the sales figures are too large to add up/);
    expect(run.stderr).not.toMatch(/zero/);
  });

  test.each([
    ["JSON", "misspelt.json", '{"abc_rul": "within"}'],
    ["CSV", "misspelt.csv", "abc_rul,within\n"],
    ["CSV after a header", "misspelt-header.csv", "name,value\nabc_rul,within\n"],
  ])("a misspelt first criterion (%s) is exit 2 naming it", async (_kind, name, content) => {
    await fs.writeFile(file(name), content);
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      file("c.xlsx"),
      "--criteria",
      file(name),
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown criterion "abc_rul" \(did you mean "abc_rule"\?\)/);
  });

  test.each([
    ["name,value", "name,value\nkey_min_stars,4\n"],
    ["the KAM Criteria sheet's own header", "Criterion,Value\nkey_min_stars,4\n"],
    ["the Chinese sheet's header", "标准,数值\nkey_min_stars,4\n"],
  ])("a header row (%s) is recognised as one", async (_what, content) => {
    await fs.writeFile(file("header.csv"), content);
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      file("h.xlsx"),
      "--criteria",
      file("header.csv"),
      "--json",
    ]);
    expect(run.code).toBe(0);
    // key_min_stars 4 was read: every key account has 4 stars (with the default 3, some have 3).
    const keys = JSON.parse(run.stdout).keyAccounts as { stars: number }[];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.stars === 4)).toBe(true);
  });

  test("a binary --criteria file is named with what was expected, never echoed", async () => {
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      file("b.xlsx"),
      "--criteria",
      SAMPLES["zh-CN"],
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(2);
    const line = run.stderr.trimEnd();
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain(SAMPLES["zh-CN"]);
    expect(line).toMatch(/not a criteria file: expected JSON .* or a CSV of name,value lines/);
    expect(line).not.toMatch(/PK|\uFFFD/);
  });

  test("a folder given as the input is said to be a folder", async () => {
    const run = await runKam(["analyze", dir, "--out", file("d.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is a folder, not a workbook/);
    expect(run.stderr).not.toMatch(/damaged/);
  });

  test("a usage error names the problem on its first line and points to --help, without the help", async () => {
    const run = await runKam(["analyze", SAMPLES.en, "--colour"], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/unknown option '--colour'/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/kam analyze --help/);
  });
});
