import { Cell, Grid, asGrid, isBlank, isNumberCell, describe } from "./cells";
import { numberError, valueError } from "./errors";

/** The two boundary rules for ABC classes (see docs/domain.md §2). */
export type AbcRule = "cover" | "within";
export const ABC_RULES: readonly AbcRule[] = ["cover", "within"];

/**
 * Every threshold the method uses, in one place. The task pane writes these as a two-column
 * name/value table ("KAM Criteria"), and every KAM function that takes `criteria` reads the same table,
 * so formulas and the pane always agree.
 */
export interface Criteria {
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
  /** Days in the period the sales figure covers, for DSO = balance / sales × days. */
  periodDays: number;
  /** A plan's sales target is the prior period's sales × (1 + this). */
  targetGrowth: number;
}

type NumericKey = Exclude<keyof Criteria, "abcRule">;

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
  { name: "period_days", key: "periodDays", defaultValue: 365, format: "number" },
  { name: "target_growth", key: "targetGrowth", defaultValue: 0.1, format: "percent" },
];

export const DEFAULT_CRITERIA: Readonly<Criteria> = Object.freeze(
  Object.fromEntries(CRITERIA_SPECS.map((s) => [s.key, s.defaultValue])) as unknown as Criteria
);

const SPEC_BY_NAME = new Map(CRITERIA_SPECS.map((s) => [s.name, s]));

export function parseAbcRule(text: string): AbcRule {
  const rule = text.trim().toLowerCase();
  if ((ABC_RULES as readonly string[]).includes(rule)) return rule as AbcRule;
  throw valueError(`unknown ABC rule "${text}": use "cover" or "within"`);
}

/** Cut-offs must satisfy 0 < a < b ≤ 1, or the classes make no sense. */
export function checkCutoffs(a: number, b: number): void {
  if (!(a > 0 && a < b && b <= 1)) {
    throw numberError(`cut-offs must satisfy 0 < a_cutoff < b_cutoff ≤ 1 (got ${a} and ${b})`);
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
  if (rows[0].length < 2)
    throw valueError("criteria must be a range of two columns: name and value");
  rows.forEach((row, index) => {
    const [name, value] = row;
    if (isBlank(name) && isBlank(value)) return;
    const spec = typeof name === "string" ? SPEC_BY_NAME.get(name.trim().toLowerCase()) : undefined;
    if (!spec) {
      if (index === 0 && !isNumberCell(value)) return; // a header row such as "criterion | value"
      throw valueError(`unknown criterion "${String(name)}"`);
    }
    assign(criteria, spec, value);
  });
  checkCutoffs(criteria.aCutoff, criteria.bCutoff);
  checkCriteria(criteria);
  return criteria;
}

function assign(criteria: Criteria, spec: CriterionSpec, value: Cell): void {
  if (isBlank(value)) return;
  if (spec.key === "abcRule") {
    if (typeof value !== "string")
      throw valueError(`abc_rule must be "cover" or "within", not ${describe(value)}`);
    criteria.abcRule = parseAbcRule(value);
    return;
  }
  if (!isNumberCell(value))
    throw valueError(`${spec.name} must be a number, not ${describe(value)}`);
  criteria[spec.key as NumericKey] = value;
}

/** The thresholds that must be ordered for the rules to mean anything. */
function checkCriteria(c: Criteria): void {
  const problems: string[] = [];
  if (!(c.creditWatchUtilisation > 0 && c.creditWatchUtilisation <= c.creditFailUtilisation))
    problems.push("0 < credit_watch_utilisation ≤ credit_fail_utilisation");
  if (!(c.creditWatchDays >= 0 && c.creditWatchDays <= c.creditFailDays))
    problems.push("0 ≤ credit_watch_days ≤ credit_fail_days");
  if (!(c.creditWatchOverdueRatio >= 0 && c.creditWatchOverdueRatio <= c.creditFailOverdueRatio))
    problems.push("0 ≤ credit_watch_overdue_ratio ≤ credit_fail_overdue_ratio");
  if (!(c.philosophyFair >= 1 && c.philosophyFair <= c.philosophyGood && c.philosophyGood <= 5))
    problems.push("1 ≤ philosophy_fair ≤ philosophy_good ≤ 5");
  if (!(Number.isInteger(c.keyMinStars) && c.keyMinStars >= 1 && c.keyMinStars <= 4))
    problems.push("key_min_stars is a whole number from 1 to 4");
  if (!(c.periodDays > 0)) problems.push("period_days > 0");
  if (!(c.targetGrowth > -1)) problems.push("target_growth > -100%");
  if (problems.length > 0) throw numberError(`criteria out of range: ${problems.join("; ")}`);
}
