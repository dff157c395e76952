import type { HeaderFooterSpec, PageSetupSpec } from "../../core/sheets/page-setup";
import type { SheetModel } from "../excel-double";

type Parts = SheetModel["pageLayout"]["headersFooters"];

function headerFooter(parts: Parts, place: "Header" | "Footer"): HeaderFooterSpec {
  const spec: HeaderFooterSpec = {};
  for (const side of ["left", "center", "right"] as const) {
    const text = parts[`${side}${place}`];
    if (text) spec[side] = text;
  }
  return spec;
}

/** "$13:$14" (pageLayout's print title rows) → zero-based rows 12 to 13. */
function titleRows(rows: string | undefined): PageSetupSpec["titleRows"] {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(rows ?? "");
  return match ? { first: Number(match[1]) - 1, last: Number(match[2]) - 1 } : undefined;
}

/**
 * The print setup the pane gave a sheet through worksheet.pageLayout, back as the spec the .xlsx
 * writer renders: a sheet fitted to pages across is one the add-in set up; without that (an Excel
 * without ExcelApi 1.9) it has none, and prints with Excel's defaults, as in Excel.
 */
export function sheetPageSetup(sheet: SheetModel): PageSetupSpec | undefined {
  const layout = sheet.pageLayout;
  const pagesWide = layout.zoom.horizontalFitToPages;
  if (!pagesWide) return undefined;
  const rows = titleRows(layout.printTitleRows);
  return {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    ...(layout.paperSize === "A4" || layout.paperSize === "Letter"
      ? { paper: layout.paperSize }
      : {}),
    pagesWide,
    ...(rows ? { titleRows: rows } : {}),
    header: headerFooter(layout.headersFooters, "Header"),
    footer: headerFooter(layout.headersFooters, "Footer"),
  };
}
