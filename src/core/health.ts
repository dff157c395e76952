import { CreditStatus } from "./credit";
import { Criteria } from "./criteria";
import { numberError } from "./errors";

/**
 * The account health score, 0–100: a weighted mean of five component scores, each 0–100.
 * - growth: sales against the prior period; no growth scores 50, +health_growth_span (20%) or more
 *   100, −health_growth_span or less 0, linear between. Not assessed without a positive prior.
 * - credit: OK 100, WATCH 50, FAIL 0. Not assessed when blank.
 * - overdue: 100 less health_overdue_step (25) points per overdue task, at least 0.
 * - stage: 100 less health_stage_step (50) points per stage the current relationship stage is below
 *   the target; at or beyond the target, 100. Not assessed when either stage is unknown.
 * - philosophy: the business-philosophy score 1–5 as 0–100 (1 → 0, 3 → 50, 5 → 100).
 * A component that is not assessed leaves the mean (the other weights count for it), as a criterion
 * not assessed never lowers the stars; with none assessed there is no score.
 *
 * The same rule is the overview's formula (healthFormula below), so the sheet and the engine agree.
 */
export const HEALTH_COMPONENTS = ["growth", "credit", "overdue", "stage", "philosophy"] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

export interface HealthInput {
  sales?: number;
  priorSales?: number;
  credit?: CreditStatus;
  /** Tasks due before today and not done. */
  overdueTasks?: number;
  /** Target stage − current stage, in steps of the stage list. */
  stageGap?: number;
  /** Business philosophy, 1–5. */
  philosophy?: number;
}

export interface HealthPart {
  component: HealthComponent;
  /** The figure the score is from (growth as a ratio, the status, the count, the gap, the score). */
  figure: number | CreditStatus | undefined;
  /** 0–100; undefined when the component is not assessed. */
  score: number | undefined;
  weight: number;
  /** The component's share of the mean: its weight over the assessed components' weights. */
  share: number;
  /** Points it adds to the health: score × share. */
  points: number;
}

export interface Health {
  /** 0–100; undefined when no component with a weight is assessed. */
  score: number | undefined;
  parts: HealthPart[];
}

const CREDIT_SCORE: Record<CreditStatus, number> = { OK: 100, WATCH: 50, FAIL: 0 };

const clamp = (x: number) => Math.max(0, Math.min(100, x));

/** Sales growth against the prior period, or undefined without sales or a positive prior. */
export function salesGrowth(sales?: number, priorSales?: number): number | undefined {
  if (sales === undefined || priorSales === undefined || !(priorSales > 0)) return undefined;
  return (sales - priorSales) / priorSales;
}

export function weightOf(component: HealthComponent, c: Criteria): number {
  const weights: Record<HealthComponent, number> = {
    growth: c.healthWeightGrowth,
    credit: c.healthWeightCredit,
    overdue: c.healthWeightOverdue,
    stage: c.healthWeightStage,
    philosophy: c.healthWeightPhilosophy,
  };
  return weights[component];
}

function componentScore(
  component: HealthComponent,
  input: HealthInput,
  c: Criteria
): { figure: HealthPart["figure"]; score: number | undefined } {
  switch (component) {
    case "growth": {
      const growth = salesGrowth(input.sales, input.priorSales);
      return {
        figure: growth,
        score: growth === undefined ? undefined : clamp(50 + (50 * growth) / c.healthGrowthSpan),
      };
    }
    case "credit":
      return {
        figure: input.credit,
        score: input.credit === undefined ? undefined : CREDIT_SCORE[input.credit],
      };
    case "overdue": {
      const n = input.overdueTasks;
      return {
        figure: n,
        score: n === undefined ? undefined : clamp(100 - n * c.healthOverdueStep),
      };
    }
    case "stage": {
      const gap = input.stageGap;
      return {
        figure: gap,
        score: gap === undefined ? undefined : clamp(100 - Math.max(0, gap) * c.healthStageStep),
      };
    }
    case "philosophy": {
      const p = input.philosophy;
      return { figure: p, score: p === undefined ? undefined : clamp((p - 1) * 25) };
    }
  }
}

/** Checks what a user can type wrong (KAM.HEALTH's arguments): #NUM! for figures out of range. */
export function checkHealthInput(input: HealthInput): void {
  const { overdueTasks, philosophy } = input;
  if (overdueTasks !== undefined && !(overdueTasks >= 0))
    throw numberError((w) => w.overdueTasksNegative(overdueTasks));
  if (philosophy !== undefined && !(philosophy >= 1 && philosophy <= 5))
    throw numberError((w) => w.philosophyScore(philosophy));
}

/** The health of one account under the criteria's weights, with each component's contribution. */
export function accountHealth(input: HealthInput, criteria: Criteria): Health {
  const scored = HEALTH_COMPONENTS.map((component) => ({
    component,
    weight: weightOf(component, criteria),
    ...componentScore(component, input, criteria),
  }));
  const total = scored.reduce((sum, p) => sum + (p.score === undefined ? 0 : p.weight), 0);
  const parts = scored.map((p) => {
    const share = p.score === undefined || total === 0 ? 0 : p.weight / total;
    return { ...p, share, points: p.score === undefined ? 0 : p.score * share };
  });
  return {
    score: total > 0 ? parts.reduce((sum, p) => sum + p.points, 0) : undefined,
    parts,
  };
}

/** Where the overview's health formula finds each input of one row (A1 references or expressions). */
export interface HealthRefs {
  /** A cell holding the growth ratio, or blank when not assessed. */
  growth: string;
  /** An expression giving the credit status word ("OK", …) or anything else when not assessed. */
  credit: string;
  /** A cell holding the number of overdue tasks. */
  overdue: string;
  /** Expressions giving the current and the target stage words. */
  stage: string;
  targetStage: string;
  /** The stage words in order, first to last. */
  stages: readonly string[];
  /** A cell holding the philosophy score, or blank. */
  philosophy: string;
}

const text = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * The same rule as an Excel formula over one overview row, with only classic functions (MATCH over an
 * array constant, IFERROR, MAX, MIN), so Excel and LibreOffice compute what accountHealth does. Each
 * component adds weight × score to the numerator and its weight to the denominator only when it is
 * assessed; a blank is "" when nothing is.
 */
export function healthFormula(refs: HealthRefs, c: Criteria): string {
  const stages = `{${refs.stages.map(text).join(",")}}`;
  const gap = `(MATCH(${refs.targetStage},${stages},0)-MATCH(${refs.stage},${stages},0))`;
  const parts: [HealthComponent, string, string][] = [
    [
      "growth",
      `ISNUMBER(${refs.growth})`,
      `IFERROR(MAX(0,MIN(100,50+50*${refs.growth}/${c.healthGrowthSpan})),0)`,
    ],
    [
      "credit",
      `ISNUMBER(MATCH(${refs.credit},{"OK","WATCH","FAIL"},0))`,
      `IFERROR((${refs.credit}="OK")*100+(${refs.credit}="WATCH")*50,0)`,
    ],
    [
      "overdue",
      `ISNUMBER(${refs.overdue})`,
      `IFERROR(MAX(0,100-${refs.overdue}*${c.healthOverdueStep}),0)`,
    ],
    ["stage", `ISNUMBER(${gap})`, `IFERROR(MAX(0,100-MAX(0,${gap})*${c.healthStageStep}),0)`],
    [
      "philosophy",
      `ISNUMBER(${refs.philosophy})`,
      `IFERROR(MAX(0,MIN(100,(${refs.philosophy}-1)*25)),0)`,
    ],
  ];
  const weighted = parts.filter(([component]) => weightOf(component, c) > 0);
  const denominator = weighted
    .map(([component, assessed]) => `${weightOf(component, c)}*${assessed}`)
    .join("+");
  const numerator = weighted
    .map(([component, assessed, score]) => `${weightOf(component, c)}*${assessed}*${score}`)
    .join("+");
  return `=IF((${denominator})=0,"",(${numerator})/(${denominator}))`;
}
