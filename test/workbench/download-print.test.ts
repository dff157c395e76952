/**
 * The workbench's download keeps the print setup of every sheet the add-in generated (issue 12): the
 * pane writes it through worksheet.pageLayout, and the file the command line's writer renders from
 * the double carries it into each sheet's XML (fit to pages, orientation, paper, header and footer)
 * and the workbook's Print_Titles names.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { installExcelDouble, type SheetModel } from "../../src/workbench/excel-double";
import { addInSheets } from "../../src/workbench/download/add-in-markers";
import { workbookFile } from "../../src/workbench/download/download-workbook";
import { openWorkbook } from "../../src/workbench/workbook-file/open-workbook";
import { analyse, plan } from "../excel/plans-support";

const SAMPLE = path.resolve(__dirname, "../../assets/kam-sample-en.xlsx");

/** Each sheet's XML in the file, by the sheet's name. */
async function sheetXml(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[0])?.[1],
      /Target="([^"]+)"/.exec(m[0])?.[1],
    ])
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1] ?? "";
    const target = targets.get(/r:id="([^"]+)"/.exec(m[0])?.[1]) ?? "";
    const file = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    out.set(unescape(name), (await zip.file(file)?.async("string")) ?? "");
  }
  return out;
}

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');

/** What the pane set on the sheet through pageLayout, as the file writes it. */
function expectedFromLayout(sheet: SheetModel) {
  const layout = sheet.pageLayout;
  return {
    orientation: layout.orientation.toLowerCase(),
    fitToWidth: String(layout.zoom.horizontalFitToPages),
    paperSize: layout.paperSize === "Letter" ? "1" : "9",
  };
}

test("every generated sheet of the download prints as the pane set it up", async () => {
  const bytesIn = fs.readFileSync(SAMPLE);
  const host = await openWorkbook(
    bytesIn.buffer.slice(bytesIn.byteOffset, bytesIn.byteOffset + bytesIn.byteLength),
    "kam-sample-en.xlsx"
  );
  const uninstall = installExcelDouble(host, "en-US");
  try {
    const analysis = await analyse(host, "en", "Customers!B6");
    const keys = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
    await plan(host, "en", analysis, keys.slice(0, 2), "2025-03-01");
    const generated = addInSheets(host.model);
    // Criteria, tiers, credit, templates, two plans and the overview.
    expect(generated.length).toBeGreaterThanOrEqual(7);

    const zip = await JSZip.loadAsync(await workbookFile(host.fileBytes, host.model));
    const sheets = await sheetXml(zip);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    for (const { sheet } of generated) {
      const xml = sheets.get(sheet.name) ?? "";
      const want = expectedFromLayout(sheet);
      expect({ sheet: sheet.name, fit: /<pageSetUpPr fitToPage="1"\/>/.test(xml) }).toEqual({
        sheet: sheet.name,
        fit: true,
      });
      const setup = /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "";
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(setup)?.[1];
      expect({
        sheet: sheet.name,
        orientation: attr("orientation"),
        fitToWidth: attr("fitToWidth"),
        paperSize: attr("paperSize"),
      }).toEqual({ sheet: sheet.name, ...want });
      const { headersFooters } = sheet.pageLayout;
      const header = /<oddHeader>(.*?)<\/oddHeader>/.exec(xml)?.[1] ?? "";
      const footer = /<oddFooter>(.*?)<\/oddFooter>/.exec(xml)?.[1] ?? "";
      expect(unescape(header)).toContain(headersFooters.leftHeader ?? "&A");
      expect(unescape(footer)).toContain(headersFooters.centerFooter ?? "&P");
      if (sheet.pageLayout.printTitleRows) {
        const titles = [
          ...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)</g),
        ].map((m) => unescape(m[1]));
        expect(titles.some((t) => t.endsWith(`!${sheet.pageLayout.printTitleRows}`))).toBe(true);
      }
    }
  } finally {
    uninstall();
  }
});
