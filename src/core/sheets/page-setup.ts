import { type Lang, words } from "../language";

/**
 * How a generated sheet prints, described once here and copied by both writers (Office.js
 * pageLayout, ExcelJS pageSetup): landscape, scaled to fit a number of pages across and as many
 * down as needed, the table's header repeated on every page, and the sheet's name, the date and the
 * page number in the header and footer.
 */

export type Paper = "A4" | "Letter";

/** A header or footer in Excel's codes: &A the sheet's name, &D the date, &P the page, &N the pages. */
export interface HeaderFooterSpec {
  left?: string;
  center?: string;
  right?: string;
}

export interface PageSetupSpec {
  orientation: "landscape" | "portrait";
  /**
   * The paper; left out, the writer takes the one of the user's locale (paperForLocale), since the
   * sheets are the same for every user of a language.
   */
  paper?: Paper;
  /** Scaled to print at most this many pages across, and as many pages down as the rows need. */
  pagesWide: number;
  /** Zero-based rows printed at the top of every page: a table's header. */
  titleRows?: { first: number; last: number };
  header: HeaderFooterSpec;
  footer: HeaderFooterSpec;
}

/** The words of the print setup, from each language's catalogue (src/core/i18n). */
export interface PageSetupText {
  /** The footer in Excel's codes: "Page &P of &N". */
  footer: string;
}

/** The print setup of a generated sheet; `pagesWide` 2 for the wide plan sheets, 1 for the others. */
export function pageSetup(
  lang: Lang,
  options: { pagesWide?: number; titleRow?: number } = {}
): PageSetupSpec {
  const { pagesWide = 1, titleRow } = options;
  return {
    orientation: "landscape",
    pagesWide,
    ...(titleRow === undefined ? {} : { titleRows: { first: titleRow, last: titleRow } }),
    header: { left: "&A", right: "&D" },
    footer: { center: words(lang).pageSetup.footer },
  };
}

/**
 * Regions whose paper is US Letter (the United States, Canada, Mexico, the Philippines, and most of
 * Central and South America that follow them); everywhere else prints on A4.
 */
const LETTER_REGIONS = new Set([
  "US",
  "CA",
  "MX",
  "PH",
  "PR",
  "GT",
  "SV",
  "HN",
  "NI",
  "CR",
  "PA",
  "DO",
  "VE",
  "CO",
  "CL",
  "BZ",
]);

/**
 * The paper of a locale: "en-US", "en_US.UTF-8" (a POSIX LANG) or "es-MX" → Letter; "en-GB",
 * "fr-FR", "de", none → A4.
 */
export function paperForLocale(locale: string | undefined | null): Paper {
  const region = /^[a-z]{2,3}[-_]([A-Za-z]{2})\b/i.exec(locale ?? "")?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? "Letter" : "A4";
}

/** The paper a sheet prints on: the spec's, or the locale's. */
export function paperOf(setup: PageSetupSpec, locale: string | undefined | null): Paper {
  return setup.paper ?? paperForLocale(locale);
}
