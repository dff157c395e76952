import { Movement } from "../analysis-types";
import { ConcentrationLevel } from "../concentration";
import { Criteria } from "../criteria";
import { Stars } from "../grade";
import { Lang, words } from "../language";
import type { TierColumnKey } from "../tier-columns";

/**
 * The words the criteria and tier sheets write into the workbook; each language's are in its catalogue
 * (src/core/i18n). None starts with "=", "+", "-" or "@" and none looks like a number, so a writer can
 * put them in as plain values.
 */

export interface CriteriaSheetText {
  title: string;
  intro: string;
  headers: { name: string; value: string; explanation: string };
  /** The comment on the KAM_Criteria workbook name, shown in the Name Manager. */
  nameComment: string;
  /** One line per criterion, keyed like Criteria so a missing translation fails to compile. */
  explanations: Record<keyof Criteria, string>;
}

export function criteriaSheetText(lang: Lang): CriteriaSheetText {
  return words(lang).criteriaSheet;
}

/** The columns the tier sheet can have: the shared tier columns and the ones only the sheet shows. */
export type TierSheetColumnKey =
  | TierColumnKey
  | "region"
  | "rating"
  | "creditStatus"
  | "creditReason"
  | "priorSales"
  | "priorStars"
  | "movement"
  | "potential"
  | "shareOfWallet"
  | "headroom"
  | "development";

export type SheetOnlyColumn = Exclude<TierSheetColumnKey, TierColumnKey>;

/** The headers of the columns only the tier sheet shows (the shared ones are in tier-columns.ts). */
export type TierSheetOnlyHeaders = Record<SheetOnlyColumn, string>;

export interface TierSheetText {
  title: string;
  note: string;
  summary: {
    totalSales: string;
    accounts: string;
    keyAccounts: (minStars: number) => string;
    keyAccountShare: string;
    paretoCount: (cutoff: number) => string;
    hhi: string;
    concentration: string;
    effectiveCustomers: string;
    lostAccounts: string;
    keyReceivables: string;
    keyOverdue: string;
    keyAtRisk: string;
  };
  /** What an HHI means, with the bands of the 2023 US merger guidelines. */
  concentrationLevels: Record<ConcentrationLevel, string>;
  lostHeading: string;
  /** The region summary below the table (issue 15). */
  regions: {
    heading: string;
    region: string;
    sales: string;
    accounts: string;
    share: string;
    keyAccounts: string;
    noKeyAccount: string;
    /** The row of the accounts without a region. */
    noRegion: string;
  };
  movement: Record<Movement, string>;
  chartTitle: (shown: number, accounts: number) => string;
}

export function tierSheetText(lang: Lang): TierSheetText {
  return words(lang).tierSheet;
}

export function tierColumnHeader(key: TierSheetColumnKey, lang: Lang): string {
  const { tierColumns, tierSheetHeaders } = words(lang);
  const headers: Record<TierSheetColumnKey, string> = {
    ...tierColumns.headers,
    ...tierSheetHeaders,
  };
  return headers[key];
}

const RATINGS: Record<Stars, string> = { 4: "★★★★", 3: "★★★☆", 2: "★★☆☆", 1: "★☆☆☆" };

/** Stars drawn as a rating out of four, the same in every language: 3 → "★★★☆". */
export function ratingText(stars: Stars): string {
  return RATINGS[stars];
}
