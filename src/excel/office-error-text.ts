import { type Lang, words } from "../core/language";
import type { OfficeErrorKey } from "./office-errors";

/** What the pane says for each workbook error: what happened and what to do (in the catalogues). */
export type OfficeErrorWords = Record<OfficeErrorKey, string>;

export function officeErrorText(key: OfficeErrorKey, lang: Lang): string {
  return words(lang).officeErrors[key];
}
