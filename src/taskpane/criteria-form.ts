import {
  type AbcRule,
  CRITERIA_ORDERINGS,
  CRITERIA_SPECS,
  CRITERION_BOUNDS,
  type Criteria,
  DEFAULT_CRITERIA,
  type FinanceCriteria,
  HEALTH_WEIGHT_KEYS,
  type HealthCriteria,
  type KeyCreditRule,
  type NumericKey,
  PORTFOLIO_KEYS,
  isOrdered,
  type PortfolioCriteria,
  someHealthWeight,
  type WalletCriteria,
} from "../core/criteria";

/**
 * The criteria the user types a number for: every numeric criterion of the engine (the two word
 * criteria, abc_rule and key_requires_credit, are choices).
 */
export type NumericCriterion = NumericKey;

/** The criteria the pane words itself (the first three groups); the others take the sheet's words. */
export type WordedCriterion = Exclude<
  NumericKey,
  keyof FinanceCriteria | keyof WalletCriteria | keyof HealthCriteria | keyof PortfolioCriteria
>;

/**
 * How a criterion is shown: percentages as 70 (not 0.7), the rest as they are; its bounds and step
 * are core's (CRITERION_BOUNDS), in the units shown.
 */
export interface CriterionField {
  key: NumericCriterion;
  percent: boolean;
  min?: number;
  minExclusive: boolean;
  max?: number;
  step: number;
  /** Only whole numbers (the stars). */
  whole: boolean;
  /** A weight whose proportion to the other weights of its group is what counts. */
  relative: boolean;
}

export type CriteriaGroup =
  "abc" | "credit" | "stars" | "finance" | "wallet" | "health" | "portfolio";

// 0.7 * 100 is 70.00000000000001: round away the binary noise before showing it.
const shown = (value: number, percent: boolean): number =>
  percent ? Number((value * 100).toFixed(6)) : value;
const scaled = (value: number | undefined, percent: boolean) =>
  value === undefined ? undefined : shown(value, percent);

const RELATIVE: ReadonlySet<NumericKey> = new Set([...HEALTH_WEIGHT_KEYS, ...PORTFOLIO_KEYS]);

function field(key: NumericCriterion): CriterionField {
  const percent = CRITERIA_SPECS.find((s) => s.key === key)?.format === "percent";
  const bounds = CRITERION_BOUNDS[key];
  return {
    key,
    percent,
    min: scaled(bounds.min, percent),
    minExclusive: bounds.minExclusive === true,
    max: scaled(bounds.max, percent),
    step: shown(bounds.step, percent),
    whole: bounds.whole === true,
    relative: RELATIVE.has(key) && key !== "portfolioCut",
  };
}

/**
 * The fields of the criteria step, by group, in the order they are shown. The first three are the
 * ones a sales manager changes most; the others open on demand.
 */
export const CRITERIA_GROUPS: readonly { group: CriteriaGroup; fields: CriterionField[] }[] = (
  [
    ["abc", ["aCutoff", "bCutoff"]],
    [
      "credit",
      [
        "creditWatchUtilisation",
        "creditFailUtilisation",
        "creditWatchDays",
        "creditFailDays",
        "creditWatchOverdueRatio",
        "creditFailOverdueRatio",
      ],
    ],
    ["stars", ["philosophyGood", "philosophyFair", "keyMinStars", "targetGrowth"]],
    [
      "finance",
      [
        "agingWatchShare",
        "agingFailShare",
        "periodDays",
        "defaultTermsDays",
        "limitHeadroom4",
        "limitHeadroom3",
      ],
    ],
    ["wallet", ["spendPerArea", "developmentMinHeadroom"]],
    ["health", [...HEALTH_WEIGHT_KEYS, "healthGrowthSpan", "healthOverdueStep", "healthStageStep"]],
    ["portfolio", [...PORTFOLIO_KEYS]],
  ] as [CriteriaGroup, NumericCriterion[]][]
).map(([group, keys]) => ({ group, fields: keys.map(field) }));

const FIELDS = CRITERIA_GROUPS.flatMap((g) => g.fields);

/** What the user typed, as text, so a half-typed value stays on screen until it is corrected. */
export interface CriteriaForm {
  abcRule: AbcRule;
  keyRequiresCredit: KeyCreditRule;
  values: Record<NumericCriterion, string>;
}

export type CriterionProblem =
  | "number"
  | "range"
  | "atLeast"
  | "above"
  | "aboveUpTo"
  | "aBelowB"
  | "watchNotAboveFail"
  | "fairNotAboveGood"
  | "wholeStars"
  | "noHealthWeight";

export interface CriteriaCheck {
  /** The criteria when every field is valid. */
  criteria?: Criteria;
  problems: Partial<Record<NumericCriterion, CriterionProblem>>;
}

export function formFromCriteria(criteria: Criteria): CriteriaForm {
  const values = {} as Record<NumericCriterion, string>;
  for (const f of FIELDS) values[f.key] = String(shown(criteria[f.key], f.percent));
  return {
    abcRule: criteria.abcRule,
    keyRequiresCredit: criteria.keyRequiresCredit,
    values,
  };
}

export const DEFAULT_FORM: CriteriaForm = formFromCriteria(DEFAULT_CRITERIA);

export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/%$/, "").trim();
  const value = cleaned === "" ? NaN : Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** What the pane says when one of core's CRITERIA_ORDERINGS fails, by its lower field (where it shows). */
const ORDER_PROBLEM: Partial<Record<NumericKey, CriterionProblem>> = {
  aCutoff: "aBelowB",
  creditWatchUtilisation: "watchNotAboveFail",
  creditWatchDays: "watchNotAboveFail",
  creditWatchOverdueRatio: "watchNotAboveFail",
  philosophyFair: "fairNotAboveGood",
};

/** What is wrong with a number outside its field's bounds (core's, so the engine refuses it too). */
function outOfBounds(f: CriterionField, value: number): CriterionProblem | undefined {
  if (f.whole && !Number.isInteger(value)) return "wholeStars";
  const low = f.min !== undefined && (f.minExclusive ? value <= f.min : value < f.min);
  const high = f.max !== undefined && value > f.max;
  if (!low && !high) return undefined;
  if (f.max !== undefined) return f.minExclusive ? "aboveUpTo" : "range";
  return f.minExclusive ? "above" : "atLeast";
}

export function checkForm(form: CriteriaForm): CriteriaCheck {
  const problems: CriteriaCheck["problems"] = {};
  const numbers: Partial<Record<NumericCriterion, number>> = {};
  for (const f of FIELDS) {
    const value = parseNumber(form.values[f.key]);
    const problem = value === undefined ? "number" : outOfBounds(f, value);
    if (problem) problems[f.key] = problem;
    else numbers[f.key] = f.percent ? (value as number) / 100 : (value as number);
  }
  for (const ordering of CRITERIA_ORDERINGS)
    if (!isOrdered(numbers, ordering))
      problems[ordering.low] = ORDER_PROBLEM[ordering.low] ?? "range";
  // The health score is a weighted mean: the first weight shows that they are all 0.
  if (!someHealthWeight(numbers)) problems[HEALTH_WEIGHT_KEYS[0]] = "noHealthWeight";
  if (Object.keys(problems).length > 0) return { problems };
  return {
    problems,
    criteria: {
      ...DEFAULT_CRITERIA,
      ...(numbers as Record<NumericCriterion, number>),
      abcRule: form.abcRule,
      keyRequiresCredit: form.keyRequiresCredit,
    },
  };
}
