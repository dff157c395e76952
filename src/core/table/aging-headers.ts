/**
 * Aging-bucket headers as accounting systems print them (金蝶/用友 账龄分析表, English aging reports):
 * "未到期", "1-30天", "31~60天", "90天以上", "账龄1-2年", "Current", "0-30 days", "Over 90", "90+".
 * Each gives the bucket's lower bound in days, the figure the aging rules compare (see core/aging.ts).
 * "账龄" alone names no bucket: it is the age of the receivable, not days overdue.
 */

/** Days per unit; a header without a unit is in days. */
const UNIT_DAYS: Record<string, number> = {
  "": 1,
  天: 1,
  日: 1,
  d: 1,
  day: 1,
  days: 1,
  个月: 30,
  月: 30,
  m: 30,
  month: 30,
  months: 30,
  年: 365,
  y: 365,
  year: 365,
  years: 365,
};

const UNIT = "(天|日|个月|月|days?|d|months?|m|years?|y|年)?";
const NUMBER = "(\\d+(?:\\.\\d+)?)";
/** Words around the range that say nothing about the days: "账龄", "逾期", "aging", "amount", "(元)". */
const NOISE =
  /账龄|逾期|应收|金额|余额|欠款|万元|元|aging|aged|ageing|overdue|pastdue|amount|balance|receivables?/g;
const CURRENT = /^(current|notdue|notyetdue|notoverdue|未到期|未逾期|信用期内|账期内)$/;
const RANGE = new RegExp(`^${NUMBER}${UNIT}[-~–—至到]${NUMBER}${UNIT}$`);
const OVER_BEFORE = new RegExp(
  `^(?:over|>|≥|>=|morethan|above|大于|超过|超)${NUMBER}${UNIT}(?:以上)?$`
);
const OVER_AFTER = new RegExp(`^${NUMBER}${UNIT}(?:以上|\\+|plus|andover|ormore)${UNIT}$`);
const WITHIN_BEFORE = new RegExp(`^(?:within|<|≤|<=|under|upto|lessthan)${NUMBER}${UNIT}$`);
const WITHIN_AFTER = new RegExp(`^${NUMBER}${UNIT}(?:以内|以下|内)$`);

const days = (n: string, unit: string | undefined): number => Number(n) * UNIT_DAYS[unit ?? ""];

/** The lower bound in days of an aging bucket named by `header`, or undefined when it names none. */
export function agingBucketDays(header: string): number | undefined {
  const text = header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_:()[\]【】]+/g, "")
    .replace(NOISE, "");
  if (text === "") return undefined;
  if (CURRENT.test(text)) return 0;
  const range = RANGE.exec(text);
  if (range) {
    const unit = range[2] ?? range[4];
    const [from, to] = [days(range[1], unit), days(range[3], unit)];
    // "2023-2024" is a pair of years, not a bucket.
    if (!(from < to) || (unit === undefined && to >= 1900)) return undefined;
    return from;
  }
  const over = OVER_BEFORE.exec(text) ?? OVER_AFTER.exec(text);
  if (over) return days(over[1], over[2] ?? over[3]);
  if (WITHIN_BEFORE.test(text) || WITHIN_AFTER.test(text)) return 0;
  return undefined;
}

/** An aging column of the table: where it is and its bucket's lower bound. */
export interface AgingColumn {
  column: number;
  from: number;
}

/**
 * The aging columns of a header row, left to right. Two or more are needed: a lone "90天以上" beside
 * sales columns is not an aging report.
 */
export function findAgingColumns(headers: readonly unknown[]): AgingColumn[] {
  const found: AgingColumn[] = [];
  headers.forEach((cell, column) => {
    const from = typeof cell === "string" ? agingBucketDays(cell) : undefined;
    if (from !== undefined) found.push({ column, from });
  });
  return found.length >= 2 ? found : [];
}
