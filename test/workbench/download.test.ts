/**
 * The workbench's download: the sample opened, analysed and planned by the pane's own code on the
 * double, a status typed into a plan and a figure into the user's sheet, then written as .xlsx by the
 * command line's writer. The file has every sheet, the typing, the add-in's hidden markers, its tables
 * and the Pareto chart; opened again, the add-in recognises its sheets; LibreOffice recalculates it
 * without an error cell.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { planVocabulary } from "../../src/core/plans/plan-vocabulary";
import { installExcelDouble } from "../../src/workbench/excel-double";
import { addInSheets } from "../../src/workbench/download/add-in-markers";
import { workbookFile } from "../../src/workbench/download/download-workbook";
import { commitTyped } from "../../src/workbench/grid/cell-edit";
import { openWorkbook } from "../../src/workbench/workbook-file/open-workbook";
import { analyse, plan, rowOf } from "../excel/plans-support";
import { ERROR_CELL, recalculate } from "../libreoffice/recalculate";
import { LIBREOFFICE, toolAvailable } from "../support/external-tools";

const withLibreOffice = toolAvailable(LIBREOFFICE, "the LibreOffice check of the downloaded workbook");

const SAMPLE = path.resolve(__dirname, "../../assets/kam-sample-en.xlsx");

async function open(bytes: Uint8Array, name: string) {
  return openWorkbook(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    name
  );
}

test("the workbook as shown is downloaded through the .xlsx writer and opens again as the add-in's", async () => {
  const host = await open(fs.readFileSync(SAMPLE), "kam-sample-en.xlsx");
  const uninstall = installExcelDouble(host, "en-US");
  try {
    const analysis = await analyse(host, "en", "Customers!B6");
    const keys = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
    await plan(host, "en", analysis, keys, "2025-03-01");
    const planSheet = host.model.requireSheet(`Plan - ${keys[0]}`);
    const taskRow = rowOf(planSheet, "Work item") + 1;
    const done = planVocabulary("en").status.done;
    expect(commitTyped(host, planSheet, taskRow, 7, done)).toEqual({ kind: "done" });
    const customers = host.model.requireSheet("Customers");
    commitTyped(host, customers, 4, 2, "450000");

    const bytes = await workbookFile(host.fileBytes, host.model);

    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(bytes as never);
    expect(saved.worksheets.map((s) => s.name)).toEqual(host.model.sheets.map((s) => s.name));
    expect(saved.getWorksheet(planSheet.name)?.getCell(taskRow + 1, 8).value).toBe(done);
    expect(saved.getWorksheet("Customers")?.getCell(5, 3).value).toBe(450000);
    const tiers = saved.getWorksheet("KAM Tiers");
    expect(tiers?.getCell("C3").formula).toMatch(/^SUM\(/);

    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toMatch(/<definedName name="KAM_Tiers" hidden="1">/);
    expect(Object.keys(zip.files).some((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toBe(true);

    if (withLibreOffice) {
      const file = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), "kam-download-")),
        "downloaded.xlsx"
      );
      fs.writeFileSync(file, bytes);
      const sheets = await recalculate(file);
      const errors = [...sheets].flatMap(([sheet, rows]) =>
        rows.flatMap((row, r) =>
          row.flatMap((v, c) => (ERROR_CELL.test(v) ? [`${sheet}!R${r + 1}C${c + 1} ${v}`] : []))
        )
      );
      expect(errors).toEqual([]);
      expect(sheets.size).toBe(host.model.sheets.length);
    }

    const reopened = await open(bytes, "kam-sample-en-kam.xlsx");
    expect(addInSheets(reopened.model).map((m) => m.sheet.name)).toEqual(
      addInSheets(host.model).map((m) => m.sheet.name)
    );
  } finally {
    uninstall();
  }
  // Analysis, six plans, an .xlsx round trip and a LibreOffice recalculation: 10-60 s on a busy 2-core machine.
}, 180_000);
