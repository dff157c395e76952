/*
 * The languages and number formatting, for the modules that write words. The languages themselves
 * live in ./i18n (one catalogue per language, registered in ./i18n/languages.ts).
 */
export { DEFAULT_LANG, type Lang, LANGS, languageOf, words } from "./i18n/languages";
export {
  formatAmount,
  formatAmountPair,
  formatPercent,
  formatPercentPair,
  plural,
} from "./i18n/format";
