/** Ctrl+D in the grid: the top row's formula filled down with its relative references moved. */
import { seedSheet } from "../../src/workbench/excel-double";
import { WorkbenchHost } from "../../src/workbench/host/workbench-host";
import { fillDown } from "../../src/workbench/grid/cell-edit";

test("fill down moves relative references and keeps $-fixed ones", () => {
  const host = new WorkbenchHost();
  const sheet = seedSheet(host, "Data", "A1", [[1], [2], [3], [4]]);
  seedSheet(host, "Data", "B1", [["=A1/SUM(A$1:A$4)", "text"]]);
  sheet.cells.setNumberFormat(0, 1, "0%");
  fillDown(host, sheet, { row: 0, column: 1, rows: 4, columns: 2 });
  expect(sheet.cells.formula(3, 1)).toBe("=A4/SUM(A$1:A$4)");
  expect(sheet.cells.value(3, 2)).toBe("text");
  expect(sheet.cells.numberFormat(2, 1)).toBe("0%");
  expect(host.model.valueAt(sheet, 3, 1)).toBeCloseTo(0.4, 12);
});
