import type { Catalogue } from "./catalogue";
import { en } from "./en";
import { zhCN } from "./zh-CN";

/*
 * The registry: the languages the product speaks, one line each. Adding a language is a catalogue
 * file and a line here (the function metadata for Excel is built from the catalogues too).
 * The first is the default, for an Office language no catalogue claims.
 */
const CATALOGUES = {
  en,
  "zh-CN": zhCN,
} as const satisfies Record<string, Catalogue>;

/** A language the product speaks. Status codes (OK, A, …) are the same in all, so formulas can test them. */
export type Lang = keyof typeof CATALOGUES;

/** Every language, for what must be recognised whichever one wrote it. */
export const LANGS = Object.keys(CATALOGUES) as readonly Lang[];

/** The language for a reader or a run that names none: the first registered. */
export const DEFAULT_LANG: Lang = LANGS[0];

/** The words of one language. */
export function words(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** Office's display language ("zh-CN", "zh-TW", "en-US", …) to the language we write in. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return LANGS[0];
  return (
    LANGS.find(
      (lang) => lang !== LANGS[0] && CATALOGUES[lang].officeLanguages.test(displayLanguage)
    ) ?? LANGS[0]
  );
}
