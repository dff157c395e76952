import { Analysis } from "../../../src/core/analysis-types";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { Lang } from "../../../src/core/language";
import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { needRuleWords } from "../../../src/core/plans/need-rules";
import { planVocabulary } from "../../../src/core/plans/plan-vocabulary";
import { PlanTemplates, needsOf } from "../../../src/core/plans/templates";
import { excelSerial } from "../../../src/core/plans/plan-dates";
import { PlanInput, planSheet } from "../../../src/core/plans/plan-sheet";
import { CellValue, SheetSpec, isFormulaCell } from "../../../src/core/sheets/sheet-spec";
import { makeAnalysis } from "../sheets/analysis-fixtures";
import { cellsOf } from "../sheets/spec-helpers";

export const LANGS: Lang[] = ["en", "zh-CN"];
export const TODAY = "2025-03-01";
export const START = excelSerial(TODAY);

/** Three accounts: two key accounts (one with credit problems) and a small one. */
export function sampleAnalysis(): Analysis {
  const analysis = makeAnalysis([
    { account: "North Farm Supply", sales: 400000, region: "North", credit: "OK" },
    {
      account: "River Seeds",
      sales: 300000,
      region: "East",
      credit: "WATCH",
      creditReason: "late",
    },
    { account: "Lake Shop", sales: 20000, region: "South", credit: "OK" },
  ]);
  analysis.accounts[0].location = "Market square";
  analysis.accounts[0].shoppers = "Farmers";
  return analysis;
}

/**
 * The default templates with one rule per need that always fires (stars ≥ 1 → high), so a plan gets
 * every template task: the tests of the sheet's structure and formulas need not depend on the rules.
 */
export function everyNeedTemplates(lang: Lang): PlanTemplates {
  const templates = defaultTemplates(lang);
  const words = planVocabulary(lang);
  return {
    ...templates,
    rules: needsOf(templates).map((need) => ({
      need,
      figure: needRuleWords(lang).figures.stars,
      test: ">=",
      value: 1,
      priority: words.priority.high,
    })),
  };
}

export function samplePlan(lang: Lang, overrides: Partial<PlanInput> = {}): SheetSpec {
  return planSheet({
    account: sampleAnalysis().accounts[0],
    number: 1,
    sheetName: "Plan - North Farm Supply",
    templates: everyNeedTemplates(lang),
    criteria: { ...DEFAULT_CRITERIA },
    lang,
    today: TODAY,
    ...overrides,
  });
}

/** A spec's plain values as a workbook returns a used range from A1: a dense grid, blanks as null. */
export function specValues(spec: SheetSpec): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const { row, col, cell } of cellsOf(spec)) {
    while (grid.length <= row) grid.push([]);
    grid[row][col] = isFormulaCell(cell) ? null : cell;
  }
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

/** The zero-based row whose column A the spec writes `text` into. */
export function specRow(spec: SheetSpec, text: string): number {
  for (const { row, col, cell } of cellsOf(spec)) if (col === 0 && cell === text) return row;
  throw new Error(`"${text}" is not in column A`);
}
