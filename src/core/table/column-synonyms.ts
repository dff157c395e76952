import { COLUMN_ROLES, ColumnRole } from "./columns";
import { inEveryLanguage } from "./every-language";

/** The header words one language's tables use (the catalogue's `headerWords`). */
export interface HeaderWords {
  /**
   * The header texts each role is known by. Headers are compared after normaliseHeader, so case,
   * spaces, punctuation and a unit in brackets ("Sales (thousands)") do not matter.
   */
  columns: Record<ColumnRole, readonly string[]>;
  /** Units that may follow a header in brackets or after a slash: "Sales (thousands)", "Terms/days". */
  units: readonly string[];
  /** Words between the two ends of a range, besides the dashes and the tilde every language uses. */
  rangeTo: readonly string[];
  /** What a score range may end with: a unit such as points after "1-5". */
  scoreUnits: readonly string[];
  /**
   * Account-column texts that are not customers: a grand total ends the data (notes often follow it),
   * a subtotal is skipped. Either would otherwise count its sales twice.
   */
  totals: Record<"grand" | "sub", readonly string[]>;
}

/**
 * The header texts each role is known by, in every language. The pane shows this table so users
 * can see which names are recognised.
 */
export function columnSynonyms(): Readonly<Record<ColumnRole, readonly string[]>> {
  const names = {} as Record<ColumnRole, readonly string[]>;
  for (const role of COLUMN_ROLES)
    names[role] = inEveryLanguage((w) => w.headerWords.columns[role]);
  return names;
}

export const COLUMN_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = columnSynonyms();

/**
 * Units that may follow a header in brackets or after a slash, in every language: "Sales (USD)",
 * "Terms/days". Anything else in brackets is part of the name: "Sales (prior year)" is not plain
 * "Sales". Currency codes and "000" are the same in every language.
 */
export const HEADER_UNITS: ReadonlySet<string> = new Set([
  "",
  "rmb",
  "cny",
  "usd",
  "eur",
  "gbp",
  "hkd",
  "000",
  ...inEveryLanguage((w) => w.headerWords.units),
]);

/** Account-column texts that are not customers, in every language (see HeaderWords.totals). */
export const TOTAL_LABELS: Readonly<Record<"grand" | "sub", readonly string[]>> = {
  grand: inEveryLanguage((w) => w.headerWords.totals.grand),
  sub: inEveryLanguage((w) => w.headerWords.totals.sub),
};
