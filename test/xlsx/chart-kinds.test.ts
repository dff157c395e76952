/** The chart kinds of ChartSpec as DrawingML in the package writer's .xlsx. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { packageSource, saveWithSheets } from "../../src/xlsx/save-workbook";
import { readPart } from "../cli/package-helpers";
import { CHART_KINDS_SPEC } from "../support/chart-kinds";

/** The XML parser's complaint, or "" when the part is well-formed. */
function xmlError(xml: string): string {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  return doc.getElementsByTagName("parsererror")[0]?.textContent ?? "";
}

describe("the package writer draws every chart kind", () => {
  let out: string;
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kam-charts-"));
    const input = path.join(dir, "in.xlsx");
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Customers").getCell("A1").value = "Customer";
    await source.xlsx.writeFile(input);
    out = path.join(dir, "out.xlsx");
    await saveWithSheets(packageSource(await loadWorkbook(input)), [CHART_KINDS_SPEC], out);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("puts both charts in one drawing, each anchored over its cells, each its own part", async () => {
    const drawing = await readPart(out, "xl/drawings/drawing1.xml");
    expect(xmlError(drawing)).toBe("");
    const anchors = [
      ...drawing.matchAll(
        /<xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>.*?r:id="(rId\d+)"/g
      ),
    ];
    expect(anchors.map((m) => [Number(m[1]), Number(m[2]), m[3]])).toEqual([
      [5, 0, "rId1"],
      [5, 11, "rId2"],
    ]);
    const rels = await readPart(out, "xl/drawings/_rels/drawing1.xml.rels");
    expect(rels).toMatch(/Id="rId1"[^>]*chart1\.xml|chart1\.xml[^>]*Id="rId1"/);
    expect(rels).toMatch(/Id="rId2"[^>]*chart2\.xml|chart2\.xml[^>]*Id="rId2"/);
    const types = await readPart(out, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
  });

  it("stacked bars: horizontal, stacked, overlapping fully, a series per segment with its cache", async () => {
    const xml = await readPart(out, "xl/charts/chart1.xml");
    expect(xmlError(xml)).toBe("");
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    expect(xml.match(/<c:ser>/g)).toHaveLength(3);
    expect(xml).toContain("<c:f>'Bob''s Aging! 1'!$A$2:$A$4</c:f>");
    expect(xml).toContain("<c:f>'Bob''s Aging! 1'!$D$2:$D$4</c:f>");
    // The formula cell's cached value is in the cache.
    expect(xml).toMatch(/\$D\$2:\$D\$4<\/c:f><c:numCache>.*<c:pt idx="2"><c:v>40<\/c:v>/);
    expect(xml).toContain('<c:numFmt formatCode="#,##0" sourceLinked="0"/>');
  });

  it("bubbles: x, y and size references, a label per point from its cell, titled axes", async () => {
    const xml = await readPart(out, "xl/charts/chart2.xml");
    expect(xmlError(xml)).toBe("");
    expect(xml).toContain("<c:bubbleChart>");
    expect(xml).toMatch(/<c:xVal><c:numRef><c:f>'Bob''s Aging! 1'!\$B\$7:\$B\$9<\/c:f>/);
    expect(xml).toMatch(/<c:yVal><c:numRef><c:f>'Bob''s Aging! 1'!\$C\$7:\$C\$9<\/c:f>/);
    expect(xml).toMatch(/<c:bubbleSize><c:numRef><c:f>'Bob''s Aging! 1'!\$D\$7:\$D\$9<\/c:f>/);
    const labels = [
      ...xml.matchAll(
        /<c:dLbl><c:idx val="(\d)"\/><c:tx><c:strRef><c:f>([^<]*)<\/c:f>.*?<c:v>([^<]*)<\/c:v>/g
      ),
    ];
    expect(labels.map((m) => [m[1], m[2], m[3]])).toEqual([
      ["0", "'Bob''s Aging! 1'!$A$7", "Acme"],
      ["1", "'Bob''s Aging! 1'!$A$8", '=Not "a" formula'],
      ["2", "'Bob''s Aging! 1'!$A$9", "Zed"],
    ]);
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2);
    expect(xml).toContain("<a:t>Share</a:t>");
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
  });
});
