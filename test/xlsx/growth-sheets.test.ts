/** KAM White Space and KAM Portfolio in the package writer's .xlsx (issue 15). */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { growthSheets } from "../../src/core/sheets/growth-sheets";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { packageSource, saveWithSheets } from "../../src/xlsx/save-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { sheetNames } from "../../src/core/sheets/sheet-names";

const SAMPLE = path.resolve(__dirname, "../../assets/kam-sample-zh.xlsx");

describe("the package writer's growth sheets on the Chinese sample", () => {
  let dir: string;
  let zip: JSZip;
  let parts: string[];
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kam-growth-"));
    const loaded = await loadWorkbook(SAMPLE);
    const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
    const rows = readCustomers(values, detectColumns(values)!, 1, "zh-CN").rows;
    const specs = growthSheets(analyseCustomers(rows, { ...DEFAULT_CRITERIA }, "zh-CN"), "zh-CN");
    const out = path.join(dir, "out.xlsx");
    await saveWithSheets(packageSource(await loadWorkbook(SAMPLE)), specs, out);
    zip = await JSZip.loadAsync(await fs.readFile(out));
    parts = Object.keys(zip.files);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const read = (part: string) => zip.file(part)!.async("string");

  /** The sheet part the workbook names `name`. */
  async function sheetPart(name: string): Promise<string> {
    const workbook = await read("xl/workbook.xml");
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
    const rels = await read("xl/_rels/workbook.xml.rels");
    const target =
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    return read(`xl/${target.replace(/^\/?xl\//, "")}`);
  }

  it("shades white space with an expression rule over the category cells, and prints", async () => {
    const xml = await sheetPart(sheetNames("zh-CN").whiteSpace);
    expect(xml).toMatch(/<conditionalFormatting sqref="[A-Z]+\d+:[A-Z]+\d+">/);
    expect(xml).toMatch(
      /<cfRule type="expression"[^>]*><formula>OR\([A-Z]+\d+="",[A-Z]+\d+=0\)<\/formula>/
    );
    expect(xml).toContain("<pageSetup");
  });

  it("draws the portfolio as a bubble chart labelled by account", async () => {
    const charts = parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    const bodies = await Promise.all(charts.map(read));
    const bubble = bodies.find((xml) => xml.includes("<c:bubbleChart>"));
    expect(bubble).toBeDefined();
    expect(bubble).toContain(`'${sheetNames("zh-CN").portfolio}'!`);
    expect(bubble).toContain("<c:bubbleSize>");
  });
});
