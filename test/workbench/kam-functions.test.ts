/**
 * The KAM functions in the workbench's formula engine: the same src/functions code Excel runs,
 * under the KAM. prefix, with Excel 365's semantics — ranges in, arrays spilled below and to the
 * right, #SPILL! when a cell is in the way, error messages kept for the grid's tooltip, recalculation
 * after a change, and the text in Office's display language.
 */
import * as fs from "fs";
import * as path from "path";
import { ExcelHost, seedSheet } from "../../src/workbench/excel-double";
import { formulaEngine } from "../../src/workbench/formulas/formula-engine";
import * as kam from "../../src/functions/functions";
import { installCustomFunctionsStub } from "../support/custom-functions-stub";

installCustomFunctionsStub();

// Name, sales, credit limit, balance, overdue, days overdue, philosophy.
const ACCOUNTS = [
  ["North", 300, 100, 50, 0, 0, 5],
  ["South", 300, 100, 120, 40, 100, 4],
  ["East", 200, 100, 85, 0, 0, 3],
  ["West", 200, null, null, null, null, null],
  ["Tail", 0, 10, 0, 0, 0, 2],
];
const COLUMN = (i: number) => ACCOUNTS.map((row) => [row[i]]);

function workbook() {
  const host = new ExcelHost();
  const sheet = seedSheet(host, "Data", "A1", ACCOUNTS);
  const engine = formulaEngine(host.model);
  host.model.evaluate = engine.evaluate;
  host.model.spilled = engine.spilled;
  /** Types a formula into a cell (as the grid does) and recalculates, as Excel does after an edit. */
  const type = (address: string, entry: string | number) => {
    seedSheet(host, "Data", address, [[entry]]);
    engine.recalculate();
  };
  const value = (address: string) => {
    const { row, column } = cellAt(address);
    return host.model.valueAt(sheet, row, column);
  };
  return { host, sheet, engine, type, value };
}

function cellAt(address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** What the function itself returns for these inputs, unwrapped from its 1×1 array. */
function direct(result: unknown): unknown {
  return Array.isArray(result) ? (result as unknown[][])[0][0] : result;
}

test("every function the source declares is registered under KAM.", () => {
  const source = fs.readFileSync(
    path.resolve(__dirname, "../../src/functions/functions.ts"),
    "utf8"
  );
  const ids = [...source.matchAll(/@customfunction\s+(\w+)/g)].map((m) => m[1]);
  const { type, value } = workbook();
  for (const id of ids) {
    type("J1", `=KAM.${id}()`);
    // Registered: a call without arguments is the function's own error, never #NAME?.
    expect([id, value("J1")]).not.toEqual([id, "#NAME?"]);
  }
  type("J1", "=KAM.NOSUCH(B1:B5)");
  expect(value("J1")).toBe("#NAME?");
});

test.each([
  ["=KAM.HHI(B1:B5)", () => kam.hhi(COLUMN(1))],
  ["=KAM.SHARE(B1, B$1:B$5)", () => direct(kam.share([[300]], COLUMN(1)))],
  ["=KAM.RANK(B3, B$1:B$5)", () => direct(kam.rank([[200]], COLUMN(1)))],
  ["=KAM.PARETO(B1:B5, 0.5)", () => kam.pareto(COLUMN(1), 0.5)],
  ["=KAM.TOPSHARE(B1:B5, 2)", () => kam.topshare(COLUMN(1), 2)],
  ["=KAM.CREDIT(C2, D2, E2, F2)", () => direct(kam.credit([[100]], [[120]], [[40]], [[100]]))],
  ["=KAM.DSO(D1, B1, 90)", () => direct(kam.dso([[50]], [[300]], [[90]]))],
  [
    "=KAM.GRADE(B3, B$1:B$5, KAM.CREDIT(C3, D3), G3)",
    () => direct(kam.grade([[200]], COLUMN(1), kam.credit([[100]], [[85]]), [[3]])),
  ],
])("%s computes what the function returns", (formula, expected) => {
  const { type, value } = workbook();
  type("J1", formula);
  expect(value("J1")).toEqual(expected());
});

test("the documented HHI of 30/30/20/20 is 2,600", () => {
  const { type, value } = workbook();
  type("J1", "=KAM.HHI(B1:B4)");
  expect(value("J1")).toBeCloseTo(2600, 9);
});

test("a range argument spills its result down, and the formula's cell is the top of it", () => {
  const { type, value, engine, sheet } = workbook();
  type("J1", "=KAM.ABC(B1:B5)");
  const expected = (kam.abc(COLUMN(1)) as unknown[][]).map((row) => row[0]);
  expect(["J1", "J2", "J3", "J4", "J5"].map(value)).toEqual(expected);
  expect(value("J6")).toBeUndefined();
  expect(engine.spillOrigin(sheet, 3, 9)).toEqual({ row: 0, column: 9 });
  expect(engine.spillOrigin(sheet, 5, 9)).toBeUndefined();
});

test("KAM.TIERS spills a table right and down; a formula reading the spill sees its values", () => {
  const { type, value } = workbook();
  type("J1", "=KAM.TIERS(A1:A5, B1:B5)");
  const tiers = kam.tiers(COLUMN(0), COLUMN(1)) as unknown[][];
  const last = tiers.length;
  expect(value("J1")).toBe(tiers[0][0]);
  expect(value("J2")).toBe(tiers[1][0]);
  expect(value("K2")).toBe(tiers[1][1]);
  expect(value(`R${last}`)).toEqual(tiers[last - 1][8] === null ? "" : tiers[last - 1][8]);
  type("T1", `=SUM(K2:K${last})`);
  expect(value("T1")).toBe(1000);
});

test("a spill blocked by a cell shows #SPILL!, with the blocking cell in its message", () => {
  const { type, value, engine, sheet } = workbook();
  type("J3", "mine");
  type("J1", "=KAM.SHARE(B1:B5)");
  expect(value("J1")).toBe("#SPILL!");
  expect(value("J2")).toBeUndefined();
  expect(engine.errorMessage(sheet, 0, 9)).toMatch(/J3/);
  // Emptied, the cell lets the result spill.
  type("J3", "");
  expect(value("J1")).toBeCloseTo(0.3, 12);
  expect(value("J3")).toBeCloseTo(0.2, 12);
});

test("an error keeps the function's message for the tooltip, in one cell or inside a spill", () => {
  const { type, value, engine, sheet } = workbook();
  type("J1", "=KAM.ABC(B1:B5,,0.9,0.5)");
  expect(value("J1")).toBe("#NUM!");
  expect(engine.errorMessage(sheet, 0, 9)).toMatch(/a_cutoff/);
  // A name where a number belongs: #VALUE! in its own cell of the spill, the number beside it.
  type("L1", "=KAM.SHARE(A1:B1, B1:B5)");
  expect(value("L1")).toBe("#VALUE!");
  expect(value("M1")).toBeCloseTo(0.3, 12);
  expect(engine.errorMessage(sheet, 0, 11)).toMatch(/\S/);
  expect(engine.errorMessage(sheet, 0, 12)).toBeUndefined();
});

test("a changed input is seen after recalculation, in the spill too", () => {
  const { type, value } = workbook();
  type("J1", "=KAM.SHARE(B1:B5)");
  expect(value("J2")).toBeCloseTo(0.3, 12);
  type("B2", 500);
  expect(value("J2")).toBeCloseTo(500 / 1200, 12);
});

describe("text in Office's display language", () => {
  const office = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete office.Office);

  test.each([
    ["en-US", "en"],
    ["zh-CN", "zh-CN"],
  ])("KAM.CREDITWHY with Office in %s", (displayLanguage) => {
    office.Office = { context: { displayLanguage } };
    const { type, value } = workbook();
    type("J1", "=KAM.CREDITWHY(C2, D2, E2, F2)");
    const expected = direct(kam.creditwhy([[100]], [[120]], [[40]], [[100]]));
    expect(value("J1")).toBe(expected);
    expect(String(expected)).toMatch(
      displayLanguage === "zh-CN" ? /[\u4e00-\u9fff]/ : /^[\x20-\x7e]+$/
    );
  });

  test("#SPILL!'s tooltip says the room needed and the blocking cell in Office's language", () => {
    const { type, engine, sheet } = workbook();
    type("J3", "mine");
    type("J1", "=KAM.SHARE(B1:B5)");
    expect(engine.errorMessage(sheet, 0, 9)).toBe(
      "the result needs J1:J5 (5 rows × 1 column) but J3 is not empty: clear it and the result spills there"
    );
    office.Office = { context: { displayLanguage: "zh-CN" } };
    type("J1", "=KAM.SHARE(B1:B4)");
    expect(engine.errorMessage(sheet, 0, 9)).toBe(
      "结果需要 J1:J4（4 行 × 1 列），但 J3 不是空的：清空它，结果就会溢出到这些单元格"
    );
  });
});
