import { type Lang, words } from "../../core/language";
import { officeGlobals } from "../excel-double";
import type { WorkbenchHost } from "./workbench-host";

export type Theme = "light" | "dark";

/** What Office.context.officeTheme reports for Office's white and black themes. */
const OFFICE_THEMES: Record<Theme, Record<string, string>> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
  },
  dark: {
    bodyBackgroundColor: "#1F1F1F",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#292929",
    controlForegroundColor: "#FFFFFF",
  },
};

/**
 * Puts the double's `Excel` and `Office` globals on the page, with the display language and theme
 * the user picked: what Excel gives an add-in when it starts, so the pane reads them as it would there.
 */
export function installOffice(host: WorkbenchHost, lang: Lang, theme: Theme): void {
  const globals = officeGlobals(host, words(lang).workbench.officeDisplayLanguage);
  const context = globals.Office.context as Record<string, unknown>;
  context.officeTheme = { ...OFFICE_THEMES[theme], isDarkTheme: theme === "dark" };
  const target = globalThis as unknown as Record<string, unknown>;
  target.Excel = globals.Excel;
  target.Office = globals.Office;
}
