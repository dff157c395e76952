import { officeWorkbook } from "../../excel/office-workbook";
import type { PaneEnvironment } from "../../taskpane/environment";
import { PaneRoot } from "../../taskpane/pane-root";

// Outside the component, one for every language: officeWorkbook() reads Office's globals when it is
// called, so a language switch needs no other workbook, and the pane keeps what it has read.
const book = officeWorkbook();
const overOfficeGlobals = () => book;

/**
 * The task pane exactly as Excel starts it (src/taskpane/index.tsx): PaneRoot on officeWorkbook(),
 * over the Office.js globals, which here are the double's. Mounted again for each workbook opened, as
 * Excel loads the add-in afresh; a language or theme switch reaches it as `environment`, so it keeps
 * its data, criteria and results.
 */
export function PaneColumn({ environment }: { environment: PaneEnvironment }) {
  return <PaneRoot workbook={overOfficeGlobals} environment={environment} />;
}
