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
export function formatPercent(ratio: number): string {
  return `${NUMBER.format(Math.round(ratio * 1000) / 10)}%`;
}
