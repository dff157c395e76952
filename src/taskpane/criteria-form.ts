import {
  type AbcRule,
  CRITERIA_ORDERINGS,
  type Criteria,
  DEFAULT_CRITERIA,
  type FinanceCriteria,
  type HealthCriteria,
  type NumericKey,
  PORTFOLIO_KEYS,
  isOrdered,
  type PortfolioCriteria,
  type WalletCriteria,
} from "../core/criteria";

/**
 * The criteria the user types a number for (the ABC rule is a choice). The finance criteria are not
 * in the form, nor are the account health's weights: they are edited on the KAM Criteria sheet and
 * carried through unchanged.
 */
export type NumericCriterion = Exclude<
  keyof Criteria,
  | "abcRule"
  | keyof FinanceCriteria
  | keyof WalletCriteria
  | keyof HealthCriteria
  | keyof PortfolioCriteria
>;

/** The criteria edited on the KAM Criteria sheet only, which the form carries through unchanged. */
export type CarriedCriteria = FinanceCriteria & WalletCriteria & HealthCriteria;

/** How a criterion is shown: percentages as 70 (not 0.7), the rest as they are. */
export interface CriterionField {
  key: NumericCriterion;
  percent: boolean;
  min: number;
  max: number;
  step: number;
}

export type CriteriaGroup = "abc" | "credit" | "stars";

const percent = (key: NumericCriterion, min: number, max: number): CriterionField => ({
  key,
  percent: true,
  min,
  max,
  step: 5,
});
const plain = (key: NumericCriterion, min: number, max: number, step: number): CriterionField => ({
  key,
  percent: false,
  min,
  max,
  step,
});

/** The fields of the criteria step, by group, in the order they are shown. */
export const CRITERIA_GROUPS: readonly { group: CriteriaGroup; fields: CriterionField[] }[] = [
  { group: "abc", fields: [percent("aCutoff", 1, 99), percent("bCutoff", 1, 100)] },
  {
    group: "credit",
    fields: [
      percent("creditWatchUtilisation", 1, 1000),
      percent("creditFailUtilisation", 1, 1000),
      plain("creditWatchDays", 0, 3650, 15),
      plain("creditFailDays", 0, 3650, 15),
      percent("creditWatchOverdueRatio", 0, 100),
      percent("creditFailOverdueRatio", 0, 100),
    ],
  },
  {
    group: "stars",
    fields: [
      plain("philosophyGood", 1, 5, 0.5),
      plain("philosophyFair", 1, 5, 0.5),
      plain("keyMinStars", 1, 4, 1),
      percent("targetGrowth", -99, 1000),
    ],
  },
];

const FIELDS = CRITERIA_GROUPS.flatMap((g) => g.fields);

/** What the user typed, as text, so a half-typed value stays on screen until it is corrected. */
export interface CriteriaForm {
  abcRule: AbcRule;
  /** The criteria the form does not show, kept as they were. */
  finance?: CarriedCriteria;
  /** The portfolio weights and cut (issue 15): set on the KAM Criteria sheet, kept as they were. */
  portfolio?: PortfolioCriteria;
  values: Record<NumericCriterion, string>;
}

export type CriterionProblem =
  "number" | "range" | "aBelowB" | "watchNotAboveFail" | "fairNotAboveGood" | "wholeStars";

export interface CriteriaCheck {
  /** The criteria when every field is valid. */
  criteria?: Criteria;
  problems: Partial<Record<NumericCriterion, CriterionProblem>>;
}

// 0.7 * 100 is 70.00000000000001: round away the binary noise before showing it.
const toDisplay = (field: CriterionField, value: number): string =>
  String(field.percent ? Number((value * 100).toFixed(6)) : value);

export function formFromCriteria(criteria: Criteria): CriteriaForm {
  const values = {} as Record<NumericCriterion, string>;
  for (const field of FIELDS) values[field.key] = toDisplay(field, criteria[field.key]);
  const { agingWatchShare, agingFailShare, periodDays, defaultTermsDays } = criteria;
  const { limitHeadroom4, limitHeadroom3, keyRequiresCredit } = criteria;
  const { spendPerArea, developmentMinHeadroom } = criteria;
  const finance: CarriedCriteria = {
    ...healthCriteriaOf(criteria),
    agingWatchShare,
    agingFailShare,
    periodDays,
    defaultTermsDays,
    limitHeadroom4,
    limitHeadroom3,
    keyRequiresCredit,
    spendPerArea,
    developmentMinHeadroom,
  };
  const portfolio = Object.fromEntries(
    PORTFOLIO_KEYS.map((key) => [key, criteria[key]])
  ) as unknown as PortfolioCriteria;
  return { abcRule: criteria.abcRule, finance, portfolio, values };
}

function healthCriteriaOf(c: Criteria): HealthCriteria {
  return {
    healthWeightGrowth: c.healthWeightGrowth,
    healthWeightCredit: c.healthWeightCredit,
    healthWeightOverdue: c.healthWeightOverdue,
    healthWeightStage: c.healthWeightStage,
    healthWeightPhilosophy: c.healthWeightPhilosophy,
    healthGrowthSpan: c.healthGrowthSpan,
    healthOverdueStep: c.healthOverdueStep,
    healthStageStep: c.healthStageStep,
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

export function checkForm(form: CriteriaForm): CriteriaCheck {
  const problems: CriteriaCheck["problems"] = {};
  const numbers: Partial<Record<NumericCriterion, number>> = {};
  for (const field of FIELDS) {
    const value = parseNumber(form.values[field.key]);
    if (value === undefined) problems[field.key] = "number";
    else if (field.key === "keyMinStars" && !Number.isInteger(value))
      problems[field.key] = "wholeStars";
    else if (value < field.min || value > field.max) problems[field.key] = "range";
    else numbers[field.key] = field.percent ? value / 100 : value;
  }
  for (const ordering of CRITERIA_ORDERINGS)
    if (!isOrdered(numbers, ordering))
      problems[ordering.low as NumericCriterion] = ORDER_PROBLEM[ordering.low] ?? "range";
  if (Object.keys(problems).length > 0) return { problems };
  return {
    problems,
    criteria: {
      ...DEFAULT_CRITERIA,
      ...form.finance,
      ...form.portfolio,
      ...(numbers as Record<NumericCriterion, number>),
      abcRule: form.abcRule,
    },
  };
}
