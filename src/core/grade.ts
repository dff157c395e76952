import { AbcClass } from "./abc";
import { Criteria } from "./criteria";
import { CreditStatus, creditAllowsKey } from "./credit";
import { numberError } from "./errors";

export type Stars = 1 | 2 | 3 | 4;

/** What the grade was computed from; undefined credit or philosophy means "not assessed". */
export interface GradeInput {
  abc: AbcClass;
  credit?: CreditStatus;
  philosophy?: number;
}

/** Which of the three criteria held a class-A account below 4 stars, for the reason text. */
export type GradeLimit = "credit" | "philosophy";

export interface Grade {
  stars: Stars;
  keyAccount: boolean;
  limitedBy: GradeLimit[];
}

const STARS_BY_CLASS: Record<AbcClass, Stars> = { A: 4, B: 2, C: 1 };
const CREDIT_CAP: Record<CreditStatus, Stars> = { OK: 4, WATCH: 3, FAIL: 2 };

export function checkPhilosophy(score: number): number {
  if (!(score >= 1 && score <= 5)) throw numberError((w) => w.philosophyScore(score));
  return score;
}

function philosophyCap(score: number, criteria: Criteria): Stars {
  if (score >= criteria.philosophyGood) return 4;
  return score >= criteria.philosophyFair ? 3 : 2;
}

/**
 * The article's three criteria as stars: share of sales (the ABC class) sets the ceiling, and for a
 * class-A account credit and business philosophy can only lower it.
 * 4 = A, credit OK, philosophy good; 3 = A with credit WATCH or a fair philosophy;
 * 2 = class B, or A with credit FAIL or a poor philosophy; 1 = class C.
 * A criterion that was not assessed never lowers a grade.
 */
export function gradeAccount(input: GradeInput, criteria: Criteria): Grade {
  let stars = STARS_BY_CLASS[input.abc];
  const limitedBy: GradeLimit[] = [];
  if (input.abc === "A") {
    if (input.credit !== undefined && CREDIT_CAP[input.credit] < 4) {
      limitedBy.push("credit");
      stars = Math.min(stars, CREDIT_CAP[input.credit]) as Stars;
    }
    if (input.philosophy !== undefined) {
      const cap = philosophyCap(checkPhilosophy(input.philosophy), criteria);
      if (cap < 4) limitedBy.push("philosophy");
      stars = Math.min(stars, cap) as Stars;
    }
  } else if (input.philosophy !== undefined) {
    checkPhilosophy(input.philosophy);
  }
  const keyAccount =
    stars >= criteria.keyMinStars && creditAllowsKey(input.credit, criteria.keyRequiresCredit);
  return { stars, keyAccount, limitedBy };
}
