import { AbcClass } from "./abc";
import { CreditFinding, CreditStatus } from "./credit";
import { Grade, GradeInput } from "./grade";
import { Lang, formatAmount, formatAmountPair, formatPercentPair, words } from "./language";
import { SHARE_TOLERANCE } from "./shares";

/** A broken rule's figures, already formatted: the amount, and `[actual, threshold]` as days and as a share. */
export interface FindingFigures {
  amount: string;
  days: [string, string];
  pct: [string, string];
}

/** A sentence for one broken rule; `op` is "≥" or ">". */
type FindingText = (figures: FindingFigures, op: string) => string;

interface GradeWords {
  abc: Record<AbcClass, string>;
  noSales: string;
  /** The credit status and, when it held the grade down, the stars it left. */
  credit: (status: CreditStatus, capped: boolean, stars: number) => string;
  creditNotAssessed: string;
  philosophy: (score: number, capped: boolean, stars: number) => string;
  philosophyNotAssessed: string;
}

/** The words of the tier reasons, in one language (the catalogue's `tierReasons`). */
export interface TierReasonWords {
  /** One sentence pattern per credit rule: the rule is a table, not an if-chain. */
  credit: Record<CreditFinding["rule"], FindingText>;
  grade: GradeWords;
  separator: string;
}

/** The credit rules broken, with their figures: "utilisation 104% > 100%; 45 days overdue > 30". */
export function creditReason(findings: CreditFinding[], lang: Lang): string {
  const w = words(lang).tierReasons;
  return findings
    .map((f) => {
      const reachedOnly = f.inclusive && f.actual <= f.threshold + SHARE_TOLERANCE;
      // "≥" shows the threshold itself; ">" needs enough decimals that the figure reads as over it.
      const figures: FindingFigures = {
        amount: formatAmount(f.actual),
        days: formatAmountPair(f.actual, f.threshold),
        pct: formatPercentPair(f.actual, f.threshold, reachedOnly),
      };
      return w.credit[f.rule](figures, reachedOnly ? "≥" : ">");
    })
    .join(w.separator);
}

/**
 * Why an account has its stars. For class A it names credit and philosophy (and which of them held
 * the grade down); for B and C the class alone decides, so only the class is named.
 */
export function gradeReason(input: GradeInput, grade: Grade, lang: Lang, sales?: number): string {
  const { grade: w, separator } = words(lang).tierReasons;
  if (input.abc !== "A") {
    const cls = w.abc[input.abc];
    return sales !== undefined && sales <= 0 ? `${cls}${separator}${w.noSales}` : cls;
  }
  const parts = [w.abc.A];
  parts.push(
    input.credit === undefined
      ? w.creditNotAssessed
      : w.credit(input.credit, grade.limitedBy.includes("credit"), grade.stars)
  );
  parts.push(
    input.philosophy === undefined
      ? w.philosophyNotAssessed
      : w.philosophy(input.philosophy, grade.limitedBy.includes("philosophy"), grade.stars)
  );
  return parts.join(separator);
}
