import { AccountTier } from "../analysis-types";
import { Criteria } from "../criteria";
import { daysSalesOutstanding } from "../dso";
import { LANGS, Lang, formatAmount, formatPercent, words } from "../language";
import { CellValue } from "../sheets/sheet-spec";
import { Priority, planVocabulary } from "./plan-vocabulary";
import { CreditStatus } from "../credit";
import { creditStatusWord } from "../credit-words";

/**
 * Step 1's second half for one account: which of its needs come first, from its own figures. Each rule
 * on the KAM Templates sheet says "this need is <priority> when <figure> <test> <value>"; the need
 * gets the highest priority of the rules that fire for it (low when none does), and the reason names
 * the figures that made it so.
 */

/** The account figures a rule can test, as the rule table names them (NeedRuleWords.figures). */
export const RULE_FIGURES = [
  "sales",
  "priorSales",
  "salesGrowth",
  "share",
  "stars",
  "priorStars",
  "newKeyAccount",
  "credit",
  "philosophy",
  "dso",
] as const;
export type RuleFigure = (typeof RULE_FIGURES)[number];

export const RULE_TESTS = ["<", "<=", ">", ">=", "=", "<>"] as const;
export type RuleTest = (typeof RULE_TESTS)[number];

/** One rule as the templates hold it: words in the user's language, the value as typed. */
export interface NeedRule {
  need: string;
  figure: string;
  test: string;
  value: CellValue;
  priority: string;
}

export interface NeedPriority {
  need: string;
  priority: Priority;
  /** The rules that set the priority, in words; "" when no rule fired. */
  reason: string;
}

const RANK: Record<Priority, number> = { low: 0, medium: 1, high: 2 };
const PERCENT_FIGURES: ReadonlySet<RuleFigure> = new Set(["salesGrowth", "share"]);

/** The words of the need rules in one language (the catalogues in src/core/i18n hold them). */
export interface NeedRuleWords {
  /** The figures as the rule table names them. */
  figures: Record<RuleFigure, string>;
  /** The tests as the templates write them: "=" would start a formula in Excel, so equality is a word. */
  tests: Record<RuleTest, string>;
  /** More ways of writing a test that are read too ("equals"), without spaces, in lower case. */
  testAliases: Record<string, RuleTest>;
  /** A yes/no figure as a reason shows it, and the default rules' value for "yes". */
  yes: string;
  no: string;
  /** A rule's value read as yes or no (lower case). */
  trueWords: string[];
  falseWords: string[];
  /** The reason of a need no rule names at all: it is planned as before there were rules. */
  noRule: string;
  /** One rule that fired: "DSO: 75 (> 60)". */
  fired: (figure: string, actual: string, condition: string) => string;
  /** A fired credit rule with the account's credit findings after it. */
  withDetail: (reason: string, detail: string) => string;
  /** Between the reasons of one need. */
  reasonSeparator: string;
}

/** The words of the need rules in `lang`. */
export function needRuleWords(lang: Lang): NeedRuleWords {
  return words(lang).planRules;
}

/** Words of every language: a rule is read whichever language wrote it. */
const everyLanguage = <T>(pick: (w: NeedRuleWords) => readonly T[]): T[] =>
  LANGS.flatMap((lang) => [...pick(needRuleWords(lang))]);
const TRUE_WORDS = new Set(everyLanguage((w) => w.trueWords));
const FALSE_WORDS = new Set(everyLanguage((w) => w.falseWords));
const TEST_ALIASES: Record<string, RuleTest> = Object.assign(
  { "≤": "<=", "≥": ">=", "≠": "<>", "==": "=", "!=": "<>" } as Record<string, RuleTest>,
  ...LANGS.map((lang) => needRuleWords(lang).testAliases)
);
const TEST_SHOWN: Record<RuleTest, string> = {
  "<": "<",
  "<=": "≤",
  ">": ">",
  ">=": "≥",
  "=": "=",
  "<>": "≠",
};

type FigureValue = number | string | boolean | undefined;

/** The account's DSO over `criteria.periodDays`; undefined without a balance or with no sales. */
export function accountDso(account: AccountTier, criteria: Criteria): number | undefined {
  if (account.balance === undefined || !(account.sales > 0) || account.balance < 0)
    return undefined;
  return daysSalesOutstanding(account.balance, account.sales, criteria.periodDays);
}

/**
 * The figures of one account a rule can test. Sales growth needs prior sales; a new key account is one
 * that had no sales in the prior period or moved up a tier since (unknown without a prior column).
 */
export function ruleFigures(
  account: AccountTier,
  criteria: Criteria
): Record<RuleFigure, FigureValue> {
  const prior = account.priorSales;
  return {
    sales: account.sales,
    priorSales: prior,
    salesGrowth: prior !== undefined && prior > 0 ? account.sales / prior - 1 : undefined,
    share: account.share,
    stars: account.stars,
    priorStars: account.priorStars,
    newKeyAccount:
      account.movement === undefined
        ? undefined
        : account.movement === "new" || account.movement === "up",
    credit: account.creditStatus,
    philosophy: account.philosophy,
    dso: accountDso(account, criteria),
  };
}

const clean = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** A figure's key from its word in either language; undefined when it is no figure we know. */
export function ruleFigureOf(word: string): RuleFigure | undefined {
  const w = word.trim().toLowerCase();
  for (const lang of LANGS) {
    const figures = needRuleWords(lang).figures;
    for (const key of RULE_FIGURES) if (figures[key].toLowerCase() === w) return key;
  }
  return undefined;
}

export function ruleTestOf(text: string): RuleTest | undefined {
  const t = text.replace(/\s+/g, "").toLowerCase();
  return (RULE_TESTS as readonly string[]).includes(t) ? (t as RuleTest) : TEST_ALIASES[t];
}

/** A priority from its word in any language ("high", or the word of another catalogue). */
export function priorityOf(word: string): Priority | undefined {
  const w = word.trim().toLowerCase();
  for (const lang of LANGS) {
    const words = planVocabulary(lang).priority;
    for (const key of Object.keys(words) as Priority[])
      if (words[key].toLowerCase() === w) return key;
  }
  return undefined;
}

/** A rule's value as what it compares: a number ("10%" → 0.1), a truth value, or a word. */
function ruleValue(value: CellValue): number | boolean | string {
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = clean(value);
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  if (text !== "" && Number.isFinite(Number(text))) return Number(text);
  if (TRUE_WORDS.has(text.toLowerCase())) return true;
  if (FALSE_WORDS.has(text.toLowerCase())) return false;
  return text;
}

function compare(actual: FigureValue, test: RuleTest, wanted: number | boolean | string): boolean {
  if (actual === undefined) return false;
  if (typeof actual === "number" && typeof wanted === "number") {
    const d = actual - wanted;
    // Figures such as a growth of -0.0000001 are not below 0 to anyone reading them.
    const eps = 1e-9 * Math.max(1, Math.abs(wanted));
    const eq = Math.abs(d) <= eps;
    return {
      "<": d < 0 && !eq,
      "<=": d < 0 || eq,
      ">": d > 0 && !eq,
      ">=": d > 0 || eq,
      "=": eq,
      "<>": !eq,
    }[test];
  }
  if (test !== "=" && test !== "<>") return false;
  const same =
    typeof actual === "boolean" || typeof wanted === "boolean"
      ? actual === wanted
      : String(actual).toLowerCase() === String(wanted).toLowerCase();
  return test === "=" ? same : !same;
}

function shown(
  figure: RuleFigure,
  value: number | boolean | string,
  lang: Lang,
  decimals = 1
): string {
  if (typeof value === "boolean") return value ? needRuleWords(lang).yes : needRuleWords(lang).no;
  // A credit status is shown as people read it (the catalogue's word, not WATCH); other text as it is.
  if (typeof value === "string")
    return figure === "credit" ? (creditStatusWord(value as CreditStatus, lang) ?? value) : value;
  if (PERCENT_FIGURES.has(figure)) return formatPercent(value, decimals);
  return Number.isInteger(value) ? formatAmount(value, 0) : formatAmount(value, decimals);
}

/** A figure and the rule's value, with enough decimals that they never read the same (60.03 > 60). */
function shownPair(
  figure: RuleFigure,
  actual: number | boolean | string,
  wanted: number | boolean | string,
  lang: Lang
): [string, string] {
  let decimals = 1;
  while (
    decimals < 4 &&
    actual !== wanted &&
    shown(figure, actual, lang, decimals) === shown(figure, wanted, lang, decimals)
  )
    decimals++;
  return [shown(figure, actual, lang, decimals), shown(figure, wanted, lang, decimals)];
}

/** Whether a rule is one generation can apply: a known figure and test, a value and a priority. */
export function ruleProblem(rule: NeedRule): "figure" | "test" | "priority" | undefined {
  if (ruleFigureOf(rule.figure) === undefined) return "figure";
  if (ruleTestOf(rule.test) === undefined) return "test";
  if (priorityOf(rule.priority) === undefined) return "priority";
  return undefined;
}

/**
 * The needs of one account with their priority and reason, in the order given. A need that rules name
 * is low unless one fires; a need no rule names (one the user added to the tasks only) is medium, so
 * its tasks are planned as before. A rule that cannot be read (unknown figure, test or priority)
 * never fires.
 */
export function prioritiseNeeds(
  needs: readonly string[],
  rules: readonly NeedRule[],
  account: AccountTier,
  criteria: Criteria,
  lang: Lang
): NeedPriority[] {
  const figures = ruleFigures(account, criteria);
  const text = needRuleWords(lang);
  const sameNeed = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return needs.map((need) => {
    if (!rules.some((r) => sameNeed(r.need, need)))
      return { need, priority: "medium" as Priority, reason: text.noRule };
    let priority: Priority = "low";
    let reasons: string[] = [];
    for (const rule of rules) {
      if (!sameNeed(rule.need, need)) continue;
      const figure = ruleFigureOf(rule.figure);
      const test = ruleTestOf(rule.test);
      const level = priorityOf(rule.priority);
      if (!figure || !test || !level) continue;
      const wanted = ruleValue(rule.value);
      const actual = figures[figure];
      if (!compare(actual, test, wanted) || actual === undefined) continue;
      const [is, against] = shownPair(figure, actual, wanted, lang);
      let reason = text.fired(text.figures[figure], is, `${TEST_SHOWN[test]} ${against}`);
      if (figure === "credit" && account.creditReason)
        reason = text.withDetail(reason, account.creditReason);
      if (RANK[level] > RANK[priority]) {
        priority = level;
        reasons = [reason];
      } else if (RANK[level] === RANK[priority] && !reasons.includes(reason)) reasons.push(reason);
    }
    return { need, priority, reason: reasons.join(text.reasonSeparator) };
  });
}
