import { AbcClass } from "./abc";
import { CreditFinding, CreditStatus } from "./credit";
import { creditStatusWord } from "./credit-words";
import { Grade, GradeInput } from "./grade";
import { Lang, formatAmount, formatAmountPair, formatPercentPair } from "./language";
import { SHARE_TOLERANCE } from "./shares";

/** A sentence for one broken rule, given the figures already formatted as `[actual, threshold]`. */
type FindingText = (f: CreditFinding, op: string, pct: [string, string]) => string;

const days = (f: CreditFinding) => formatAmountPair(f.actual, f.threshold);

/** One sentence pattern per credit rule and language: the rule is a table, not an if-chain. */
const CREDIT_TEXT: Record<Lang, Record<CreditFinding["rule"], FindingText>> = {
  en: {
    noLimit: (f) => `no credit limit for a balance of ${formatAmount(f.actual)}`,
    utilisation: (_f, op, [a, t]) => `utilisation ${a} ${op} ${t}`,
    daysOverdue: (f, op) => `${days(f)[0]} days overdue ${op} ${days(f)[1]}`,
    overdueRatio: (_f, op, [a, t]) => `overdue ${a} of balance ${op} ${t}`,
    agingOver60: (_f, op, [a, t]) => `${a} of the aged balance over 60 days ${op} ${t}`,
    agingOver90: (_f, op, [a, t]) => `${a} of the aged balance over 90 days ${op} ${t}`,
    agingOver180: (f) => `${formatAmount(f.actual)} over 180 days`,
  },
  "zh-CN": {
    noLimit: (f) => `欠款 ${formatAmount(f.actual)} 但无信用额度`,
    utilisation: (_f, op, [a, t]) => `额度使用率 ${a} ${op} ${t}`,
    daysOverdue: (f, op) => `逾期 ${days(f)[0]} 天 ${op} ${days(f)[1]} 天`,
    overdueRatio: (_f, op, [a, t]) => `逾期金额占欠款 ${a} ${op} ${t}`,
    agingOver60: (_f, op, [a, t]) => `账龄超过 60 天的金额占 ${a} ${op} ${t}`,
    agingOver90: (_f, op, [a, t]) => `账龄超过 90 天的金额占 ${a} ${op} ${t}`,
    agingOver180: (f) => `账龄超过 180 天的金额 ${formatAmount(f.actual)}`,
  },
};

const SEPARATOR: Record<Lang, string> = { en: "; ", "zh-CN": "；" };

/** The credit rules broken, with their figures: "utilisation 104% > 100%; 45 days overdue > 30". */
export function creditReason(findings: CreditFinding[], lang: Lang): string {
  return findings
    .map((f) => {
      const reachedOnly = f.inclusive && f.actual <= f.threshold + SHARE_TOLERANCE;
      // "≥" shows the threshold itself; ">" needs enough decimals that the figure reads as over it.
      const pct = formatPercentPair(f.actual, f.threshold, reachedOnly);
      return CREDIT_TEXT[lang][f.rule](f, reachedOnly ? "≥" : ">", pct);
    })
    .join(SEPARATOR[lang]);
}

interface GradeWords {
  abc: Record<AbcClass, string>;
  noSales: string;
  /** The credit status and, when it held the grade down, the stars it left. */
  credit: (status: CreditStatus, capped: boolean, stars: number) => string;
  creditNotAssessed: string;
  philosophy: (score: number, capped: boolean, stars: number) => string;
  philosophyNotAssessed: string;
}

const GRADE_TEXT: Record<Lang, GradeWords> = {
  en: {
    abc: { A: "class A", B: "class B", C: "class C" },
    noSales: "no positive sales",
    credit: (s, capped) => `credit ${s}${capped ? " lowers the grade" : ""}`,
    creditNotAssessed: "credit not assessed",
    philosophy: (n, capped) => `philosophy ${n}${capped ? " lowers the grade" : ""}`,
    philosophyNotAssessed: "philosophy not assessed",
  },
  "zh-CN": {
    abc: { A: "A类", B: "B类", C: "C类" },
    noSales: "无正销售额",
    credit: (s, capped, stars) =>
      `信用${creditStatusWord(s, "zh-CN")}${capped ? `，降为 ${stars} 星` : ""}`,
    creditNotAssessed: "信用未评估",
    philosophy: (n, capped, stars) => `经营理念 ${n} 分${capped ? `，降为 ${stars} 星` : ""}`,
    philosophyNotAssessed: "经营理念未评估",
  },
};

/**
 * Why an account has its stars. For class A it names credit and philosophy (and which of them held
 * the grade down); for B and C the class alone decides, so only the class is named.
 */
export function gradeReason(input: GradeInput, grade: Grade, lang: Lang, sales?: number): string {
  const words = GRADE_TEXT[lang];
  if (input.abc !== "A") {
    const cls = words.abc[input.abc];
    return sales !== undefined && sales <= 0 ? `${cls}${SEPARATOR[lang]}${words.noSales}` : cls;
  }
  const parts = [words.abc.A];
  parts.push(
    input.credit === undefined
      ? words.creditNotAssessed
      : words.credit(input.credit, grade.limitedBy.includes("credit"), grade.stars)
  );
  parts.push(
    input.philosophy === undefined
      ? words.philosophyNotAssessed
      : words.philosophy(input.philosophy, grade.limitedBy.includes("philosophy"), grade.stars)
  );
  return parts.join(SEPARATOR[lang]);
}
