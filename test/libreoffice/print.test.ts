/**
 * The demo workbook (`npm run demo`: `kam analyze --plans` on the samples) printed by LibreOffice to
 * PDF, one sheet at a time: every generated sheet prints landscape, one page wide (a plan two pages
 * wide), as many pages down as its rows need and no more, with the Pareto chart inside the tier
 * sheet's pages.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as path from "path";
import type { Lang } from "../../src/core/language";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { SAMPLES, runKam, scratchDir } from "../cli/run-kam";
import { type PrintedSheet, hasSoffice, pagesPerSheet } from "./print-pages";

jest.setTimeout(600_000);

const INSTALL = "apt-get install libreoffice-calc-nogui";

/**
 * Rows a landscape page holds at the least: A4 or Letter across is 8.3 or 8.5 in, less margins,
 * header and footer, and a sheet fitted to the page's width is only ever scaled down; 15-point rows
 * at 100% give 30 or more.
 */
const ROWS_PER_PAGE = 25;

if (!hasSoffice && process.env.CI === "true")
  test("LibreOffice is installed", () => {
    throw new Error(`soffice is missing, and CI must run the print test: ${INSTALL}`);
  });
else if (!hasSoffice)
  console.log(
    `LibreOffice (soffice) is not installed: the print test is skipped. Install it: ${INSTALL}`
  );

const suite = hasSoffice ? describe : describe.skip;

/** Rows of each sheet the command wrote, as ExcelJS reads them back. */
function rowsOf(workbook: ExcelJS.Workbook): Map<string, number> {
  return new Map(workbook.worksheets.map((sheet) => [sheet.name, sheet.actualRowCount]));
}

/** The pages a sheet may print on: `wide` pages across times the pages its rows need down. */
function bound(rows: number, wide: number): number {
  return wide * Math.max(1, Math.ceil(rows / ROWS_PER_PAGE));
}

suite.each(["en", "zh-CN"] as Lang[])("the %s demo workbook printed", (lang) => {
  let printed: Map<string, PrintedSheet>;
  let rows: Map<string, number>;
  let generated: string[];
  let file: string;

  beforeAll(async () => {
    file = path.join(await scratchDir(), "demo-kam.xlsx");
    const run = await runKam(["analyze", SAMPLES[lang], "--plans", "--lang", lang, "--out", file]);
    expect(run.code).toBe(0);
    const { workbook } = await loadWorkbook(file);
    rows = rowsOf(workbook);
    const input = await loadWorkbook(SAMPLES[lang]);
    const own = new Set(input.workbook.worksheets.map((s) => s.name));
    generated = workbook.worksheets.map((s) => s.name).filter((name) => !own.has(name));
    printed = await pagesPerSheet(file);
  });

  test("every generated sheet is printed, landscape", () => {
    expect(generated.length).toBeGreaterThanOrEqual(5);
    for (const name of generated) {
      const sheet = printed.get(name);
      expect([name, sheet?.pages ?? 0]).not.toEqual([name, 0]);
      for (const size of sheet?.sizes ?? [])
        expect([name, size.width > size.height]).toEqual([name, true]);
    }
  });

  test("a plan prints at most two pages wide, the other sheets one page wide", () => {
    for (const name of generated) {
      const wide = name.startsWith(sheetNames(lang).planPrefix) ? 2 : 1;
      const limit = bound(rows.get(name) ?? 0, wide);
      expect([name, (printed.get(name)?.pages ?? 0) <= limit]).toEqual([name, true]);
    }
  });

  test("the Pareto chart sits inside the tier sheet's first page", async () => {
    // The chart's anchor (rows and columns it covers) from the file's drawing.
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const drawing = await zip.file(/xl\/drawings\/drawing\d+\.xml$/)[0].async("string");
    const to = /<xdr:to><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>/.exec(drawing);
    expect(to).not.toBeNull();
    const [lastColumn, lastRow] = [Number(to?.[1]), Number(to?.[2])];
    // Within the rows a page holds at the least, and within the table's columns, which the page's
    // width is fitted to: the chart prints whole on page 1.
    expect(lastRow).toBeLessThan(ROWS_PER_PAGE);
    const { workbook } = await loadWorkbook(file);
    expect(lastColumn).toBeLessThanOrEqual(
      workbook.getWorksheet(sheetNames(lang).tiers)?.actualColumnCount ?? 0
    );
  });
});
