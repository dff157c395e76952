/**
 * The workbench's formula engine computes what Excel computes for the formulas the add-in writes and
 * for a user's everyday formulas: element-wise operators inside SUMPRODUCT, COUNTIFS criteria, names,
 * other sheets, ROW over a range, errors and circular references.
 */
import { ExcelHost, seedName, seedSheet } from "../../src/workbench/excel-double";
import { formulaEngine } from "../../src/workbench/formulas/formula-engine";

function workbook(rows: unknown[][]) {
  const host = new ExcelHost();
  const sheet = seedSheet(host, "Data", "A1", rows);
  const engine = formulaEngine(host.model);
  host.model.evaluate = engine.evaluate;
  const compute = (formula: string) => {
    engine.recalculate();
    return engine.evaluate(formula, sheet, 19, 9);
  };
  return { host, sheet, engine, compute };
}

const TASKS = [
  ["Visit", 46000, "done", 100],
  ["Train", 46010, "in progress", 200],
  ["Review", 46005, "not started", 300],
  [null, null, null, 400],
  ["Call", null, "blocked", -50],
];

describe("formula engine", () => {
  const { compute, host } = workbook(TASKS);
  seedSheet(host, "KAM Plan - Shop A", "B2", [[7, "x"]]);
  seedName(host, "KAM_Plan_1_Progress", "'KAM Plan - Shop A'!B2:C2", false);

  test.each([
    ["=SUM(D1:D5)", 950],
    ["=COUNTA(A1:A5)", 4],
    ["=SUMPRODUCT((D1:D3/600*100)^2)", (100 / 6) ** 2 + (200 / 6) ** 2 + (300 / 6) ** 2],
    ['=COUNTIFS(A1:A5,"<>",C1:C5,"done")', 1],
    ['=COUNTIFS(A1:A5,"<>",C1:C5,"<>done")', 3],
    ['=COUNTIFS(A1:A5,"<>",B1:B5,"<"&46006,C1:C5,"<>done")', 1],
    ['=COUNTIF(C1:C5,"*progress")', 1],
    ['=SUMIF(C1:C5,"done",D1:D5)', 100],
    ["=LARGE(D1:D5,2)", 300],
    // MATCH, as the plans' person formulas use it: exact and ignoring letter case, else #N/A.
    ['=MATCH("TRAIN",A1:A5,0)', 2],
    ['=IFERROR(MATCH("Sing",A1:A5,0),"none")', "none"],
    ["=MATCH(250,D1:D4,1)", 2],
    ['=SUMIFS(D1:D5,C1:C5,"done",B1:B5,">="&46000,B1:B5,"<"&EDATE(46000,1))', 100],
    ["=MIN(D1:D5)", -50],
    ['=SUMPRODUCT(MIN(B1:B3+(C1:C3="done")*1E+9))', 46005],
    ["=INDEX(A1:A5,SUMPRODUCT(MIN(ROW(B1:B3)-ROW(B1)+1+(B1:B3<>46005)*1E+9)))", "Review"],
    ["=INDEX(KAM_Plan_1_Progress,1,2)", "x"],
    ["='KAM Plan - Shop A'!B2*2", 14],
    ['=IF(A4="","",A4)', ""],
    ["=A4", 0],
    ['=IFERROR(1/0,"none")', "none"],
    ["=1/0", "#DIV/0!"],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
    ['=HYPERLINK("#Data!A1","go")', "go"],
    ["=T(KAM_Plan_1_Progress)", ""],
    ["=SUM(D:D)", 950],
    ["=COUNTA(2:2)", 4],
  ])("%s", (formula, expected) => {
    const value = compute(formula);
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 9);
    else expect(value).toBe(expected);
  });

  test("a formula reading another formula's cell, and a cell reading itself", () => {
    const {
      host: h,
      sheet,
      compute: c,
    } = workbook([
      [2, "=A1*3", "=B1+1"],
      ["=A2+1", null, null],
    ]);
    expect(c("=C1")).toBe(7);
    expect(h.model.valueAt(sheet, 1, 0)).toBe(0);
  });

  test("a change is seen after recalculate()", () => {
    const { sheet, engine, host: h } = workbook([[1, "=A1*10"]]);
    h.model.evaluate = engine.evaluate;
    expect(h.model.valueAt(sheet, 0, 1)).toBe(10);
    sheet.cells.setContent(0, 0, 5);
    engine.recalculate();
    expect(h.model.valueAt(sheet, 0, 1)).toBe(50);
  });
});
