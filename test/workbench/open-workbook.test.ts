/**
 * An .xlsx file opened in the workbench becomes the double's workbook with what the pane and the
 * grid need: values, formulas, number formats, bold and fills, tables, names, dropdown lists, frozen
 * panes, hidden sheets and the cursor.
 */
import ExcelJS from "exceljs";
import { openWorkbook } from "../../src/workbench/workbook-file/open-workbook";

async function file(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Dealers", {
    views: [{ state: "frozen", ySplit: 1, activeCell: "B3" }],
  });
  sheet.addTable({
    name: "DealerList",
    ref: "A1",
    columns: [{ name: "Dealer" }, { name: "Sales" }],
    rows: [
      ["North", 300],
      ["South", 100],
    ],
  });
  sheet.getCell("D1").value = { formula: "SUM(B2:B3)", result: 400 };
  sheet.getCell("D2").value = new Date(Date.UTC(2025, 2, 31));
  sheet.getCell("D2").numFmt = "yyyy-mm-dd";
  sheet.getCell("D3").value = {
    richText: [{ text: "rich " }, { text: "text", font: { bold: true } }],
  };
  sheet.getCell("E1").value = "Status";
  sheet.getCell("E1").font = { bold: true };
  sheet.getCell("E1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  sheet.getCell("E2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"open,done"'],
  };
  workbook.definedNames.add("Dealers!$B$2:$B$3", "DealerSales");
  workbook.addWorksheet("Old", { state: "hidden" }).getCell("A1").value = "kept";
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

test("an .xlsx file becomes the double's workbook", async () => {
  const host = await openWorkbook(await file(), "dealers.xlsx");
  const { model } = host;
  const sheet = model.requireSheet("Dealers");

  expect(host.workbookName).toBe("dealers.xlsx");
  expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ["Dealers", "Visible"],
    ["Old", "Hidden"],
  ]);
  expect(sheet.cells.value(1, 0)).toBe("North");
  expect(sheet.cells.formula(0, 3)).toBe("=SUM(B2:B3)");
  expect(model.valueAt(sheet, 0, 3)).toBe(400);
  expect(sheet.cells.value(1, 3)).toBe(45747);
  expect(sheet.cells.numberFormat(1, 3)).toBe("yyyy-mm-dd");
  expect(sheet.cells.value(2, 3)).toBe("rich text");
  expect(sheet.cells.style(0, 4)).toMatchObject({ bold: true, fill: "#DDEBF7" });
  expect(sheet.validations).toEqual([
    {
      rect: { row: 1, column: 4, rows: 1, columns: 1 },
      rule: { list: { source: "open,done", inCellDropDown: true } },
    },
  ]);
  expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
  expect(model.tables.map((t) => [t.name, t.rect])).toEqual([
    ["DealerList", { row: 0, column: 0, rows: 3, columns: 2 }],
  ]);
  expect(model.name("DealerSales")?.ref?.rect).toEqual({ row: 1, column: 1, rows: 2, columns: 1 });
  expect([model.activeSheet?.name, model.selection?.rect]).toEqual([
    "Dealers",
    { row: 2, column: 1, rows: 1, columns: 1 },
  ]);
});
