/** The languages the product speaks. Status codes (OK, A, …) are the same in both, so formulas can test them. */
export type Lang = "en" | "zh-CN";

/** Every language, for what must be recognised whichever one wrote it. */
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/** Office's display language ("zh-CN", "zh-TW", "en-US", …) to the language we write in. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en";
}

const formatters = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let format = formatters.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals });
    formatters.set(decimals, format);
  }
  return format;
}

/** 12345.678 → "12,345.68": the thousands format both languages use for money. */
export function formatAmount(value: number, decimals = 2): string {
  return numberFormat(decimals).format(value);
}

/** 1.0449 → "104.5%", 0.8 → "80%": one decimal unless asked for more. */
export function formatPercent(ratio: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${numberFormat(decimals).format(Math.round(ratio * 100 * scale) / scale)}%`;
}

/**
 * A figure and the threshold it broke, with enough decimals that the two never read the same
 * ("100.04% > 100%", not "100% > 100%"). With `mayBeEqual` (a "≥" rule) equal figures are fine.
 */
export function formatPercentPair(
  actual: number,
  threshold: number,
  mayBeEqual = false
): [string, string] {
  return distinctPair(actual, threshold, mayBeEqual, 1, formatPercent);
}

/** The same for plain figures such as days overdue: "30.001 > 30", not "30 > 30". */
export function formatAmountPair(actual: number, threshold: number): [string, string] {
  return distinctPair(actual, threshold, false, 2, formatAmount);
}

function distinctPair(
  actual: number,
  threshold: number,
  mayBeEqual: boolean,
  decimals: number,
  format: (value: number, decimals: number) => string
): [string, string] {
  let shown = decimals;
  while (!mayBeEqual && shown < 8 && format(actual, shown) === format(threshold, shown)) shown++;
  return [format(actual, shown), format(threshold, decimals)];
}
