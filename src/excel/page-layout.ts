/* global Office */
import { type HeaderFooterSpec, paperOf } from "../core/sheets/page-setup";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import { supports } from "./features";
import { ACTION_BYTES, type RequestBudget } from "./request-budget";

/** Office's display language ("en-US"), which says the paper the user's Excel prints on. */
function officeLocale(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The spec's print setup through worksheet.pageLayout (ExcelApi 1.9): paper, landscape, fitted to
 * pages across (pages down left automatic), repeated header rows, and the header and footer for
 * every page. Without ExcelApi 1.9 the sheet prints with Excel's defaults.
 */
export async function applyPageLayout(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget,
  locale: string | undefined = officeLocale()
): Promise<void> {
  const setup = spec.pageSetup;
  if (!setup || !supports("pageLayout")) return;
  await budget.reserve(ACTION_BYTES * 10);
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = paperOf(setup, locale);
  layout.zoom = { horizontalFitToPages: setup.pagesWide };
  if (setup.titleRows)
    layout.setPrintTitleRows(`$${setup.titleRows.first + 1}:$${setup.titleRows.last + 1}`);
  const page = layout.headersFooters.defaultForAllPages;
  const parts = (text: HeaderFooterSpec) => ({
    left: text.left ?? "",
    center: text.center ?? "",
    right: text.right ?? "",
  });
  const header = parts(setup.header);
  const footer = parts(setup.footer);
  page.leftHeader = header.left;
  page.centerHeader = header.center;
  page.rightHeader = header.right;
  page.leftFooter = footer.left;
  page.centerFooter = footer.center;
  page.rightFooter = footer.right;
}
