import type { Analysis } from "../analysis-types";
import type { Lang } from "../language";
import { hasPortfolio, portfolioView } from "../portfolio/portfolio";
import { portfolioSheet } from "./portfolio-sheet";
import type { SheetSpec } from "./sheet-spec";
import { whiteSpaceSheet } from "./white-space-sheet";

/**
 * The sheets of "where to grow" (issue 15) an analysis writes after the tiers, in the pane and the
 * command line alike: KAM White Space when the ledger has product categories, KAM Portfolio when
 * some account can be placed on the matrix (a strength criterion is assessed).
 */
export function growthSheets(analysis: Analysis, lang: Lang): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  const whiteSpace = whiteSpaceSheet(analysis, lang);
  if (whiteSpace) sheets.push(whiteSpace);
  const view = portfolioView(analysis);
  if (hasPortfolio(view)) sheets.push(portfolioSheet(analysis, lang, view));
  return sheets;
}
