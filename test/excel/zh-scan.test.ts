/**
 * Issue 14's "done when", in the pane: the Chinese sample analysed and planned in Chinese on the
 * in-memory Excel has no English word in a sheet name or in any cell the add-in wrote.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";
import { englishWords } from "../support/english-words";
import { analyse, plan } from "./plans-support";

const SAMPLE = path.join(__dirname, "../../assets/kam-sample-zh.xlsx");

type Cell = string | number | boolean | null;

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ("result" in value) return plain(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    return null;
  }
  return value as Cell;
}

test("the pane writes no English word into a Chinese workbook", async () => {
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(SAMPLE);
  const sheet = input.worksheets[0];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: sheet.columnCount }, (_, c) =>
      plain(row.getCell(c + 1).value)
    );
  });

  const host = new ExcelHost();
  const uninstall = installExcelDouble(host, "zh-CN");
  try {
    seedSheet(
      host,
      sheet.name,
      "A1",
      rows.map((r) => r ?? [])
    );
    const analysis = await analyse(host, "zh-CN", `${sheet.name}!A5`);
    const keys = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
    expect(keys.length).toBeGreaterThan(0);
    await plan(host, "zh-CN", analysis, keys, "2025-03-01");

    const generated = host.model.sheets.filter((s) => s.name !== sheet.name);
    expect(generated.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const s of generated) {
      for (const w of englishWords(s.name)) found.push(`${s.name}: ${w}`);
      const used = s.cells.usedRect(true);
      if (!used) continue;
      for (let r = used.row; r < used.row + used.rows; r++)
        for (let c = used.column; c < used.column + used.columns; c++) {
          const value = s.cells.value(r, c);
          if (typeof value !== "string") continue;
          const words = englishWords(value);
          if (words.length > 0)
            found.push(`${s.name} R${r + 1}C${c + 1} "${value}": ${words.join(" ")}`);
        }
    }
    expect(found).toEqual([]);
  } finally {
    uninstall();
  }
});
