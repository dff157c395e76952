/**
 * The KAM White Space and KAM Portfolio sheets as the command line writes them for the sample
 * workbooks (potential, townships and sales per category), recalculated by LibreOffice (issue 15).
 */
import * as path from "path";
import { promises as fs } from "fs";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { growthSheets } from "../../src/core/sheets/growth-sheets";
import { type SheetSpec } from "../../src/core/sheets/sheet-spec";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { runKam, scratchDir } from "../cli/run-kam";
import { ERROR_CELL, hasLibreOffice, recalculate } from "./recalculate";
import { formulaMismatches } from "./formula-mismatches";
import { sheetNames } from "../../src/core/sheets/sheet-names";

const suite = hasLibreOffice ? describe : describe.skip;
jest.setTimeout(180000);

const ASSETS = path.join(__dirname, "..", "..", "assets");
const SAMPLES: [Lang, string][] = [
  ["zh-CN", path.join(ASSETS, "kam-sample-zh.xlsx")],
  ["en", path.join(ASSETS, "kam-sample-en.xlsx")],
];

async function engineSpecs(file: string, lang: Lang): Promise<SheetSpec[]> {
  const loaded = await loadWorkbook(file);
  const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
  const detected = detectColumns(values)!;
  const rows = readCustomers(values, detected, 1, lang).rows;
  return growthSheets(analyseCustomers(rows, { ...DEFAULT_CRITERIA }, lang), lang);
}

suite("KAM White Space and KAM Portfolio, recalculated by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => (dir = await scratchDir("kam-lo-growth-")));
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test.each(SAMPLES)(
    "%s sample: no error cell, every formula equals the engine",
    async (lang, sample) => {
      const out = path.join(dir, `${lang}.xlsx`);
      expect((await runKam(["analyze", sample, "--out", out, "--lang", lang])).code).toBe(0);
      const sheets = await recalculate(out);
      for (const [name, rows] of sheets)
        rows.forEach((row, r) =>
          row.forEach((f, c) =>
            expect(ERROR_CELL.test(f) ? `${name}!R${r + 1}C${c + 1} ${f}` : "").toBe("")
          )
        );
      const specs = await engineSpecs(sample, lang);
      expect(specs.map((s) => s.name)).toEqual([
        sheetNames(lang).whiteSpace,
        sheetNames(lang).portfolio,
      ]);
      for (const spec of specs) {
        const csv = sheets.get(spec.name);
        expect(csv).toBeDefined();
        const { wrong, checked } = formulaMismatches(spec, csv!);
        expect(wrong).toEqual([]);
        // 36 shops: white space has a total and a gap count per shop; the portfolio two sides,
        // the quadrant and the treatment per shop.
        expect(checked).toBeGreaterThanOrEqual(36 * (spec.kind === "portfolio" ? 4 : 2));
      }
    }
  );
});
