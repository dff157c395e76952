/**
 * The grid's rules, table by table: what typing leaves in a cell, how a conditional format's formula
 * moves to each cell, which COUNTIFS criteria match, what a number format shows, and what a
 * dropdown list refuses.
 */
import { criterion } from "../../src/workbench/formulas/criteria-match";
import { shiftFormula } from "../../src/workbench/formulas/shift-formula";
import { allowedByList, conditionalStyle, listValues } from "../../src/workbench/grid/cell-rules";
import { cellText } from "../../src/workbench/grid/cell-text";
import { formatForTyped, readTyped } from "../../src/workbench/grid/typed-input";
import { WorkbenchHost } from "../../src/workbench/host/workbench-host";

test.each([
  ["42", "General", { value: 42 }],
  ["done", "General", { value: "done" }],
  ["=A1*2", "General", { formula: "=A1*2" }],
  ["'=A1", "General", { value: "=A1" }],
  ["=A1", "@", { value: "=A1" }],
  ["2025-03-31", "General", { value: 45747 }],
  ["2025/3/31", "General", { value: 45747 }],
  ["2025-02-30", "General", { value: "2025-02-30" }],
  ["12.5%", "General", { value: 0.125 }],
  ["TRUE", "General", { value: true }],
  ["", "General", { value: undefined }],
])("typing %j into a %s cell", (text, format, expected) => {
  expect(readTyped(text, format)).toEqual(expected);
});

test("a typed date or percentage gets a format, as in Excel", () => {
  expect([
    formatForTyped("2025-03-31", "General"),
    formatForTyped("12%", "General"),
    formatForTyped("12", "General"),
  ]).toEqual(["yyyy-mm-dd", "0%", undefined]);
});

test.each([
  [
    '=AND(ISNUMBER($F47),$F47<TODAY(),$H47<>"done")',
    2,
    0,
    '=AND(ISNUMBER($F49),$F49<TODAY(),$H49<>"done")',
  ],
  ["=A1+B$2+$C3+KAM_Plan_1!A1", 1, 1, "=B2+C$2+$C4+KAM_Plan_1!B2"],
  ['="A1"&A1', 3, 0, '="A1"&A4'],
  ["=LOG10(A1)", 1, 0, "=LOG10(A2)"],
])("%s moved %i down, %i right", (formula, rows, columns, expected) => {
  expect(shiftFormula(formula, rows, columns)).toBe(expected);
});

test.each([
  ["done", ["done", "DONE", "not done", "", null], [true, true, false, false, false]],
  ["<>done", ["done", "open", "", null, 3], [false, true, true, true, true]],
  ["<>", ["x", "", null, 0], [true, false, false, true]],
  [">=2", [1, 2, 3, "3", null], [false, true, true, false, false]],
  ["d*", ["done", "Doing", "add"], [true, true, false]],
  [true, [true, "TRUE", 1], [true, false, false]],
  ["", ["", null, "x"], [true, true, false]],
] as const)("criterion %j", (raw, cells, expected) => {
  const test = criterion(raw);
  expect(cells.map((cell) => test(cell))).toEqual(expected);
});

test.each([
  [1234567.891, "#,##0", "1,234,568"],
  [0.1234, "0.0%", "12.3%"],
  [45747, "yyyy-mm-dd", "2025-03-31"],
  [3, "General", "3"],
  [true, "General", "TRUE"],
  ["text", "0.0%", "text"],
])("%j shown as %s", (value, format, shown) => {
  expect(cellText(value, format)).toBe(shown);
});

describe("dropdown lists and conditional formats", () => {
  const host = new WorkbenchHost();
  const sheet = host.model.addSheet("Plan");
  sheet.setValidation(
    { row: 1, column: 0, rows: 5, columns: 1 },
    { list: { source: "open,done", inCellDropDown: true } }
  );
  sheet.cells.setContent(1, 1, 5);
  sheet.cells.setContent(2, 1, 1);
  sheet.conditionalFormats.push(
    {
      id: "1",
      type: "CellValue",
      sheet,
      rect: { row: 1, column: 1, rows: 2, columns: 1 },
      rule: { formula1: "=4", operator: "GreaterThan" },
      format: { fill: "#C6EFCE" },
    },
    {
      id: "2",
      type: "Custom",
      sheet,
      rect: { row: 1, column: 2, rows: 2, columns: 1 },
      rule: { formula: "=B2>4" },
      format: { bold: true },
    }
  );

  test("a list allows its values in any letter case, and a blank", () => {
    const allowed = listValues(host, sheet, 3, 0);
    expect(allowed).toEqual(["open", "done"]);
    expect([
      allowedByList(allowed, "DONE"),
      allowedByList(allowed, ""),
      allowedByList(allowed, "finished"),
    ]).toEqual([true, true, false]);
    expect(listValues(host, sheet, 0, 0)).toBeUndefined();
  });

  test("a rule applies to each cell of its range, its references moved", () => {
    expect(conditionalStyle(host, sheet, 1, 1, 5)).toEqual({ fill: "#C6EFCE" });
    expect(conditionalStyle(host, sheet, 2, 1, 1)).toBeUndefined();
    expect(conditionalStyle(host, sheet, 1, 2, undefined)).toEqual({ bold: true });
    expect(conditionalStyle(host, sheet, 2, 2, undefined)).toBeUndefined();
  });
});
