/**
 * The workbench knows the add-in's sheets as the pane and the command line do (see isAddInMark): its
 * document properties come in with the opened file and go out with the download, with the user's own
 * properties; a user's sheet that their own marker name points at is never taken for the add-in's.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as path from "path";
import { MARK_VALUE, markProperty } from "../../src/core/sheets/sheet-names";
import { installExcelDouble } from "../../src/workbench/excel-double";
import { addInSheets } from "../../src/workbench/download/add-in-markers";
import { workbookFile } from "../../src/workbench/download/download-workbook";
import { openWorkbook } from "../../src/workbench/workbook-file/open-workbook";
import { addCustomProperties, customPropertiesXml } from "../cli/package-helpers";
import { runKam, scratchDir } from "../cli/run-kam";
import { analyse } from "../excel/plans-support";
import { promises as fs } from "fs";

const MINE =
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department"><vt:lpwstr>Sales &amp; Service</vt:lpwstr></property>';

const buffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A user's workbook: customers, their notes, their hidden KAM_Tiers on the notes, a property. */
async function usersWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer", "Sales"],
    ["A", 60],
    ["B", 30],
    ["C", 10],
  ]);
  workbook.addWorksheet("Notes").addRows([["my own notes"], ["keep these"]]);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file(
    "xl/workbook.xml",
    xml.replace(
      "</sheets>",
      '</sheets><definedNames><definedName name="KAM_Tiers" hidden="1">Notes!$A$1</definedName></definedNames>'
    )
  );
  await addCustomProperties(zip, customPropertiesXml(MINE));
  return zip.generateAsync({ type: "uint8array" });
}

// Whole workbooks written, opened and analysed: seconds on a busy 2-core machine.
jest.setTimeout(60_000);

test("a user's sheet behind their own KAM_Tiers is not the add-in's, and the download keeps their properties", async () => {
  const original = await usersWorkbook();
  const host = await openWorkbook(buffer(original), "mine.xlsx");
  expect(host.model.customProperties).toEqual([
    { key: "Department", value: "Sales & Service", type: "String" },
  ]);
  expect(addInSheets(host.model)).toEqual([]);

  const bytes = await workbookFile(original, host.model);
  const zip = await JSZip.loadAsync(bytes);
  expect(await zip.file("docProps/custom.xml")?.async("string")).toContain(MINE);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(bytes as never);
  expect(saved.getWorksheet("Notes")?.getCell("A1").value).toBe("my own notes");
  expect(saved.worksheets.map((s) => s.name)).toEqual(["Customers", "Notes"]);
});

test("a workbook the add-in wrote opens with its marks, and the download has them with the pane's new ones", async () => {
  const dir = await scratchDir("kam-marks-");
  const written = path.join(dir, "written.xlsx");
  expect(
    (
      await runKam([
        "analyze",
        path.resolve(__dirname, "../../assets/kam-sample-en.xlsx"),
        "--out",
        written,
      ])
    ).code
  ).toBe(0);
  const bytes = new Uint8Array(await fs.readFile(written));
  const host = await openWorkbook(buffer(bytes), "written.xlsx");
  // As LibreOffice saves a workbook: the names lose their hidden flag, the properties stay.
  for (const name of host.model.names) name.visible = true;
  expect(host.model.customProperties.map((p) => [p.key, p.value])).toEqual([
    [markProperty("KAM_Criteria_Sheet"), MARK_VALUE],
    [markProperty("KAM_Tiers"), MARK_VALUE],
    [markProperty("KAM_Credit"), MARK_VALUE],
    // The sample has product categories and credit columns (issue 15).
    [markProperty("KAM_White_Space"), MARK_VALUE],
    [markProperty("KAM_Portfolio"), MARK_VALUE],
  ]);
  expect(addInSheets(host.model).map((m) => m.sheet.name)).toEqual([
    "KAM Criteria",
    "KAM Tiers",
    "KAM Credit",
    "KAM White Space",
    "KAM Portfolio",
  ]);

  // The pane analyses again: its sheets are reused, not doubled.
  const uninstall = installExcelDouble(host, "en-US");
  try {
    await analyse(host, "en", "Customers!B6");
  } finally {
    uninstall();
  }
  expect(host.model.sheets.map((s) => s.name)).toEqual([
    "Customers",
    "KAM Criteria",
    "KAM Tiers",
    "KAM Credit",
    "KAM White Space",
    "KAM Portfolio",
  ]);
  const downloaded = await JSZip.loadAsync(await workbookFile(bytes, host.model));
  const custom = (await downloaded.file("docProps/custom.xml")?.async("string")) ?? "";
  expect(custom.match(/name="KAM sheet: KAM_Tiers"/g)).toHaveLength(1);
  expect(custom).toContain(`name="${markProperty("KAM_Criteria_Sheet")}"`);
});
