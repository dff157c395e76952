import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { compoundFile, writeWorkbook } from "./workbook-fixtures";

/** Every bad input: the exit code, and one line naming the file and the problem. */
describe("kam analyze on bad input", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await scratchDir();
    await fs.writeFile(file("notes.xlsx"), "Shop,Sales\nA,1\n");
    await fs.writeFile(file("locked.xlsx"), compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    await fs.writeFile(file("old.xlsx"), compoundFile(["Workbook"]));
    await fs.writeFile(
      file("broken.xlsx"),
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64)])
    );
    await writeWorkbook(file("no-header.xlsx"), {
      Data: [
        ["x", "y"],
        [1, 2],
      ],
    });
    await writeWorkbook(file("no-sales.xlsx"), {
      Data: [
        ["Customer", "Region"],
        ["A", "North"],
      ],
    });
    await writeWorkbook(file("empty.xlsx"), { Sheet1: [] });
    await writeWorkbook(file("header-only.xlsx"), { Data: [["Customer", "Sales"]] });
    await writeWorkbook(file("zero.xlsx"), {
      Data: [
        ["Customer", "Sales"],
        ["A", 0],
        ["B", 0],
      ],
    });
    await writeWorkbook(file("two.xlsx"), {
      Notes: [],
      Data: [
        ["Customer", "Sales"],
        ["A", 1],
      ],
    });
  });

  const cases: [string, string[], number, RegExp][] = [
    ["a text file named .xlsx", ["notes.xlsx"], 1, /notes\.xlsx: not an \.xlsx workbook$/],
    [
      "a password-protected workbook",
      ["locked.xlsx"],
      1,
      /locked\.xlsx: the workbook is password-protected/,
    ],
    [
      "an old .xls (CFB without encryption)",
      ["old.xlsx"],
      1,
      /old\.xlsx: password-protected, or not an \.xlsx workbook/,
    ],
    ["a damaged zip", ["broken.xlsx"], 1, /broken\.xlsx: cannot be read as a workbook/],
    [
      "no row of column names",
      ["no-header.xlsx"],
      1,
      /no-header\.xlsx: no row of column names found/,
    ],
    [
      "no sales column",
      ["no-sales.xlsx"],
      1,
      /no-sales\.xlsx: sheet "Data" has column names on row 1 but no sales column/,
    ],
    ["an empty workbook", ["empty.xlsx"], 1, /empty\.xlsx: every sheet is empty/],
    [
      "an empty sheet named",
      ["two.xlsx", "--sheet", "Notes"],
      1,
      /two\.xlsx: sheet "Notes" is empty/,
    ],
    [
      "a header without rows",
      ["header-only.xlsx"],
      1,
      /header-only\.xlsx: sheet "Data" has column names but no customer rows/,
    ],
    ["sales adding up to zero", ["zero.xlsx"], 1, /zero\.xlsx: the sales add up to zero or less/],
    ["a missing file", ["missing.xlsx"], 2, /missing\.xlsx: no such file/],
    [
      "a sheet that is not there",
      ["two.xlsx", "--sheet", "Kunden"],
      2,
      /no sheet named "Kunden" \(the sheets are "Notes", "Data"\)/,
    ],
  ];

  it.each(cases)("%s", async (_what, args, code, message) => {
    const [input, ...rest] = args;
    const run = await runKam([
      "analyze",
      file(input),
      "--out",
      file("out.xlsx"),
      "--lang",
      "en",
      ...rest,
    ]);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(/^kam: /);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it("says it in Chinese with --lang zh-CN", async () => {
    const run = await runKam([
      "analyze",
      file("no-sales.xlsx"),
      "--out",
      file("o.xlsx"),
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `kam: ${file("no-sales.xlsx")}: 工作表“Data”第 1 行有列名，但没有“销售额”列\n`
    );
  });

  it("finds the table on a later sheet when the first is empty", async () => {
    const run = await runKam([
      "analyze",
      file("two.xlsx"),
      "--out",
      file("two-out.xlsx"),
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).accounts).toBe(1);
  });

  const usage: [string, string[], RegExp][] = [
    ["an unknown option", ["--colour"], /unknown option '--colour'/],
    ["a language we do not speak", ["--lang", "fr"], /--lang <lang>' argument 'fr' is invalid/],
    ["--out naming the input", ["--out", SAMPLES.en], /--out must name another file/],
    ["--out not an .xlsx", ["--out", "result.csv"], /--out must name an \.xlsx file/],
  ];

  it.each(usage)("exits 2 on %s", async (_what, args, message) => {
    const run = await runKam(["analyze", SAMPLES.en, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("exits 2 when no input is given", async () => {
    const run = await runKam(["analyze"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing required argument 'input'/);
  });

  it("exits 0 on --help", async () => {
    const run = await runKam(["analyze", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--criteria <file>/);
  });
});
