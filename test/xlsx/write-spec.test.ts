import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { packageSource, saveWithSheets } from "../../src/xlsx/save-workbook";
import { editPart, readPart } from "../cli/package-helpers";

/** Every kind of content a SheetSpec can hold, rendered into an .xlsx and read back from the file. */
const SPEC: SheetSpec = {
  kind: "tiers",
  name: "KAM Tiers",
  marker: "KAM_Tiers",
  blocks: [
    { at: "A1", rows: [["Title"], [null]] },
    {
      at: "A3",
      rows: [
        ["Account", "Sales", "Rank"],
        ['=HYPERLINK("http://x","y")', 300, { formula: "=RANK.EQ(B4,$B$4:$B$5)", value: 1 }],
        ["+1-555", 100, { formula: "=RANK.EQ(B5,$B$4:$B$5)", value: 2 }],
        [
          "Total",
          { formula: "=SUM(B4:B5)", value: 400 },
          { formula: '=IF(B6>0,"ok","none")', value: "ok" },
        ],
      ],
    },
  ],
  columns: [
    { index: 0, width: 30, text: true },
    { index: 1, width: 14 },
  ],
  formats: [
    { ref: "A1", bold: true, fontSize: 14 },
    { ref: "B4:B6", numberFormat: "#,##0", horizontal: "right" },
    { ref: "B6", bold: true, fill: "#E2EFDA" },
  ],
  tables: [{ name: "KAM_Tiers_Table", ref: "A3:C5", style: "TableStyleMedium2" }],
  conditionalFormats: [
    { ref: "C4:C5", kind: "expression", formula: "=$C4=1", fill: "#C6EFCE", fontColor: "#006100" },
    { ref: "B4:B5", kind: "cellValue", operator: "greaterThan", value: "200", bold: true },
  ],
  charts: [
    {
      kind: "combo",
      title: "Pareto",
      categories: "A4:A5",
      series: [
        { name: "Sales", values: "B4:B5", type: "column" },
        { name: "Rank", values: "C4:C5", type: "line", secondaryAxis: true },
      ],
      from: "E1",
      to: "J10",
      secondaryAxisFormat: "0%",
    },
  ],
  validations: [{ ref: "D4:D5", list: ["cover", "within"] }],
  names: [{ name: "KAM_Total", ref: "B6", comment: "the total" }],
  links: [{ at: "A6", target: "'Customers'!A1" }],
  freeze: { rows: 3, columns: 1 },
  tabColor: "#2E7D32",
};

describe("saveWithSheets renders a SheetSpec into the .xlsx file", () => {
  let out: string;
  let sheetXml: string;
  let back: ExcelJS.Worksheet;

  beforeAll(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kam-xlsx-"));
    const input = path.join(dir, "in.xlsx");
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Customers").getCell("A1").value = "Customer";
    await source.xlsx.writeFile(input);
    // Names ExcelJS would lose: hidden, scoped to a sheet, and a constant.
    await editPart(input, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</sheets>",
        `</sheets><definedNames><definedName name="Secret" hidden="1">Customers!$A$1</definedName><definedName name="Local" localSheetId="0">Customers!$A$1:$A$2</definedName><definedName name="Rate">0.17</definedName></definedNames>`
      )
    );
    out = path.join(dir, "out.xlsx");
    await saveWithSheets(packageSource(await loadWorkbook(input)), [SPEC], out);
    sheetXml = await readPart(out, "xl/worksheets/sheet2.xml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    back = workbook.getWorksheet("KAM Tiers") as ExcelJS.Worksheet;
  });

  it("keeps text that looks like a formula as text, in a text column", () => {
    expect(back.getCell("A4").value).toBe('=HYPERLINK("http://x","y")');
    expect(back.getCell("A5").value).toBe("+1-555");
    expect(back.getCell("A4").numFmt).toBe("@");
  });

  it("writes formulas with the _xlfn prefix and the engine's figure as cached result", () => {
    expect(back.getCell("C4").value).toEqual({ formula: "_xlfn.RANK.EQ(B4,$B$4:$B$5)", result: 1 });
    expect(back.getCell("B6").value).toEqual({ formula: "SUM(B4:B5)", result: 400 });
    expect(back.getCell("C6").value).toEqual({ formula: 'IF(B6>0,"ok","none")', result: "ok" });
  });

  it("applies number formats, fonts, fills, alignment and column widths", () => {
    expect(back.getCell("B4").numFmt).toBe("#,##0");
    expect(back.getCell("B4").alignment?.horizontal).toBe("right");
    expect(back.getCell("B6").font?.bold).toBe(true);
    expect(back.getCell("B6").numFmt).toBe("#,##0");
    expect(back.getCell("B6").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFE2EFDA" },
    });
    expect(back.getCell("A1").font?.size).toBe(14);
    expect(back.getColumn(1).width).toBe(30);
  });

  it("adds the table, conditional formats, dropdowns, frozen panes and tab colour", async () => {
    expect(await readPart(out, "xl/tables/table1.xml")).toMatch(
      /name="KAM_Tiers_Table"[^>]*ref="A3:C5"/
    );
    expect(sheetXml).toContain('<conditionalFormatting sqref="C4:C5"><cfRule type="expression"');
    expect(sheetXml).toContain("<formula>$C4=1</formula>");
    expect(sheetXml).toMatch(
      /<cfRule type="cellIs"[^>]*operator="greaterThan"[^>]*><formula>200<\/formula>/
    );
    expect(sheetXml).toMatch(
      /<dataValidation type="list" allowBlank="1" sqref="D4:D5"><formula1>&quot;cover,within&quot;<\/formula1>/
    );
    expect(sheetXml).toMatch(/<pane xSplit="1" ySplit="3" topLeftCell="B4"[^>]*state="frozen"/);
    expect(sheetXml).toContain('<tabColor rgb="FF2E7D32"/>');
  });

  it("links within the workbook by location only, with no stray external relationship", async () => {
    expect(sheetXml).toContain('<hyperlink ref="A6" location="&apos;Customers&apos;!A1"/>');
    expect(await readPart(out, "xl/worksheets/_rels/sheet2.xml.rels")).not.toContain("hyperlink");
  });

  it("adds the chart as a drawing part, with its relationships and content types", async () => {
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/><tableParts/);
    const chart = await readPart(out, "xl/charts/chart1.xml");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain("<c:f>'KAM Tiers'!$B$4:$B$5</c:f>");
    expect(chart).toContain(
      '<c:pt idx="0"><c:v>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</c:v></c:pt>'.replace(
        /&quot;/g,
        '"'
      )
    );
    expect(await readPart(out, "xl/drawings/_rels/drawing1.xml.rels")).toContain(
      "../charts/chart1.xml"
    );
    const types = await readPart(out, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  });

  it("keeps the input's names as the file had them, and adds the spec's and the marker", async () => {
    const workbook = await readPart(out, "xl/workbook.xml");
    expect(workbook).toContain(
      '<definedName name="Secret" hidden="1">Customers!$A$1</definedName>'
    );
    expect(workbook).toContain(
      '<definedName name="Local" localSheetId="0">Customers!$A$1:$A$2</definedName>'
    );
    expect(workbook).toContain('<definedName name="Rate">0.17</definedName>');
    expect(workbook).toContain(
      `<definedName name="KAM_Total" comment="the total">'KAM Tiers'!$B$6</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="KAM_Tiers" hidden="1">'KAM Tiers'!$A$1</definedName>`
    );
  });
});
