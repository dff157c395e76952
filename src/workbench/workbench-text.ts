import { createContext, useContext } from "react";
import { type Lang, LANGS, words } from "../core/language";
import type { ReadFailure } from "../xlsx/read-workbook";

/**
 * The workbench's own words (the pane has its own), in the language chosen for the pane: a section
 * of each language's catalogue. `Record<ReadFailure, string>` says why a file did not open.
 */
export interface WorkbenchText extends Record<ReadFailure, string> {
  title: string;
  subtitle: string;
  /** The task pane beside the workbook, for screen readers. */
  paneLabel: string;
  open: string;
  sample: string;
  download: string;
  downloadHint: string;
  downloadFailed: string;
  language: string;
  dark: string;
  sheets: string;
  allSheets: string;
  previousSheets: string;
  nextSheets: string;
  nameBox: string;
  formulaBar: string;
  errorMessage: string;
  loading: string;
  openFailed: string;
  refusedTitle: string;
  refusedHint: string;
  dismiss: string;
  listRefusedTitle: string;
  listRefused: string;
  retry: string;
  cancel: string;
  chart: string;
  /** #SPILL!'s tooltip: how much room the result needs (`range`) and what blocks it. */
  spill: (range: string, rows: number, columns: number, blocker: string) => string;
  /** The names of languages in this one, by tag (Chinese, in English); others go by their own short name. */
  languageNames: Readonly<Record<string, string>>;
  /** This language's short name in itself, shown beside its name in another language. */
  ownName: string;
  /** A sample's menu entry: its language named in this one, and in itself when that is another. */
  sampleOf: (name: string, ownName?: string) => string;
  /** This language's sample workbook in assets/, served beside the workbench page. */
  sampleWorkbook: string;
  /** The display language Office reports when it speaks this language. */
  officeDisplayLanguage: string;
}

export function workbenchText(lang: Lang): WorkbenchText {
  return words(lang).workbench;
}

/** The samples menu's entry for `sample`'s workbook, in the words of `lang`. */
export function sampleLabel(lang: Lang, sample: Lang): string {
  const own = workbenchText(sample).ownName;
  const name = workbenchText(lang).languageNames[sample];
  if (name === undefined) return workbenchText(lang).sampleOf(own);
  return workbenchText(lang).sampleOf(name, sample === lang ? undefined : own);
}

export const WorkbenchTextContext = createContext<WorkbenchText>(workbenchText(LANGS[0]));

export function useWorkbenchText(): WorkbenchText {
  return useContext(WorkbenchTextContext);
}
