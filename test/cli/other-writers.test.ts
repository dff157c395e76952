/**
 * Workbooks that LibreOffice or WPS saved, and account names Excel's links can trip on: the command
 * line and the workbench's download write them like any other (issue 9, faults 2 and 6).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { installExcelDouble } from "../../src/workbench/excel-double";
import { workbookFile } from "../../src/workbench/download/download-workbook";
import { openWorkbook } from "../../src/workbench/workbook-file/open-workbook";
import { analyse, plan } from "../excel/plans-support";
import { editPart } from "./package-helpers";
import { runKam, scratchDir } from "./run-kam";

const NAMES = ["Yahoo! Shop", "Bang!Bang Co", "Plain Farm"];

/** A ledger as an Excel table; `styled: false` drops <tableStyleInfo>, as LibreOffice and WPS save it. */
async function tableLedger(file: string, styled: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Customers");
  sheet.addTable({
    name: "Ledger",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Customer" }, { name: "Sales" }, { name: "Philosophy" }],
    rows: NAMES.map((name, i) => [name, 500 - i * 100, 4]),
  });
  await workbook.xlsx.writeFile(file);
  if (!styled)
    await editPart(file, "xl/tables/table1.xml", (xml) =>
      xml.replace(/<tableStyleInfo\b[^>]*\/>/, "")
    );
}

/** Every hyperlink of every sheet, and whether any relationship points outside the file. */
async function links(bytes: Uint8Array | Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const tags: string[] = [];
  let external = 0;
  for (const name of Object.keys(zip.files)) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      tags.push(...(xml.match(/<hyperlink\b[^>]*>/g) ?? []));
    if (/^xl\/worksheets\/_rels\//.test(name))
      external += (xml.match(/TargetMode="External"/g) ?? []).length;
  }
  return { tags, external };
}

describe("files from other spreadsheet programs, and names with '!'", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => (dir = await scratchDir("kam-writers-")));
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("a table saved without <tableStyleInfo> (LibreOffice, WPS) is analysed and kept", async () => {
    await tableLedger(file("lo.xlsx"), false);
    const run = await runKam([
      "analyze",
      file("lo.xlsx"),
      "--out",
      file("lo-kam.xlsx"),
      "--lang",
      "en",
    ]);
    expect(run.stderr).not.toMatch(/cannot write/);
    expect(run.code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(file("lo-kam.xlsx"));
    const customers = out.getWorksheet("Customers") as ExcelJS.Worksheet;
    expect(Object.keys((customers as unknown as { tables: object }).tables)).toContain("Ledger");
    expect(customers.getCell("A2").value).toBe("Yahoo! Shop");
  });

  test("plans of accounts whose names hold '!' are linked as places in the workbook", async () => {
    await tableLedger(file("bang.xlsx"), true);
    const run = await runKam([
      "analyze",
      file("bang.xlsx"),
      "--out",
      file("bang-kam.xlsx"),
      "--plans",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const { tags, external } = await links(await fs.readFile(file("bang-kam.xlsx")));
    const toPlans = tags.filter((t) => /Plan - (Yahoo! Shop|Bang!Bang Co)/.test(t));
    expect(toPlans.length).toBeGreaterThanOrEqual(2);
    for (const tag of toPlans) {
      expect(tag).toMatch(/\blocation="/);
      expect(tag).not.toMatch(/\br:id="/);
    }
    expect(external).toBe(0);
  });

  test("the workbench's download links them as places too", async () => {
    await tableLedger(file("bench.xlsx"), false);
    const bytes = await fs.readFile(file("bench.xlsx"));
    const host = await openWorkbook(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      "bench.xlsx"
    );
    const uninstall = installExcelDouble(host, "en-US");
    try {
      const analysis = await analyse(host, "en", "Customers!A2");
      const keys = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
      expect(keys).toEqual(expect.arrayContaining(["Yahoo! Shop", "Bang!Bang Co"]));
      await plan(host, "en", analysis, keys, "2025-03-01");
      const downloaded = await workbookFile(host.fileBytes, host.model);
      const { tags, external } = await links(downloaded);
      expect(
        tags.filter((t) => /Plan - (Yahoo! Shop|Bang!Bang Co)/.test(t)).length
      ).toBeGreaterThanOrEqual(2);
      expect(tags.every((t) => /\blocation="/.test(t) && !/\br:id="/.test(t))).toBe(true);
      expect(external).toBe(0);
    } finally {
      uninstall();
    }
  }, 120_000);
});
