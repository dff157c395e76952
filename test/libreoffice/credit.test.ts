/** The KAM Credit sheet as the command line writes it, recalculated by LibreOffice (issue 11). */
import * as path from "path";
import { promises as fs } from "fs";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { parseAddress } from "../../src/core/sheets/a1";
import { creditSheet } from "../../src/core/sheets/credit-sheet";
import { type SheetSpec, isFormulaCell } from "../../src/core/sheets/sheet-spec";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { runKam, scratchDir } from "../cli/run-kam";
import { ERROR_CELL, csvNumber, hasLibreOffice, recalculate } from "./recalculate";

const suite = hasLibreOffice ? describe : describe.skip;
jest.setTimeout(180000);

const ASSETS = path.join(__dirname, "..", "..", "assets");
const CREDIT_SAMPLES: [Lang, string][] = [
  ["zh-CN", path.join(ASSETS, "kam-credit-sample-zh.xlsx")],
  ["en", path.join(ASSETS, "kam-credit-sample-en.xlsx")],
];

async function engineSpec(file: string, lang: Lang): Promise<SheetSpec> {
  const loaded = await loadWorkbook(file);
  const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
  const detected = detectColumns(values)!;
  const rows = readCustomers(values, detected, 1, lang).rows;
  return creditSheet(analyseCustomers(rows, { ...DEFAULT_CRITERIA }, lang), lang);
}

suite("the KAM Credit sheet, recalculated by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => (dir = await scratchDir("kam-lo-credit-")));
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test.each(CREDIT_SAMPLES)(
    "%s sample: no error cell, every formula equals the engine",
    async (lang, sample) => {
      const out = path.join(dir, `${lang}.xlsx`);
      expect((await runKam(["analyze", sample, "--out", out, "--lang", lang])).code).toBe(0);
      const sheets = await recalculate(out);
      const csv = sheets.get(sheetNames(lang).credit);
      expect(csv).toBeDefined();
      for (const [name, rows] of sheets)
        rows.forEach((row, r) =>
          row.forEach((f, c) =>
            expect(ERROR_CELL.test(f) ? `${name}!R${r + 1}C${c + 1} ${f}` : "").toBe("")
          )
        );
      const spec = await engineSpec(sample, lang);
      const wrong: string[] = [];
      let checked = 0;
      for (const block of spec.blocks) {
        const at = parseAddress(block.at);
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!isFormulaCell(cell) || cell.value === undefined) return;
            checked++;
            const got = csv![at.row + r]?.[at.col + c] ?? "";
            const want = cell.value;
            const ok =
              typeof want === "number"
                ? Math.abs((csvNumber(got) ?? NaN) - want) <= 1e-9 * Math.max(1, Math.abs(want))
                : got === String(want ?? "");
            if (!ok)
              wrong.push(
                `R${at.row + r + 1}C${at.col + c + 1} ${cell.formula}: ${got} ≠ ${String(want)}`
              );
          })
        );
      }
      expect(wrong).toEqual([]);
      // utilisation, 5 shares and DSO for 8 accounts, and the 7 totals
      expect(checked).toBe(8 * 7 + 7);
    }
  );
});
