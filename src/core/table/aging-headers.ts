import { anyOf, inEveryLanguage } from "./every-language";

/**
 * Aging-bucket headers as accounting systems print them (Kingdee/Yonyou aging reports, English aging
 * reports): "Current", "0-30 days", "31~60 days", "Over 90", "90+", and the same in Chinese.
 * Each gives the bucket's lower bound in days, the figure the aging rules compare (see core/aging.ts).
 * The word for "aging" alone names no bucket: it is the age of the receivable, not days overdue.
 */

/**
 * The words of aging-bucket headers in one language (the catalogue's `agingHeaders`), in lower case
 * and without spaces, as headers are compared: "morethan" for "More than 90".
 */
export interface AgingWords {
  /** Unit words and the days in one: "days" → 1, "months" → 30. A header without a unit is in days. */
  units: Record<string, number>;
  /** Words around the range that say nothing about the days: "aging", "amount", "overdue". */
  noise: readonly string[];
  /** A bucket of what is not yet due: "current", "notdue". */
  current: readonly string[];
  /** Before the figure of an open-ended bucket: "over", "above" ("Over 90"). */
  overBefore: readonly string[];
  /** After it: "plus", "ormore" ("90 or more"). */
  overAfter: readonly string[];
  /** What may follow the figure even after an `overBefore` word, where a language says both. */
  overBoth: readonly string[];
  /** Before the figure of a first bucket: "within", "under" ("Within 30 days"). */
  withinBefore: readonly string[];
  /** After it, for languages that put it there. */
  withinAfter: readonly string[];
}

const words = <T>(pick: (w: AgingWords) => readonly T[]): T[] =>
  inEveryLanguage((catalogue) => pick(catalogue.agingHeaders));

/** Days per unit, in every language; a header without a unit is in days. */
const UNIT_DAYS: Record<string, number> = Object.fromEntries([
  ["", 1],
  ...words((w) => Object.entries(w.units)),
]);

const UNIT = `(${anyOf(Object.keys(UNIT_DAYS).filter((u) => u !== ""))})?`;
const NUMBER = "(\\d+(?:\\.\\d+)?)";
/** Words around the range that say nothing about the days ("aging", "amount"), and money units. */
const NOISE = new RegExp(anyOf(words((w) => w.noise)), "g");
const CURRENT = new RegExp(`^(${anyOf(words((w) => w.current))})$`);
const TO = anyOf(["-", "~", "–", "—", ...inEveryLanguage((w) => w.headerWords.rangeTo)]);
const RANGE = new RegExp(`^${NUMBER}${UNIT}(?:${TO})${NUMBER}${UNIT}$`);
const OVER_BEFORE = new RegExp(
  `^(?:${anyOf([">", "≥", ">=", ...words((w) => w.overBefore)])})${NUMBER}${UNIT}(?:${anyOf(words((w) => w.overBoth))})?$`
);
const OVER_AFTER = new RegExp(
  `^${NUMBER}${UNIT}(?:${anyOf(["+", ...words((w) => w.overAfter)])})${UNIT}$`
);
const WITHIN_BEFORE = new RegExp(
  `^(?:${anyOf(["<", "≤", "<=", ...words((w) => w.withinBefore)])})${NUMBER}${UNIT}$`
);
const WITHIN_AFTER = new RegExp(`^${NUMBER}${UNIT}(?:${anyOf(words((w) => w.withinAfter))})$`);

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
 * The aging columns of a header row, left to right. Two or more are needed: a lone "Over 90 days"
 * beside sales columns is not an aging report.
 */
export function findAgingColumns(headers: readonly unknown[]): AgingColumn[] {
  const found: AgingColumn[] = [];
  headers.forEach((cell, column) => {
    const from = typeof cell === "string" ? agingBucketDays(cell) : undefined;
    if (from !== undefined) found.push({ column, from });
  });
  return found.length >= 2 ? found : [];
}
