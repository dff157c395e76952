import { createContext, useContext } from "react";
import { LANGS } from "../core/language";
import { type PaneStrings, paneText } from "./i18n";

/** The texts in the user's language, for every component below the pane. */
export const StringsContext = createContext<PaneStrings>(paneText(LANGS[0]));

export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
