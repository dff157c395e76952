import type { CreditStatus } from "../../credit";
import { PortfolioRule } from "./rule";

/** A sound credit record is part of a strong relationship: OK 100, WATCH 50, FAIL 0. */
export const CREDIT_SCORES: Readonly<Record<CreditStatus, number>> = {
  OK: 100,
  WATCH: 50,
  FAIL: 0,
};

/** Strength: the credit status. Not assessed without credit columns. */
export const creditRule: PortfolioRule = {
  key: "credit",
  side: "strength",
  weight: "weightCredit",
  prepare() {
    return (a) => (a.creditStatus === undefined ? undefined : CREDIT_SCORES[a.creditStatus]);
  },
};
