import { Lang, words } from "./language";
import { TierRow } from "./tiers";

/** The columns of a tier table; KAM.TIERS and the tier sheet share them. */
export const TIER_COLUMNS = [
  "account",
  "sales",
  "rank",
  "share",
  "cumulativeShare",
  "abc",
  "stars",
  "keyAccount",
  "reason",
] as const satisfies readonly (keyof TierRow)[];

export type TierColumnKey = (typeof TIER_COLUMNS)[number];

/** The words of a tier table, from the catalogue of each language (src/core/i18n). */
export interface TierColumnText {
  headers: Record<TierColumnKey, string>;
  /**
   * The name given to a row whose account name is blank, so its sales are still counted and shown.
   * It names the row, so two unnamed rows stay two accounts instead of being added together.
   */
  unnamedAccount: (row: number) => string;
}

export function tierHeaders(lang: Lang): string[] {
  const { headers } = words(lang).tierColumns;
  return TIER_COLUMNS.map((key) => headers[key]);
}

/** The name of a row whose account name is blank (see TierColumnText.unnamedAccount). */
export function unnamedAccount(row: number, lang: Lang): string {
  return words(lang).tierColumns.unnamedAccount(row);
}
