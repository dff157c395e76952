/** The KAM Credit sheet as the command line writes it, recalculated by LibreOffice (issue 11). */
import * as path from "path";
import { promises as fs } from "fs";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { creditSheet } from "../../src/core/sheets/credit-sheet";
import { type SheetSpec, isFormulaCell } from "../../src/core/sheets/sheet-spec";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { creditSheetText } from "../../src/core/sheets/credit-sheet-text";
import { ledgerSource } from "../../src/core/sheets/ledger-source";
import { editPart } from "../cli/package-helpers";
import { runKam, scratchDir } from "../cli/run-kam";
import { ERROR_CELL, csvNumber, hasLibreOffice, recalculate } from "./recalculate";
import { formulaMismatches } from "./formula-mismatches";

const suite = hasLibreOffice ? describe : describe.skip;
jest.setTimeout(180000);

const ASSETS = path.join(__dirname, "..", "..", "assets");
const CREDIT_SAMPLES: [Lang, string][] = [
  ["zh-CN", path.join(ASSETS, "kam-credit-sample-zh.xlsx")],
  ["en", path.join(ASSETS, "kam-credit-sample-en.xlsx")],
];

async function engineSpec(file: string, lang: Lang): Promise<SheetSpec> {
  const loaded = await loadWorkbook(file);
  const sheet = loaded.workbook.worksheets[0];
  const values = sheetValues(sheet, loaded.workbook);
  const detected = detectColumns(values)!;
  const rows = readCustomers(values, detected, 1, lang).rows;
  return creditSheet(
    analyseCustomers(rows, { ...DEFAULT_CRITERIA }, lang),
    lang,
    ledgerSource(sheet.name, detected, values)
  );
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
      const { wrong, checked } = formulaMismatches(spec, csv!);
      expect(wrong).toEqual([]);
      // Per account utilisation, 5 shares and DSO, and its limit, balance, 5 buckets and sales over
      // the ledger where it has them; the 7 totals; the aging by status (3 statuses × 5 buckets).
      const fromLedger = spec.blocks
        .flatMap((b) => b.rows.flat())
        .filter((cell) => isFormulaCell(cell) && cell.formula.includes("!")).length;
      expect(fromLedger).toBeGreaterThanOrEqual(8 * 8);
      expect(checked).toBe(8 * 7 + 7 + 3 * 5 + fromLedger);
    }
  );

  test.each(CREDIT_SAMPLES)(
    "%s sample: a ledger cell edited in the file, KAM Credit follows it",
    async (lang, sample) => {
      const out = path.join(dir, `${lang}-edited.xlsx`);
      expect((await runKam(["analyze", sample, "--out", out, "--lang", lang])).code).toBe(0);
      // Row 6 (the third customer) pays off what it owed over 90 days: 30,000 of its 100,000.
      let edited = 0;
      await editPart(out, "xl/worksheets/sheet1.xml", (xml) =>
        xml
          .replace(/(<c r="D6"[^>]*><v>)100000(<\/v>)/, (_, a: string, b: string) => {
            edited++;
            return `${a}70000${b}`;
          })
          .replace(/(<c r="K6"[^>]*><v>)30000(<\/v>)/, (_, a: string, b: string) => {
            edited++;
            return `${a}0${b}`;
          })
      );
      expect(edited).toBe(2);
      const csv = (await recalculate(out)).get(sheetNames(lang).credit)!;
      // The engine on the edited ledger: every figure that does not hang on a credit status (the
      // status is the engine's value, written once) is what the recalculated sheet shows.
      const fresh = await engineSpec(out, lang);
      const { wrong, checked } = formulaMismatches(fresh, csv, (f) => f.includes("SUMIF("));
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(8 * 7);
      const labels = csv.map((row) => row[0]);
      const receivables = labels.indexOf(creditSheetText(lang).summary.receivables);
      expect(csvNumber(csv[receivables][1])).toBe(670_000 - 30_000);
    }
  );
});
