/** The languages the product speaks. Status codes (OK, A, …) are the same in both, so formulas can test them. */
export type Lang = "en" | "zh-CN";

/** Office's display language ("zh-CN", "zh-TW", "en-US", …) to the language we write in. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en";
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 12345.678 → "12,345.68": the thousands format both languages use for money. */
export function formatAmount(value: number): string {
  return NUMBER.format(value);
}

/** 1.0449 → "104.5%", 0.8 → "80%": one decimal at most, so a figure just over a limit still reads as over. */
export function formatPercent(ratio: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals }).format(Math.round(ratio * 100 * scale) / scale)}%`;
}

/**
 * A figure and the threshold it broke, with enough decimals that the two never read the same
 * ("100.04% > 100%", not "100% > 100%").
 */
export function formatPercentPair(
  actual: number,
  threshold: number,
  mayBeEqual = false
): [string, string] {
  let decimals = 1;
  while (
    !mayBeEqual &&
    decimals < 6 &&
    formatPercent(actual, decimals) === formatPercent(threshold, decimals)
  )
    decimals++;
  return [formatPercent(actual, decimals), formatPercent(threshold)];
}
