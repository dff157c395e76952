import { type Lang, words } from "../core/language";
import type { ReadFailure } from "../xlsx/read-workbook";

/**
 * Every message of the command line: a section of each language's catalogue. Errors are one line each and name the file, so
 * a scheduled run over thirty workbooks says which one failed and why.
 */
export interface CliText {
  read: Record<ReadFailure, string>;
  emptySheet: (sheet: string) => string;
  emptyWorkbook: string;
  noHeader: (sheets: string) => string;
  missingColumn: (sheet: string, row: number, role: string) => string;
  noRows: (sheet: string) => string;
  zeroTotal: string;
  salesTooLarge: string;
  badSavedCriteria: (detail: string) => string;
  cannotWrite: (detail: string) => string;
  noSheet: (sheet: string, sheets: string) => string;
  sameFile: string;
  outNotXlsx: string;
  badCriteria: (detail: string) => string;
  criteriaNotText: string;
  seeHelp: string;
  templatesUnreadable: string;
  planNamesMissing: (names: string) => string;
  /** A name the add-in marks its sheets with is the user's own (see isAddInMark). */
  markerTaken: (name: string, ref: string) => string;
  /** The user's own name that a sheet of the add-in's would define; `read`: read as the criteria. */
  nameKept: (name: string, ref: string, read: boolean) => string;
  tooManyPlans: (count: string, limit: string) => string;
  unknownPlanAccounts: (names: string) => string;
  notWholeNumber: string;
  warning: string;
  progress: {
    reading: (megabytes: string) => string;
    analysing: (rows: number) => string;
    writing: (sheet: string, done: number, total: number) => string;
    saving: string;
  };
  summary: {
    heading: (source: string) => string;
    keyHeading: string;
    more: (n: string) => string;
    none: string;
    written: (out: string) => string;
  };
  keyColumns: {
    account: string;
    sales: string;
    share: string;
    abc: string;
    stars: string;
    credit: string;
  };
  /** `kam --help` and `kam analyze --help`: what the command and each option does. */
  help: {
    kam: string;
    analyze: string;
    input: string;
    sheet: string;
    out: string;
    plans: string;
    plansTop: string;
    plansFor: string;
    plansLimit: (limit: number) => string;
    lang: string;
    langDefault: string;
    criteria: string;
    json: string;
  };
  /** A name in a list of names ("Sheet1" in quotes), and what separates two of them. */
  listItem: (name: string) => string;
  listSeparator: string;
}

/** The command line's messages in `lang`. */
export function cliText(lang: Lang): CliText {
  return words(lang).cli;
}

/** A list of sheet names for a message: "Sheet1", "Sheet2". */
export function sheetList(names: readonly string[], lang: Lang): string {
  const text = cliText(lang);
  return names.map(text.listItem).join(text.listSeparator);
}
