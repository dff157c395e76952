import type { Catalogue } from "../i18n/catalogue";
import { LANGS, words } from "../language";

/**
 * One kind of word from every language's catalogue: a table is read whichever language wrote it, so
 * a Chinese ledger is recognised when the product speaks English, and the other way round.
 */
export function inEveryLanguage<T>(pick: (catalogue: Catalogue) => readonly T[]): T[] {
  return LANGS.flatMap((lang) => [...pick(words(lang))]);
}

/**
 * A regular-expression alternation of `texts`, longest first so a longer word wins over its start;
 * with no texts, one that never matches (an empty alternation would match anything).
 */
export function anyOf(texts: readonly string[]): string {
  if (texts.length === 0) return "(?!)";
  return [...texts]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}
