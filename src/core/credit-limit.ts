import { CreditStatus } from "./credit";
import { Criteria } from "./criteria";
import { numberError } from "./errors";
import type { EngineErrorWords } from "./engine-error-words";
import { Stars } from "./grade";

/** What finance does with the limit (the words are in the catalogues: limitReasons.action). */
export type LimitAction = "raise" | "keep" | "lower" | "freeze";
export const LIMIT_ACTIONS: readonly LimitAction[] = ["raise", "keep", "lower", "freeze"];

export interface LimitInput {
  /** Sales in the period (`period_days` long). */
  sales: number;
  termsDays?: number;
  stars?: Stars;
  /** Undefined: credit not assessed, treated as OK. */
  credit?: CreditStatus;
  currentLimit?: number;
  balance?: number;
}

export interface LimitSuggestion {
  limit: number;
  action: LimitAction;
  /** Sales per month × terms in months, before headroom. */
  base: number;
  months: number;
  termsDays: number;
  /** True when the account had no terms and `default_terms_days` was used. */
  defaultTerms: boolean;
  headroom: number;
  /** The base with headroom: what an account with credit OK gets. */
  candidate: number;
  /** Which credit status held the limit down, if any. */
  heldBy?: "WATCH" | "FAIL";
}

/** Limits equal to a cent are the same limit: "keep", not "raise" by rounding noise. */
const CENT = 0.005;

function headroomFor(stars: Stars | undefined, criteria: Criteria): number {
  if (stars === 4) return criteria.limitHeadroom4;
  if (stars === 3) return criteria.limitHeadroom3;
  return 0;
}

function nonNegative(
  value: number | undefined,
  negative: (w: EngineErrorWords, value: number) => string
): number | undefined {
  if (value !== undefined && value < 0) throw numberError((w) => negative(w, value));
  return value;
}

/**
 * The suggested credit limit (issue 11). Base = period sales ÷ months in the period × (terms ÷ 30 days);
 * headroom by stars. Credit WATCH: never above the current limit. Credit FAIL: frozen at the lower of the
 * current limit and the balance (and never above what WATCH would give, so worse credit never raises it).
 * Negative sales count as none; a negative balance (a credit) as nothing owed.
 */
export function suggestLimit(input: LimitInput, criteria: Criteria): LimitSuggestion {
  const current = nonNegative(input.currentLimit, (w, v) => w.currentLimitNegative(v));
  const given = nonNegative(input.termsDays, (w, v) => w.termsNegative(v));
  const termsDays = given ?? criteria.defaultTermsDays;
  const months = (criteria.periodDays * 12) / 365;
  const base = (Math.max(input.sales, 0) / months) * (termsDays / 30);
  const headroom = headroomFor(input.stars, criteria);
  const candidate = base * (1 + headroom);
  const suggestion = {
    base,
    months,
    termsDays,
    defaultTerms: given === undefined,
    headroom,
    candidate,
  };
  const watchLimit = current === undefined ? candidate : Math.min(candidate, current);
  if (input.credit === "FAIL") {
    const owed = Math.max(input.balance ?? 0, 0);
    const frozen = Math.min(current ?? owed, owed, watchLimit);
    return { ...suggestion, limit: frozen, action: "freeze", heldBy: "FAIL" };
  }
  const limit = input.credit === "WATCH" ? watchLimit : candidate;
  const heldBy = input.credit === "WATCH" && limit < candidate - CENT ? "WATCH" : undefined;
  return { ...suggestion, limit, action: actionFor(limit, current), heldBy };
}

function actionFor(limit: number, current: number | undefined): LimitAction {
  if (current === undefined) return limit > CENT ? "raise" : "keep";
  if (limit > current + CENT) return "raise";
  if (limit < current - CENT) return "lower";
  return "keep";
}
