import { type Lang, words } from "../language";
import { Stars } from "../grade";

/**
 * Number formats and colours the generated sheets share. Every format is one Excel and LibreOffice
 * both read the same way, in any locale (no locale-specific currency or date codes).
 */
export const NUMBER_FORMATS = {
  /** Sales and other money: thousands separator, no decimals. */
  amount: "#,##0",
  count: "#,##0",
  /** Shares in the tier table: 12.3%. */
  share: "0.0%",
  /** A whole-percent threshold such as a 70% cut-off. */
  percent: "0%",
  /** A threshold between whole percents (72.5%), so it never reads as its neighbour. */
  finePercent: "0.0##%",
  decimal: "#,##0.0",
  integer: "0",
  /** Plain numbers whose decimals matter when they have any (a philosophy threshold of 3.5). */
  general: "General",
  text: "@",
} as const;

/** A fill and the font colour drawn on it. */
export interface Swatch {
  fill: string;
  fontColor: string;
}

/**
 * Fills by stars. Each fill carries its own dark font colour, so the contrast is the same whatever the
 * theme or Excel's dark mode does to the default text colour (Excel's "Good" and "Neutral" pairs for
 * 4 and 2 stars).
 */
export const STAR_SWATCHES: Record<Stars, Swatch> = {
  4: { fill: "#C6EFCE", fontColor: "#006100" },
  3: { fill: "#E2EFDA", fontColor: "#375623" },
  2: { fill: "#FFEB9C", fontColor: "#9C5700" },
  1: { fill: "#EDEDED", fontColor: "#404040" },
};

/** A mid grey that stays readable on a white and on a dark grid. */
export const NOTE_COLOR = "#808080";
export const TITLE_FONT_SIZE = 14;

/** Fills by credit status, Excel's "Good", "Neutral" and "Bad" pairs. */
export const CREDIT_SWATCHES: Record<"OK" | "WATCH" | "FAIL", Swatch> = {
  OK: { fill: "#C6EFCE", fontColor: "#006100" },
  WATCH: { fill: "#FFEB9C", fontColor: "#9C5700" },
  FAIL: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

export const TABLE_STYLES = {
  credit: "TableStyleMedium9",
  tiers: "TableStyleMedium2",
  criteria: "TableStyleLight9",
  whiteSpace: "TableStyleMedium4",
  portfolio: "TableStyleMedium7",
} as const;

export const TAB_COLORS = {
  credit: "#1F4E79",
  criteria: "#5B6B7F",
  tiers: "#2E7D32",
  whiteSpace: "#BF8F00",
  portfolio: "#7030A0",
} as const;

/** Fills by portfolio quadrant: strategic green, status blue, opportunistic yellow, streamline grey. */
export const QUADRANT_SWATCHES: Record<
  "strategic" | "status" | "opportunistic" | "streamline",
  Swatch
> = {
  strategic: { fill: "#C6EFCE", fontColor: "#006100" },
  status: { fill: "#DDEBF7", fontColor: "#1F4E79" },
  opportunistic: { fill: "#FFEB9C", fontColor: "#9C5700" },
  streamline: { fill: "#EDEDED", fontColor: "#404040" },
};

/** A white-space cell: a category the account buys none of from us (Excel's "Neutral" pair, pale). */
export const WHITE_SPACE_SWATCH: Swatch = { fill: "#FFF2CC", fontColor: "#7F6000" };

/** East Asian wide characters (CJK, Hangul, full-width forms): about two columns each in Excel. */
const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** How wide a text is in Excel's column-width units; only a guide for column widths. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHARACTER.test(ch) ? 2 : 1;
  return width;
}

/**
 * A number format that shows 1 as Yes and 0 as No, in the words of `lang`'s catalogue, while the
 * cell keeps its number, for the yes/no cells people read and formulas count.
 */
export function yesNoFormat(lang: Lang): string {
  return words(lang).yesNoFormat;
}
