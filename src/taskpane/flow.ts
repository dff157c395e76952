/**
 * Everything the pane asks of the engine, behind one interface, so the components can be tested (and
 * previewed) with a stand-in. This is the only pane module that calls the core table reader, the
 * analysis and the sheet builders.
 */
import type { LedgerSource } from "../core/sheets/ledger-source";
import type { Analysis } from "../core/analysis-types";
import type { Criteria } from "../core/criteria";
import type { Lang } from "../core/language";
import { analyseCustomers } from "../core/analysis";
import { analysisSheets } from "../core/sheets/analysis-sheets";
import type { CellValue, SheetSpec } from "../core/sheets/sheet-spec";
import { tierCell, tierLayout } from "../core/sheets/tier-sheet";
import type { CustomerRow, CustomerTable, DetectedTable } from "../core/table/customer-types";
import { detectColumns } from "../core/table/header-detection";
import { type CellFacts, readCustomers } from "../core/table/read-customers";
import type { SourceData } from "../excel/kam-workbook";
import { PlanEntry, PlanRequest, PlanWork, planWork } from "../core/plans/plan-generation";
import { plansOverview } from "../core/plans/plans-overview";
import { TemplatesReading, parseTemplates } from "../core/plans/templates-parse";
import { PlanSheetInfo, plannedAccounts } from "../core/plans/plan-registry";
import type { HealthScoring } from "../core/plans/plan-health";
import { TeamWork, teamWork } from "../core/plans/team-sheet";
import type { PlanTemplates } from "../core/plans/templates";

export interface PaneFlow {
  /** Finds the header row and maps its columns to roles; undefined when no row looks like a header. */
  detectColumns(values: CellValue[][]): DetectedTable | undefined;
  /** The customer rows below the header, as the analysis will read them, and what is wrong with them. */
  readCustomers(source: SourceData, table: DetectedTable, lang: Lang): CustomerTable;
  analyse(rows: CustomerRow[], criteria: Criteria, lang: Lang): Analysis;
  /**
   * The sheets an analysis writes, in the order they are written (core's analysisSheets). With the
   * ledger's place in the workbook, KAM Credit's figures are formulas over it.
   */
  sheets(analysis: Analysis, lang: Lang, ledger?: LedgerSource): SheetSpec[];
  /** The cell of an account's name on the tier sheet ("A14"), for the links in the results. */
  accountAddress(analysis: Analysis, account: string): string | undefined;
  /** Those of `accounts` that have a plan among the workbook's plans. */
  plannedAccounts(plans: PlanSheetInfo[], accounts: string[]): string[];
  /** The templates from the KAM Templates sheet's values; the defaults when there is none or it is unreadable. */
  readTemplates(values: CellValue[][] | undefined, lang: Lang): TemplatesReading;
  /** New plan sheets, updates of the plans already there, and the list of every plan. */
  planWork(request: PlanRequest): PlanWork;
  /** The KAM Plans overview over the plans, under the sheet names they have, scored as planWork says. */
  plansOverview(entries: PlanEntry[], lang: Lang, scoring?: HealthScoring): SheetSpec;
  /** KAM Team over the plans: the whole sheet the first time, then only the cells the add-in owns. */
  teamWork(
    entries: PlanEntry[],
    templates: PlanTemplates,
    lang: Lang,
    today: string,
    exists: boolean
  ): TeamWork;
}

/**
 * The reader's "row:column" list of date cells and its hidden rows, as the table reader asks about
 * them (the command line's reader answers the same questions from the file).
 */
function cellFacts(source: SourceData): CellFacts {
  const facts: CellFacts = {};
  if (source.dateCells && source.dateCells.length > 0) {
    const dates = new Set(source.dateCells);
    facts.isDate = (row, column) => dates.has(`${row}:${column}`);
  }
  if (source.hiddenRows && source.hiddenRows.length > 0) {
    const hidden = new Set(source.hiddenRows);
    facts.isHidden = (row) => hidden.has(row);
  }
  return facts;
}

export const coreFlow: PaneFlow = {
  detectColumns: (values) => detectColumns(values),
  readCustomers: (source, table, lang) =>
    readCustomers(
      source.values,
      {
        headerRow: table.headerRow,
        mapping: table.mapping,
        aging: table.aging,
        categories: table.categories,
      },
      source.firstRow,
      lang,
      cellFacts(source)
    ),
  analyse: (rows, criteria, lang) => analyseCustomers(rows, criteria, lang),
  sheets: (analysis, lang, ledger) => analysisSheets(analysis, lang, ledger),
  accountAddress: (analysis, account) => {
    const index = analysis.accounts.findIndex((a) => a.account === account);
    return index < 0 ? undefined : tierCell(tierLayout(analysis), "account", index);
  },
  plannedAccounts: (plans, accounts) => plannedAccounts(plans, accounts),
  readTemplates: (values, lang) => parseTemplates(values, lang),
  planWork: (request) => planWork(request),
  plansOverview: (entries, lang, scoring) => plansOverview(entries, lang, scoring),
  teamWork: (entries, templates, lang, today, exists) =>
    teamWork(entries, templates, lang, today, exists),
};
