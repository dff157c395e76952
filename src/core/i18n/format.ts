/*
 * Number formatting shared by every catalogue. It imports nothing, so a catalogue can use it without
 * an import cycle (the registry imports the catalogues, the catalogues import this).
 */

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

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted word for `count` in `locale`, by Intl's plural rules: English has "one" and
 * "other" ("1 account", "2 accounts"), Chinese only "other" ("1 个客户", "2 个客户").
 */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return forms[rules.select(count)] ?? forms.other;
}
