import { Cell, Grid, asGrid, isBlank, isNumberCell, describe } from "./cells";
import { ErrorWording, numberError, valueError } from "./errors";
import type { EngineErrorWords } from "./engine-error-words";
import { LANGS } from "./language";
import { criteriaSheetText } from "./sheets/sheet-text";

/** The two boundary rules for ABC classes (see docs/domain.md §2). */
export type AbcRule = "cover" | "within";
export const ABC_RULES: readonly AbcRule[] = ["cover", "within"];

/** Which credit statuses a key account may have (`any`: credit only lowers the stars). */
export type KeyCreditRule = "any" | "not_fail" | "ok";
export const KEY_CREDIT_RULES: readonly KeyCreditRule[] = ["any", "not_fail", "ok"];

/** The finance criteria (issue 11): aging shares, DSO period, terms and limit headroom. */
export interface FinanceCriteria {
  /** Credit WATCH when more than this share of the aged balance is over 60 days. */
  agingWatchShare: number;
  /** Credit FAIL when more than this share of the aged balance is over 90 days. */
  agingFailShare: number;
  /** Days in the sales period: DSO and the monthly sales of the suggested limit use it. */
  periodDays: number;
  /** Payment terms assumed for accounts without a terms figure. */
  defaultTermsDays: number;
  /** Headroom over the base limit for 4-star accounts. */
  limitHeadroom4: number;
  /** Headroom over the base limit for 3-star accounts. */
  limitHeadroom3: number;
  keyRequiresCredit: KeyCreditRule;
}

/** Where to grow (issue 15): the potential from an area, and the development-account rule. */
export interface WalletCriteria {
  /** Spend per unit of crop area (per mu): potential = area × this when there is no potential column; 0 = not used. */
  spendPerArea: number;
  /** Accounts that are not key accounts but have at least this headroom are development accounts; 0 = off. */
  developmentMinHeadroom: number;
}

/**
 * The account health score's weights and scales (src/core/health.ts): each component's weight in the
 * weighted mean, and what turns a figure into a 0–100 score.
 */
export interface HealthCriteria {
  healthWeightGrowth: number;
  healthWeightCredit: number;
  healthWeightOverdue: number;
  healthWeightStage: number;
  healthWeightPhilosophy: number;
  /** Sales growth that scores 100 (and its negative 0); no growth scores 50. */
  healthGrowthSpan: number;
  /** Points one overdue task takes off the overdue score. */
  healthOverdueStep: number;
  /** Points each stage below the target stage takes off the stage score. */
  healthStageStep: number;
}

/**
 * The portfolio matrix (issue 15): the weight of each criterion in the account's attractiveness and
 * in our strength with the account (a criterion the table cannot assess drops out and the others
 * share its weight), and the score from which a side counts as high.
 */
export interface PortfolioCriteria {
  weightSize: number;
  weightGrowth: number;
  weightPotential: number;
  weightPhilosophy: number;
  weightWallet: number;
  weightStage: number;
  weightCredit: number;
  weightTenure: number;
  /** Attractiveness or strength from this score (0–100) up is high. */
  portfolioCut: number;
}

/**
 * Every threshold the method uses, in one place. The task pane writes these as a two-column
 * name/value table ("KAM Criteria"), and every KAM function that takes `criteria` reads the same table,
 * so formulas and the pane always agree.
 */
export interface Criteria
  extends FinanceCriteria, WalletCriteria, HealthCriteria, PortfolioCriteria {
  /** Class A: the largest accounts that make up this share of sales. */
  aCutoff: number;
  /** Class B: the next accounts, up to this cumulative share. */
  bCutoff: number;
  abcRule: AbcRule;
  /** FAIL when balance > credit limit × this (1 = over the limit). */
  creditFailUtilisation: number;
  /** WATCH when balance ≥ credit limit × this. */
  creditWatchUtilisation: number;
  /** FAIL when more than this many days overdue. */
  creditFailDays: number;
  /** WATCH when more than this many days overdue. */
  creditWatchDays: number;
  /** FAIL when overdue / balance is more than this. */
  creditFailOverdueRatio: number;
  /** WATCH when overdue / balance is more than this. */
  creditWatchOverdueRatio: number;
  /** A business-philosophy score (1–5) at or above this does not limit the stars. */
  philosophyGood: number;
  /** A score at or above this (but below good) caps a class-A account at 3 stars; below it, at 2. */
  philosophyFair: number;
  /** Accounts with at least this many stars are key accounts. */
  keyMinStars: number;
  /** A plan's sales target is the prior period's sales × (1 + this). */
  targetGrowth: number;
}

/** The criteria whose value is a word, with the words allowed. */
const TEXT_CHOICES: Partial<Record<keyof Criteria, readonly string[]>> = {
  abcRule: ABC_RULES,
  keyRequiresCredit: KEY_CREDIT_RULES,
};

export type NumericKey = Exclude<keyof Criteria, "abcRule" | "keyRequiresCredit">;

/** One row of the criteria table: its stable name (what users type), where it goes and its default. */
export interface CriterionSpec {
  name: string;
  key: keyof Criteria;
  defaultValue: number | string;
  format: "percent" | "number" | "text";
}

export const CRITERIA_SPECS: readonly CriterionSpec[] = [
  { name: "a_cutoff", key: "aCutoff", defaultValue: 0.7, format: "percent" },
  { name: "b_cutoff", key: "bCutoff", defaultValue: 0.9, format: "percent" },
  { name: "abc_rule", key: "abcRule", defaultValue: "cover", format: "text" },
  {
    name: "credit_fail_utilisation",
    key: "creditFailUtilisation",
    defaultValue: 1,
    format: "percent",
  },
  {
    name: "credit_watch_utilisation",
    key: "creditWatchUtilisation",
    defaultValue: 0.8,
    format: "percent",
  },
  { name: "credit_fail_days", key: "creditFailDays", defaultValue: 90, format: "number" },
  { name: "credit_watch_days", key: "creditWatchDays", defaultValue: 30, format: "number" },
  {
    name: "credit_fail_overdue_ratio",
    key: "creditFailOverdueRatio",
    defaultValue: 0.3,
    format: "percent",
  },
  {
    name: "credit_watch_overdue_ratio",
    key: "creditWatchOverdueRatio",
    defaultValue: 0.1,
    format: "percent",
  },
  { name: "philosophy_good", key: "philosophyGood", defaultValue: 4, format: "number" },
  { name: "philosophy_fair", key: "philosophyFair", defaultValue: 3, format: "number" },
  { name: "key_min_stars", key: "keyMinStars", defaultValue: 3, format: "number" },
  { name: "aging_watch_share", key: "agingWatchShare", defaultValue: 0.1, format: "percent" },
  { name: "aging_fail_share", key: "agingFailShare", defaultValue: 0.1, format: "percent" },
  { name: "period_days", key: "periodDays", defaultValue: 365, format: "number" },
  { name: "default_terms_days", key: "defaultTermsDays", defaultValue: 30, format: "number" },
  { name: "limit_headroom_4", key: "limitHeadroom4", defaultValue: 0.2, format: "percent" },
  { name: "limit_headroom_3", key: "limitHeadroom3", defaultValue: 0.1, format: "percent" },
  { name: "key_requires_credit", key: "keyRequiresCredit", defaultValue: "any", format: "text" },
  { name: "target_growth", key: "targetGrowth", defaultValue: 0.1, format: "percent" },
  { name: "spend_per_area", key: "spendPerArea", defaultValue: 0, format: "number" },
  {
    name: "development_min_headroom",
    key: "developmentMinHeadroom",
    defaultValue: 0,
    format: "number",
  },
  { name: "health_weight_growth", key: "healthWeightGrowth", defaultValue: 0.3, format: "percent" },
  {
    name: "health_weight_credit",
    key: "healthWeightCredit",
    defaultValue: 0.25,
    format: "percent",
  },
  {
    name: "health_weight_overdue",
    key: "healthWeightOverdue",
    defaultValue: 0.15,
    format: "percent",
  },
  { name: "health_weight_stage", key: "healthWeightStage", defaultValue: 0.1, format: "percent" },
  {
    name: "health_weight_philosophy",
    key: "healthWeightPhilosophy",
    defaultValue: 0.2,
    format: "percent",
  },
  { name: "health_growth_span", key: "healthGrowthSpan", defaultValue: 0.2, format: "percent" },
  { name: "health_overdue_step", key: "healthOverdueStep", defaultValue: 25, format: "number" },
  { name: "health_stage_step", key: "healthStageStep", defaultValue: 50, format: "number" },
  { name: "portfolio_weight_size", key: "weightSize", defaultValue: 0.4, format: "number" },
  { name: "portfolio_weight_growth", key: "weightGrowth", defaultValue: 0.2, format: "number" },
  {
    name: "portfolio_weight_potential",
    key: "weightPotential",
    defaultValue: 0.3,
    format: "number",
  },
  {
    name: "portfolio_weight_philosophy",
    key: "weightPhilosophy",
    defaultValue: 0.1,
    format: "number",
  },
  { name: "portfolio_weight_wallet", key: "weightWallet", defaultValue: 0.4, format: "number" },
  { name: "portfolio_weight_stage", key: "weightStage", defaultValue: 0.2, format: "number" },
  { name: "portfolio_weight_credit", key: "weightCredit", defaultValue: 0.3, format: "number" },
  { name: "portfolio_weight_tenure", key: "weightTenure", defaultValue: 0.1, format: "number" },
  { name: "portfolio_cut", key: "portfolioCut", defaultValue: 50, format: "number" },
];

/** The portfolio criteria's keys: the pane's criteria form keeps them as they are. */
export const PORTFOLIO_KEYS: readonly (keyof PortfolioCriteria)[] = [
  "weightSize",
  "weightGrowth",
  "weightPotential",
  "weightPhilosophy",
  "weightWallet",
  "weightStage",
  "weightCredit",
  "weightTenure",
  "portfolioCut",
];

/** The words a text criterion accepts (abc_rule, key_requires_credit); undefined for numbers. */
export function criterionChoices(key: keyof Criteria): readonly string[] | undefined {
  return TEXT_CHOICES[key];
}

export const DEFAULT_CRITERIA: Readonly<Criteria> = Object.freeze(
  Object.fromEntries(CRITERIA_SPECS.map((s) => [s.key, s.defaultValue])) as unknown as Criteria
);

const SPEC_BY_NAME = new Map(CRITERIA_SPECS.map((s) => [s.name, s]));

export function parseAbcRule(text: string): AbcRule {
  const rule = text.trim().toLowerCase();
  if ((ABC_RULES as readonly string[]).includes(rule)) return rule as AbcRule;
  throw valueError((w) => w.unknownAbcRule(text));
}

/** Cut-offs must satisfy 0 < a < b ≤ 1, or the classes make no sense. */
export function checkCutoffs(a: number, b: number): void {
  if (!(a > 0 && a < b && b <= 1)) {
    throw numberError((w) => w.cutoffOrder(a, b));
  }
}

/**
 * Reads a criteria range: two columns of name/value pairs (more columns are ignored, so a description
 * column may sit beside them). Blank rows are skipped, and so is a first row that is a header.
 * Names not given keep their defaults. An unknown name or a non-number where a number belongs is #VALUE!.
 */
export function parseCriteria(arg: Cell | Grid | undefined): Criteria {
  const criteria: Criteria = { ...DEFAULT_CRITERIA };
  if (arg === undefined || arg === null) return criteria;
  const rows = asGrid(arg);
  if (rows.length === 1 && rows[0].length === 1 && isBlank(rows[0][0])) return criteria;
  if (rows[0].length < 2) throw valueError((w) => w.criteriaShape);
  rows.forEach((row, index) => {
    const [name, value] = row;
    if (isBlank(name) && isBlank(value)) return;
    const spec = typeof name === "string" ? SPEC_BY_NAME.get(name.trim().toLowerCase()) : undefined;
    if (!spec) {
      // Only a row that reads as a header is one: a misspelt first criterion is an error like any other.
      if (index === 0 && isHeaderRow(name, value)) return;
      throw valueError(unknownCriterion(String(name)));
    }
    assign(criteria, spec, value);
  });
  checkCutoffs(criteria.aCutoff, criteria.bCutoff);
  checkCriteria(criteria);
  return criteria;
}

/** The words a criteria table's header row may hold: name/value, and the KAM Criteria sheet's own. */
function headerWords(): { names: Set<string>; values: Set<string> } {
  const names = new Set(["name", "criterion", "criteria"]);
  const values = new Set(["value"]);
  for (const lang of LANGS) {
    const { headers } = criteriaSheetText(lang);
    names.add(headers.name.toLowerCase());
    values.add(headers.value.toLowerCase());
  }
  return { names, values };
}

function isHeaderRow(name: Cell, value: Cell): boolean {
  if (typeof name !== "string" || typeof value !== "string") return false;
  const words = headerWords();
  return words.names.has(name.trim().toLowerCase()) && words.values.has(value.trim().toLowerCase());
}

/** Edit distance, for "did you mean": criterion names are short, so the plain table is enough. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = current;
  }
  return previous[b.length];
}

function unknownCriterion(name: string): ErrorWording {
  const wanted = name.trim().toLowerCase();
  const closest = CRITERIA_SPECS.map((s) => ({ name: s.name, d: distance(wanted, s.name) })).sort(
    (x, y) => x.d - y.d
  )[0];
  const suggestion = closest && closest.d <= 2 ? closest.name : undefined;
  // A stray line of some other file may be long: show enough of it to recognise.
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return (w) => w.unknownCriterion(shown, suggestion);
}

function assign(criteria: Criteria, spec: CriterionSpec, value: Cell): void {
  if (isBlank(value)) return;
  if (spec.key === "abcRule") {
    if (typeof value !== "string") throw valueError((w) => w.abcRuleChoice(describe(value, w)));
    criteria.abcRule = parseAbcRule(value);
    return;
  }
  if (spec.key === "keyRequiresCredit") {
    const word = typeof value === "string" ? value.trim().toLowerCase() : "";
    if (!(KEY_CREDIT_RULES as readonly string[]).includes(word))
      throw valueError((w) => w.keyCreditChoice(describe(value, w)));
    criteria.keyRequiresCredit = word as KeyCreditRule;
    return;
  }
  if (!isNumberCell(value)) throw valueError((w) => w.mustBeNumber(spec.name, describe(value, w)));
  criteria[spec.key as NumericKey] = value;
}

/**
 * The values a numeric criterion may take, in its own units (a percent criterion's 0.7), and the step
 * a spin button moves it by. Written once: the engine's check (parseCriteria) and the pane's criteria
 * form read it, so they refuse the same values. No bound: any number is accepted.
 */
export interface CriterionBounds {
  min?: number;
  /** The minimum itself is refused (a period of 0 days). */
  minExclusive?: boolean;
  max?: number;
  /** Only whole numbers. */
  whole?: boolean;
  step: number;
}

const share = { min: 0, step: 0.05 };
const weight = { min: 0, step: 0.05 };

export const CRITERION_BOUNDS: Readonly<Record<NumericKey, CriterionBounds>> = {
  aCutoff: { min: 0, minExclusive: true, max: 1, step: 0.05 },
  bCutoff: { min: 0, minExclusive: true, max: 1, step: 0.05 },
  creditFailUtilisation: { min: 0, minExclusive: true, step: 0.05 },
  creditWatchUtilisation: { min: 0, minExclusive: true, step: 0.05 },
  creditFailDays: { min: 0, step: 15 },
  creditWatchDays: { min: 0, step: 15 },
  creditFailOverdueRatio: share,
  creditWatchOverdueRatio: share,
  philosophyGood: { min: 1, max: 5, step: 0.5 },
  philosophyFair: { min: 1, max: 5, step: 0.5 },
  keyMinStars: { min: 1, max: 4, whole: true, step: 1 },
  targetGrowth: { min: -1, minExclusive: true, step: 0.05 },
  agingWatchShare: share,
  agingFailShare: share,
  periodDays: { min: 0, minExclusive: true, step: 1 },
  defaultTermsDays: { min: 0, step: 15 },
  limitHeadroom4: share,
  limitHeadroom3: share,
  spendPerArea: { min: 0, step: 10 },
  developmentMinHeadroom: { min: 0, step: 1000 },
  healthWeightGrowth: weight,
  healthWeightCredit: weight,
  healthWeightOverdue: weight,
  healthWeightStage: weight,
  healthWeightPhilosophy: weight,
  healthGrowthSpan: { min: 0, minExclusive: true, step: 0.05 },
  healthOverdueStep: { min: 0, step: 5 },
  healthStageStep: { min: 0, step: 5 },
  weightSize: { min: 0, step: 0.1 },
  weightGrowth: { min: 0, step: 0.1 },
  weightPotential: { min: 0, step: 0.1 },
  weightPhilosophy: { min: 0, step: 0.1 },
  weightWallet: { min: 0, step: 0.1 },
  weightStage: { min: 0, step: 0.1 },
  weightCredit: { min: 0, step: 0.1 },
  weightTenure: { min: 0, step: 0.1 },
  portfolioCut: { min: 0, max: 100, step: 5 },
};

/** Whether `value` is within the criterion's bounds (CRITERION_BOUNDS). */
export function withinBounds(key: NumericKey, value: number): boolean {
  const { min, minExclusive, max, whole } = CRITERION_BOUNDS[key];
  if (!Number.isFinite(value)) return false;
  if (min !== undefined && (minExclusive ? value <= min : value < min)) return false;
  if (max !== undefined && value > max) return false;
  return !whole || Number.isInteger(value);
}

/** The account health's weights: a weighted mean needs at least one above 0. */
export const HEALTH_WEIGHT_KEYS: readonly (keyof HealthCriteria)[] = [
  "healthWeightGrowth",
  "healthWeightCredit",
  "healthWeightOverdue",
  "healthWeightStage",
  "healthWeightPhilosophy",
];

/** Whether some health weight is above 0 (a weight not given is no objection). */
export function someHealthWeight(values: Partial<Record<NumericKey, number>>): boolean {
  const given = HEALTH_WEIGHT_KEYS.map((k) => values[k]);
  return given.some((w) => w === undefined || w > 0);
}

/** Two criteria that must be ordered: `low` at most `high` (`strict`: below it). */
export interface CriteriaOrdering {
  low: NumericKey;
  high: NumericKey;
  strict: boolean;
}

/**
 * The pairs of thresholds that must be ordered for the rules to mean anything, written once: the
 * engine's check (parseCriteria) and the pane's criteria form (which names the lower field) read it.
 */
export const CRITERIA_ORDERINGS: readonly CriteriaOrdering[] = [
  { low: "aCutoff", high: "bCutoff", strict: true },
  { low: "creditWatchUtilisation", high: "creditFailUtilisation", strict: false },
  { low: "creditWatchDays", high: "creditFailDays", strict: false },
  { low: "creditWatchOverdueRatio", high: "creditFailOverdueRatio", strict: false },
  { low: "philosophyFair", high: "philosophyGood", strict: false },
];

/** Whether one ordering holds for these values (a missing value is no disorder). */
export function isOrdered(
  values: Partial<Record<NumericKey, number>>,
  { low, high, strict }: CriteriaOrdering
): boolean {
  const a = values[low];
  const b = values[high];
  if (a === undefined || b === undefined) return true;
  return strict ? a < b : a <= b;
}

/** The thresholds that must be ordered (CRITERIA_ORDERINGS) and within their bounds (CRITERION_BOUNDS). */
function checkCriteria(c: Criteria): void {
  const problems: (keyof EngineErrorWords["outOfRange"])[] = [];
  const ordered = (low: NumericKey) =>
    isOrdered(c, CRITERIA_ORDERINGS.find((o) => o.low === low) as CriteriaOrdering);
  const bounded = (...keys: NumericKey[]) => keys.every((key) => withinBounds(key, c[key]));
  if (!(
    bounded("creditWatchUtilisation", "creditFailUtilisation") && ordered("creditWatchUtilisation")
  ))
    problems.push("creditUtilisation");
  if (!(bounded("creditWatchDays", "creditFailDays") && ordered("creditWatchDays")))
    problems.push("creditDays");
  if (!(
    bounded("creditWatchOverdueRatio", "creditFailOverdueRatio") &&
    ordered("creditWatchOverdueRatio")
  ))
    problems.push("overdueRatio");
  if (!(bounded("philosophyFair", "philosophyGood") && ordered("philosophyFair")))
    problems.push("philosophy");
  if (!bounded("keyMinStars")) problems.push("keyMinStars");
  // A share of 100% or more switches its aging rule off; a negative one means nothing.
  if (!bounded("agingWatchShare", "agingFailShare")) problems.push("agingShares");
  if (!bounded("periodDays", "defaultTermsDays")) problems.push("periodDays");
  if (!bounded("limitHeadroom4", "limitHeadroom3")) problems.push("limitHeadroom");
  if (!bounded("targetGrowth")) problems.push("targetGrowth");
  if (!bounded(...PORTFOLIO_KEYS.filter((key) => key !== "portfolioCut")))
    problems.push("portfolioWeights");
  if (!bounded("portfolioCut")) problems.push("portfolioCut");
  if (!bounded("spendPerArea", "developmentMinHeadroom")) problems.push("spend");
  // A weighted mean needs weights that are not negative and not all zero.
  if (!(bounded(...HEALTH_WEIGHT_KEYS) && someHealthWeight(c))) problems.push("healthWeights");
  if (!bounded("healthGrowthSpan", "healthOverdueStep", "healthStageStep"))
    problems.push("healthSteps");
  if (problems.length > 0)
    throw numberError((w) => w.criteriaOutOfRange(problems.map((key) => w.outOfRange[key])));
}
