import { languageOf, type Lang } from "../core/language";

/** What the pane needs to know about where it runs; read once, passed to the components. */
export interface PaneEnvironment {
  lang: Lang;
  dark: boolean;
}

function officeContext(): Office.Context | undefined {
  return typeof Office !== "undefined" ? Office.context : undefined;
}

// Office gives the theme as colours only; a dark body background means a dark theme.
function isDarkColor(hex: string): boolean {
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!rgb) return false;
  const [r, g, b] = rgb.slice(1).map((part) => parseInt(part, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/** Office's language and theme; outside Office (a browser preview) the browser's. */
export function readEnvironment(): PaneEnvironment {
  const context = officeContext();
  const language = context?.displayLanguage || navigator.language;
  const background = context?.officeTheme?.bodyBackgroundColor;
  const dark = background
    ? isDarkColor(background)
    : typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return { lang: languageOf(language), dark };
}
