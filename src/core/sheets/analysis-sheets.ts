import type { Analysis } from "../analysis-types";
import { hasFinance } from "../finance";
import type { Lang } from "../language";
import { creditSheet } from "./credit-sheet";
import { criteriaSheet } from "./criteria-sheet";
import { growthSheets } from "./growth-sheets";
import type { LedgerSource } from "./ledger-source";
import type { SheetSpec } from "./sheet-spec";
import { tierSheet } from "./tier-sheet";

/**
 * The sheets an analysis writes, in the order they are written, in the pane (and so the workbench)
 * and on the command line alike: KAM Criteria, KAM Tiers, KAM Credit when the ledger has credit
 * figures (with the ledger's place in the workbook, its figures are formulas over it), then the
 * sheets of "where to grow" (growthSheets). Plans are another run: plans/plan-batches.ts.
 */
export function analysisSheets(analysis: Analysis, lang: Lang, ledger?: LedgerSource): SheetSpec[] {
  return analysisSheetBatches(analysis, lang, ledger).flatMap((batch) => batch());
}

/**
 * The same sheets as batches, each built when it is called: a writer that writes one batch before
 * building the next (the command line) never holds two large sheets' specs at once — a tier sheet
 * of 100,000 rows is garbage once its XML is.
 */
export function analysisSheetBatches(
  analysis: Analysis,
  lang: Lang,
  ledger?: LedgerSource
): (() => SheetSpec[])[] {
  return [
    () => [criteriaSheet(analysis.criteria, lang)],
    () => [tierSheet(analysis, lang)],
    ...(hasFinance(analysis) ? [() => [creditSheet(analysis, lang, ledger)]] : []),
    () => growthSheets(analysis, lang),
  ];
}
