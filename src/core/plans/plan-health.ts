import { AccountTier } from "../analysis-types";
import { Criteria } from "../criteria";
import { Health, HealthInput, accountHealth, salesGrowth } from "../health";
import { Lang } from "../language";
import { CellValue } from "../sheets/sheet-spec";
import { excelSerial } from "./plan-dates";
import type { PlannedTask } from "./plan-model";
import { choices, planVocabulary } from "./plan-vocabulary";
import { PlanTemplates } from "./templates";

/** What the KAM Plans overview needs to score every row: the plans' stage words and the weights. */
export interface HealthScoring {
  /** The relationship stages in order, as the plans' dropdowns offer them. */
  stages: string[];
  criteria: Criteria;
}

/** One overview row's health: its inputs from the analysis, the score now and the one before. */
export interface EntryHealth {
  growth: number | undefined;
  philosophy: number | undefined;
  /** The health the plan kept from the previous generation; undefined the first time. */
  previous: number | undefined;
  /** The health now, as the overview's formula computes it on the generation day. */
  value: number | undefined;
}

/** The stage words a plan offers, first to last: the templates' stages, or the plan's own words. */
export function planStages(templates: PlanTemplates, lang: Lang): string[] {
  return templates.stages.length
    ? templates.stages.map((s) => s.stage)
    : choices(planVocabulary(lang).stage);
}

/** Target − current stage in steps of `stages`; undefined when either is not one of them. */
export function stageGap(
  stage: CellValue | undefined,
  target: CellValue | undefined,
  stages: readonly string[]
): number | undefined {
  // As MATCH compares text: letter case does not count.
  const at = (word: CellValue | undefined) =>
    typeof word === "string" ? stages.findIndex((s) => s.toLowerCase() === word.toLowerCase()) : -1;
  const [from, to] = [at(stage), at(target)];
  return from < 0 || to < 0 ? undefined : to - from;
}

/** Tasks due before `today` and not done: a new plan's, whose tasks are all not started. */
export function overdueOf(tasks: readonly PlannedTask[], today: string): number {
  const day = excelSerial(today);
  return tasks.filter((t) => excelSerial(t.due) < day).length;
}

/** The health of a planned account from the analysis, its plan's overdue tasks and its stages. */
export function planHealth(
  account: AccountTier,
  overdueTasks: number | undefined,
  gap: number | undefined,
  criteria: Criteria
): Health {
  const input: HealthInput = {
    sales: account.sales,
    priorSales: account.priorSales,
    credit: account.creditStatus,
    overdueTasks,
    stageGap: gap,
    philosophy: account.philosophy,
  };
  return accountHealth(input, criteria);
}

/** The analysis's inputs of an overview row, beside the health now and before. */
export function entryHealth(
  account: AccountTier,
  health: Health,
  previous: CellValue | undefined
): EntryHealth {
  return {
    growth: salesGrowth(account.sales, account.priorSales),
    philosophy: account.philosophy,
    previous: typeof previous === "number" && Number.isFinite(previous) ? previous : undefined,
    value: health.score,
  };
}
