import { sheetReference } from "../core/sheets/a1";
import {
  type HeaderFooterSpec,
  type PageSetupSpec,
  type Paper,
  paperOf,
} from "../core/sheets/page-setup";
import { escapeXml } from "./xml-text";

/*
 * The print setup of a SheetSpec (core/sheets/page-setup.ts) as SpreadsheetML: the worksheet's
 * <pageSetUpPr>, <pageMargins>, <pageSetup> and <headerFooter>, and the sheet's Print_Titles name.
 */

/** Excel's xlPaperSize codes. */
const PAPER_SIZE: Record<Paper, number> = { Letter: 1, A4: 9 };

/** The locale where the writer runs: LC_PAPER or LANG for the command line, the browser's language in the workbench. */
export function writerLocale(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const posix = env?.LC_PAPER || env?.LC_ALL || env?.LANG;
  if (posix) return posix;
  return (globalThis as { navigator?: { language?: string } }).navigator?.language;
}

/** A header or footer as the file keeps it: one string, &L, &C and &R before each part. */
export function headerFooterText(parts: HeaderFooterSpec): string {
  return (["left", "center", "right"] as const)
    .filter((side) => parts[side])
    .map((side) => `&${side[0].toUpperCase()}${parts[side]}`)
    .join("");
}

/** What goes inside <sheetPr>: fit-to-page printing is switched on there. */
export function pageSetUpPr(setup: PageSetupSpec | undefined): string {
  return setup ? '<pageSetUpPr fitToPage="1"/>' : "";
}

const MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** Margins, paper and scaling, header and footer: after <hyperlinks>, before <drawing>. */
export function pageSetupXml(
  setup: PageSetupSpec | undefined,
  locale: string | undefined = writerLocale()
): string {
  if (!setup) return MARGINS;
  const paper = PAPER_SIZE[paperOf(setup, locale)];
  const header = headerFooterText(setup.header);
  const footer = headerFooterText(setup.footer);
  return (
    MARGINS +
    // fitToHeight 0: as many pages down as the rows need.
    `<pageSetup paperSize="${paper}" orientation="${setup.orientation}" fitToWidth="${setup.pagesWide}" fitToHeight="0"/>` +
    `<headerFooter>${header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : ""}` +
    `${footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : ""}</headerFooter>`
  );
}

/** The rows repeated at the top of every page, as the sheet's _xlnm.Print_Titles: 'KAM Tiers'!$13:$13. */
export function printTitlesRef(
  sheetName: string,
  setup: PageSetupSpec | undefined
): string | undefined {
  if (!setup?.titleRows) return undefined;
  const { first, last } = setup.titleRows;
  return sheetReference(sheetName, `$${first + 1}:$${last + 1}`);
}
