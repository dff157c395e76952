import type { RelationshipStage } from "../../plans/plan-vocabulary";
import { PortfolioRule } from "./rule";

/**
 * The stages in order, as scores: the article's plain selling → partnership → embedded partnership,
 * with Cranfield's cooperative stage between, and a relationship that is coming apart at 0.
 */
export const STAGE_SCORES: Readonly<Record<RelationshipStage, number>> = {
  disintegrating: 0,
  transactional: 25,
  cooperative: 50,
  partnership: 75,
  embeddedPartnership: 100,
};

/** Strength: the relationship stage the ledger gives. Not assessed without a stage column. */
export const stageRule: PortfolioRule = {
  key: "stage",
  side: "strength",
  weight: "weightStage",
  prepare() {
    return (a) => (a.stage === undefined ? undefined : STAGE_SCORES[a.stage]);
  },
};
