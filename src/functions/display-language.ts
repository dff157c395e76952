/* global Office */
import { Lang, LANGS, languageOf } from "../core/language";

/**
 * The language of Excel's user interface. In the shared runtime the functions can read Office.context;
 * before Office is ready, or outside Office, they speak English.
 */
export function displayLanguage(): Lang {
  try {
    return languageOf(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  } catch {
    return LANGS[0];
  }
}
