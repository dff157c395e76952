import * as path from "path";
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { criteriaSheet } from "../../src/core/sheets/criteria-sheet";
import { type SheetSpec, isFormulaCell } from "../../src/core/sheets/sheet-spec";
import { tierSheet } from "../../src/core/sheets/tier-sheet";
import { tierSheetText } from "../../src/core/sheets/sheet-text";
import { parseAddress } from "../../src/core/sheets/a1";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { planChanges } from "../../src/cli/plans";
import { SAMPLES, runKam, scratchDir } from "../cli/run-kam";
import { editPlan, PLAN } from "../cli/plan-edits";
import type { PlanJson } from "../../src/core/plans/plan-model";
import { freshPlanFigures, overviewRows } from "./plan-figures";
import { ERROR_CELL, csvNumber, recalculate } from "./recalculate";
import { LIBREOFFICE, describeWith } from "../support/external-tools";

const suite = describeWith(LIBREOFFICE, "the LibreOffice recalculation checks");
// Each check opens a workbook in a real LibreOffice (10-40 s on a loaded 2-core machine).
jest.setTimeout(240_000);

/** The specs the command writes for a sample (with --plans), built here from core, with the engine's figures. */
async function engineSpecs(
  file: string,
  lang: Lang
): Promise<{
  specs: SheetSpec[];
  stars: Map<string, number>;
  sales: Map<string, number>;
  plans: Map<string, PlanJson>;
}> {
  const loaded = await loadWorkbook(file);
  const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
  const detected = detectColumns(values);
  if (!detected) throw new Error("no header in the sample");
  const analysis = analyseCustomers(
    readCustomers(values, detected, 1, lang).rows,
    { ...DEFAULT_CRITERIA },
    lang
  );
  const changes = planChanges(analysis, loaded, lang);
  const [plans, overview] = changes.batches;
  const planSpecs = plans([]);
  const written = planSpecs.map((s) => ({ kind: s.kind, marker: s.marker, name: s.name }));
  const specs = [
    criteriaSheet(analysis.criteria, lang),
    tierSheet(analysis, lang),
    ...planSpecs,
    ...overview(written),
  ];
  return {
    specs,
    stars: new Map(analysis.accounts.map((a) => [a.account, a.stars])),
    sales: new Map(analysis.accounts.map((a) => [a.account, a.sales])),
    plans: new Map(changes.plans.map((p) => [p.account, p])),
  };
}

/** Every formula cell whose recalculated value differs from the engine's (numbers within 1e-9). */
function mismatches(spec: SheetSpec, csv: string[][]): { wrong: string[]; checked: number } {
  const wrong: string[] = [];
  let checked = 0;
  for (const block of spec.blocks) {
    const at = parseAddress(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell) || cell.value === undefined) return;
        checked++;
        const got = csv[at.row + r]?.[at.col + c] ?? "";
        const want = cell.value;
        const ok =
          typeof want === "number"
            ? Math.abs((csvNumber(got) ?? NaN) - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : typeof want === "boolean"
              ? got === (want ? "TRUE" : "FALSE")
              : got === String(want ?? "");
        if (!ok)
          wrong.push(
            `${spec.name}!R${at.row + r + 1}C${at.col + c + 1} ${cell.formula}: ${got} ≠ ${want}`
          );
      })
    );
  }
  return { wrong, checked };
}

function errorCells(sheets: Map<string, string[][]>): string[] {
  const found: string[] = [];
  for (const [name, rows] of sheets)
    rows.forEach((row, r) =>
      row.forEach((f, c) => ERROR_CELL.test(f) && found.push(`${name}!R${r + 1}C${c + 1} ${f}`))
    );
  return found;
}

suite("generated workbooks, recalculated by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => (dir = await scratchDir("kam-lo-")));
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("recalculates, so a wrong cached result cannot pass", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Check");
    sheet.getCell("A1").value = 2;
    sheet.getCell("A2").value = { formula: "A1*21", result: 0 };
    const file = path.join(dir, "stale.xlsx");
    await workbook.xlsx.writeFile(file);
    expect((await recalculate(file)).get("Check")?.[1]?.[0]).toBe("42");
  });

  describe.each(Object.entries(SAMPLES) as [Lang, string][])("the %s sample", (lang, sample) => {
    let output: Map<string, string[][]>;
    let rerun: Map<string, string[][]>;
    beforeAll(async () => {
      const out = path.join(dir, `${lang}.xlsx`);
      const again = path.join(dir, `${lang}-again.xlsx`);
      expect(
        (await runKam(["analyze", sample, "--out", out, "--lang", lang, "--plans"])).code
      ).toBe(0);
      expect((await runKam(["analyze", out, "--out", again, "--lang", lang, "--plans"])).code).toBe(
        0
      );
      output = await recalculate(out);
      rerun = await recalculate(again);
    });

    it("opens, with no error in any cell", () => {
      expect(errorCells(output)).toEqual([]);
      expect(errorCells(rerun)).toEqual([]);
      expect([...output.keys()]).toEqual(
        expect.arrayContaining(["KAM Criteria", "KAM Tiers", "KAM Plans"])
      );
    });

    it("computes every native formula (totals, summary, plan progress, overview) to the engine's figure", async () => {
      let checked = 0;
      let regionRows = 0;
      for (const spec of (await engineSpecs(sample, lang)).specs) {
        const first = mismatches(spec, output.get(spec.name) ?? []);
        expect(first.wrong).toEqual([]);
        expect(mismatches(spec, rerun.get(spec.name) ?? []).wrong).toEqual([]);
        checked += first.checked;
        if (spec.kind === "tiers") {
          const layout = spec.blocks.find(
            (b) => b.rows[0]?.[0] === tierSheetText(lang).regions.heading
          );
          regionRows = (layout?.rows.length ?? 2) - 2;
        }
      }
      // The region summary's five formulas per township are among them: 24 townships in the sample.
      expect(regionRows).toBe(24);
      expect(checked).toBeGreaterThanOrEqual(8 + 5 * 24);
    });

    it("computes each plan's progress and the overview from the plan sheets", async () => {
      const { specs, stars, sales, plans: models } = await engineSpecs(sample, lang);
      const plans = specs.filter((s) => s.kind === "plan");
      expect(plans).toHaveLength(6);
      for (const sheets of [output, rerun]) {
        const overview = overviewRows(sheets.get(lang === "en" ? "KAM Plans" : "KAM Plans") ?? []);
        expect(overview.size).toBe(6);
        for (const plan of plans) {
          const account = plan.name.replace(/^Plan - /, "");
          const model = models.get(account);
          expect(overview.get(account)).toEqual({
            stars: stars.get(account),
            manager: "",
            ...freshPlanFigures(plan),
            stage: model?.stage,
            // Shown as a whole percentage in the CSV.
            attainment: expect.closeTo(
              (sales.get(account) ?? NaN) / (model?.targets.sales ?? NaN),
              2
            ),
            nextReview: csvNumber(model?.serviceModel?.nextReview ?? ""),
          });
        }
      }
    });

    it("leaves the input sheet as it was, on the first run and the second", async () => {
      const input = await recalculate(sample);
      expect(input.size).toBe(1);
      for (const [name, rows] of input) {
        expect(output.get(name)).toEqual(rows);
        expect(rerun.get(name)).toEqual(rows);
      }
    });
  });

  it("follows what the user typed into a plan: the KA manager and a task done", async () => {
    const first = path.join(dir, "plans.xlsx");
    const edited = path.join(dir, "plans-edited.xlsx");
    const second = path.join(dir, "plans-again.xlsx");
    expect(
      (await runKam(["analyze", SAMPLES.en, "--out", first, "--plans", "--lang", "en"])).code
    ).toBe(0);
    await editPlan(first, edited);
    expect(
      (await runKam(["analyze", edited, "--out", second, "--plans", "--lang", "en"])).code
    ).toBe(0);
    const sheets = await recalculate(second);
    expect(errorCells(sheets)).toEqual([]);
    const row = overviewRows(sheets.get("KAM Plans") ?? []).get(PLAN.replace(/^Plan - /, ""));
    expect(row).toMatchObject({ manager: "Wang Li", done: 1, overdue: 0 });
    expect(row?.progress).toBeCloseTo(1 / (row?.tasks ?? NaN), 9);
  });
});
