import ExcelJS from "exceljs";
import { plainValue, sheetValues } from "../../src/xlsx/sheet-values";

describe("plainValue: cells as the pane reads them", () => {
  it.each([
    [null, null],
    [12.5, 12.5],
    ["Shop", "Shop"],
    [true, true],
    [new Date(Date.UTC(2024, 0, 1)), 45292],
    [{ richText: [{ text: "Liu" }, { text: " & Sons" }] }, "Liu & Sons"],
    [{ formula: "SUM(A1:A2)", result: 7 }, 7],
    [{ sharedFormula: "A1", result: "x" }, "x"],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ formula: "NOW()" }, null],
    [{ error: "#N/A" }, "#N/A"],
    [{ text: "site", hyperlink: "http://example.com" }, "site"],
  ])("%j → %j", (value, plain) => {
    expect(plainValue(value as ExcelJS.CellValue)).toEqual(plain);
  });

  it("counts dates from 1904 in a 1904 workbook", () => {
    expect(plainValue(new Date(Date.UTC(2024, 0, 1)), true)).toBe(45292 - 1462);
  });

  it("gives the covered cells of a merge blanks, and fills gaps with null", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    sheet.getCell("A1").value = "Title";
    sheet.mergeCells("A1:C1");
    sheet.getCell("A3").value = "Shop";
    sheet.getCell("C3").value = 5;
    expect(sheetValues(sheet)).toEqual([["Title", null, null], [], ["Shop", null, 5]]);
  });
});
