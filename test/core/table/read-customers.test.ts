import { ColumnMapping } from "../../../src/core/table/columns";
import { CellValue, DataProblem, problemSeverity } from "../../../src/core/table/customer-types";
import { detectColumns } from "../../../src/core/table/header-detection";
import { readCustomers } from "../../../src/core/table/read-customers";

/** The sheet row of values[0]: the table starts on sheet row 5 (a title above it), so rows are offset. */
const FIRST_ROW = 5;
const ALL: ColumnMapping = {
  account: 0,
  sales: 1,
  priorSales: 2,
  region: 3,
  creditLimit: 4,
  balance: 5,
  overdue: 6,
  daysOverdue: 7,
  philosophy: 8,
  location: 9,
  shoppers: 10,
};
const HEADER = ["Customer", "Sales", "Prior", "Region", "Limit", "Balance", "Overdue", "Days", "Philosophy", "Location", "Shoppers"];

/** Reads data rows under a header row; data row i is on sheet row FIRST_ROW + 1 + i. */
function read(rows: CellValue[][], mapping: ColumnMapping = ALL, lang: "en" | "zh-CN" = "en") {
  return readCustomers([HEADER, ...rows], { headerRow: 0, mapping }, FIRST_ROW, lang);
}
/** The row problems a test is about: blank philosophy scores have tests of their own (below). */
const rowProblems = (problems: DataProblem[]) =>
  problems.filter((p) => p.kind !== "missingOptional" && p.kind !== "noPhilosophyScore");
const ofKind = <K extends DataProblem["kind"]>(problems: DataProblem[], kind: K) =>
  problems.filter((p): p is Extract<DataProblem, { kind: K }> => p.kind === kind);

describe("readCustomers: rows", () => {
  test("every column read, with sheet row numbers and trimmed text", () => {
    const { rows, problems } = read([[" Acme ", 1200, 1000, " North ", 5000, 800, 100, 12, 4, "Main St", "farmers"]]);
    expect(rows).toEqual([
      {
        sheetRow: 6,
        account: "Acme",
        sales: 1200,
        priorSales: 1000,
        region: "North",
        creditLimit: 5000,
        balance: 800,
        overdue: 100,
        daysOverdue: 12,
        philosophy: 4,
        location: "Main St",
        shoppers: "farmers",
      },
    ]);
    expect(problems).toEqual([]);
  });

  test("numeric text is read as a number in every numeric column, not reported", () => {
    const { rows, problems } = read([["Acme", "¥1,200", "1,000", null, "5,000.5", "(20)", "100", "12", "4.5"]]);
    expect(rows[0]).toMatchObject({ sales: 1200, priorSales: 1000, creditLimit: 5000.5, balance: -20, overdue: 100, daysOverdue: 12, philosophy: 4.5 });
    expect(problems).toEqual([]);
  });

  test("blank rows are skipped silently, ragged rows are fine, a number as a name is text", () => {
    const { rows, problems } = read([[], [null, null], ["a", 1], [" ", ""], [1001, 2], [null, null, null, "a note in the region column"]]);
    expect(rows.map((r) => [r.sheetRow, r.account, r.sales])).toEqual([[8, "a", 1], [10, "1001", 2]]);
    expect(rowProblems(problems)).toEqual([]);
  });

  test("a grand-total row ends the data; a subtotal row is skipped", () => {
    const { rows, problems } = read([["a", 10], ["小计", 10], ["b", 5], ["合计", 15], ["制表人：张三", null], ["c", 1]]);
    expect(rows.map((r) => r.account)).toEqual(["a", "b"]);
    expect(rowProblems(problems)).toEqual([]);
  });

  test("a blank sales figure beside prior-period sales is a lost account: read as 0, not reported", () => {
    const { rows, problems } = read([["a", 10, 5], ["lost", null, 900], ["never", null, 0]]);
    expect(rows.map((r) => [r.account, r.sales, r.priorSales])).toEqual([["a", 10, 5], ["lost", 0, 900]]);
    expect(rowProblems(problems)).toEqual([{ kind: "blankSales", rows: [8] }]);
  });
});

describe("readCustomers: every problem, with sheet rows", () => {
  const values: CellValue[][] = [
    ["Acme", 100], //                                    6
    ["Beta", "n/a"], //                                  7 text
    ["Gamma", null], //                                  8 blank
    ["Delta", -20], //                                   9 negative
    [null, 30], //                                      10 blank name
    ["acme ", 5], //                                    11 duplicate of 6
    ["Eps", true], //                                   12 text (boolean)
    ["Zeta", "#N/A"], //                                13 text
    ["Eta", "about 5"], //                              14 text (4th example not kept)
    ["Theta", 1, "x", null, "lots", -5, "-", -1, 0], // 15 bad numbers and philosophy
    ["ACME", 1, null, null, null, null, null, null, 6], // 16 duplicate; philosophy 6
    [null, "text with no name"], //                     17 text
    ["Iota", 2, null, null, null, null, null, null, "good"], // 18 philosophy not a number
    ["beta", 3], //                                     19 not a duplicate: Beta on row 7 was not read
  ];
  const { rows, problems } = read(values);

  test("the rows read", () => {
    expect(rows.map((r) => [r.sheetRow, r.account, r.sales])).toEqual([
      [6, "Acme", 100],
      [9, "Delta", -20],
      [10, "(no name, row 10)", 30],
      [11, "acme", 5],
      [15, "Theta", 1],
      [16, "ACME", 1],
      [18, "Iota", 2],
      [19, "beta", 3],
    ]);
  });

  test("the problems, in order", () => {
    expect(problems).toEqual<DataProblem[]>([
      { kind: "textSales", rows: [7, 12, 13, 14, 17], examples: ["n/a", "TRUE", "#N/A"] },
      { kind: "blankSales", rows: [8] },
      { kind: "negativeSales", rows: [9] },
      { kind: "blankAccount", rows: [10] },
      { kind: "duplicateAccount", account: "Acme", rows: [6, 11, 16] },
      { kind: "badNumber", role: "priorSales", rows: [15] },
      { kind: "badNumber", role: "creditLimit", rows: [15] },
      { kind: "badNumber", role: "overdue", rows: [15] },
      { kind: "badNumber", role: "daysOverdue", rows: [15] },
      { kind: "badNumber", role: "philosophy", rows: [18] },
      { kind: "badPhilosophy", rows: [15, 16] },
      { kind: "noPhilosophyScore", rows: [6, 9, 10, 11, 19] },
    ]);
  });

  test("a bad figure is treated as blank; a negative balance is a credit and is kept", () => {
    const theta = rows.find((r) => r.account === "Theta");
    expect(theta).toEqual({ sheetRow: 15, account: "Theta", sales: 1, balance: -5 });
  });

  test("severities: row problems are warnings", () => {
    expect(problems.map(problemSeverity)).toEqual(problems.map(() => "warning"));
  });
});

describe("readCustomers: what the values alone do not say", () => {
  test("a date in the sales column is a problem with its row, and the row is left out", () => {
    const values = [HEADER, ["Acme", 45296], ["Beta", 100]];
    const { rows, problems } = readCustomers(values, { headerRow: 0, mapping: { account: 0, sales: 1 } }, FIRST_ROW, "en", {
      isDate: (row, column) => row === 1 && column === 1,
    });
    expect(rows.map((r) => r.account)).toEqual(["Beta"]);
    expect(ofKind(problems, "dateSales")).toEqual([{ kind: "dateSales", rows: [6] }]);
  });

  test("hidden rows are read, and listed", () => {
    const values = [HEADER, ["Acme", 1], ["Beta", 2], ["Gamma", 3]];
    const { rows, problems } = readCustomers(values, { headerRow: 0, mapping: { account: 0, sales: 1 } }, FIRST_ROW, "en", {
      isHidden: (row) => row === 2,
    });
    expect(rows).toHaveLength(3);
    expect(ofKind(problems, "hiddenRows")).toEqual([{ kind: "hiddenRows", rows: [7] }]);
  });

  test("a blank philosophy score is listed only where the column is there; a bad one is not listed twice", () => {
    const values = [HEADER, ["Acme", 1, null, null, null, null, null, null, null], ["Beta", 2, null, null, null, null, null, null, 9]];
    expect(ofKind(read(values.slice(1)).problems, "noPhilosophyScore")).toEqual([{ kind: "noPhilosophyScore", rows: [6] }]);
    const without = readCustomers(values, { headerRow: 0, mapping: { account: 0, sales: 1 } }, FIRST_ROW);
    expect(ofKind(without.problems, "noPhilosophyScore")).toEqual([]);
  });
});

describe("readCustomers: columns", () => {
  test("missing optional columns are listed (location and shoppers are not worth a line)", () => {
    const { problems } = read([["a", 1]], { account: 0, sales: 1, region: 3 });
    expect(problems).toEqual([
      { kind: "missingOptional", role: "priorSales" },
      { kind: "missingOptional", role: "creditLimit" },
      { kind: "missingOptional", role: "balance" },
      { kind: "missingOptional", role: "overdue" },
      { kind: "missingOptional", role: "daysOverdue" },
      { kind: "missingOptional", role: "philosophy" },
    ]);
    expect(problems.map(problemSeverity)).toEqual(problems.map(() => "info"));
  });

  test.each<[string, ColumnMapping, DataProblem[]]>([
    ["no sales column", { account: 0 }, [{ kind: "missingRequired", role: "sales" }]],
    ["no account column", { sales: 1 }, [{ kind: "missingRequired", role: "account" }]],
    ["neither", {}, [{ kind: "missingRequired", role: "account" }, { kind: "missingRequired", role: "sales" }]],
  ])("%s: an error, and no rows", (_label, mapping, required) => {
    const { rows, problems } = read([["a", 1]], mapping);
    expect(rows).toEqual([]);
    expect(problems.filter((p) => p.kind === "missingRequired")).toEqual(required);
    expect(problems.filter((p) => problemSeverity(p) === "error")).toEqual(required);
  });

  test("a row without a name is named in the analysis language", () => {
    expect(read([[null, 5]], ALL, "zh-CN").rows[0].account).toBe("（无名称，第 6 行）");
  });
});

describe("readCustomers after detectColumns", () => {
  test("a Chinese table under a title row: sheet rows count the title", () => {
    const values: CellValue[][] = [
      ["2024年经销商销售表"],
      [],
      ["经销商", "销售额（元）", "欠款"],
      ["刘氏农资", "12,000", 3000],
      ["张记", 8000, "无"],
      ["刘氏农资", 500, null],
    ];
    const detected = detectColumns(values)!;
    const { rows, problems } = readCustomers(values, detected, 3);
    expect(rows.map((r) => [r.sheetRow, r.account, r.sales, r.balance])).toEqual([
      [6, "刘氏农资", 12000, 3000],
      [7, "张记", 8000, undefined],
      [8, "刘氏农资", 500, undefined],
    ]);
    expect(ofKind(problems, "duplicateAccount")).toEqual([{ kind: "duplicateAccount", account: "刘氏农资", rows: [6, 8] }]);
    expect(ofKind(problems, "badNumber")).toEqual([{ kind: "badNumber", role: "balance", rows: [7] }]);
  });
});

describe("readCustomers: potential and crop area (issue 15)", () => {
  const header = ["Customer", "Sales", "Potential", "Crop area"];
  const mapping: ColumnMapping = { account: 0, sales: 1, potential: 2, area: 3 };
  const readWallet = (rows: CellValue[][]) =>
    readCustomers([header, ...rows], { headerRow: 0, mapping }, FIRST_ROW, "en");

  test("are read as numbers; blank stays not assessed; text or a negative figure is reported and ignored", () => {
    const { rows, problems } = readWallet([
      ["A", 100, "¥1,000", 20],
      ["B", 100, null, null],
      ["C", 100, "lots", -5],
      ["D", 100, -1, 10],
    ]);
    expect(rows.map((r) => [r.potential, r.area])).toEqual([
      [1000, 20],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, 10],
    ]);
    expect(ofKind(problems, "badNumber")).toEqual([
      { kind: "badNumber", role: "potential", rows: [8, 9] },
      { kind: "badNumber", role: "area", rows: [8] },
    ]);
  });
});
