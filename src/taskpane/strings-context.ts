import { createContext, useContext } from "react";
import { PANE_STRINGS, type PaneStrings } from "./i18n";

/** The texts in the user's language, for every component below the pane. */
export const StringsContext = createContext<PaneStrings>(PANE_STRINGS.en);

export function useStrings(): PaneStrings {
  return useContext(StringsContext);
}
