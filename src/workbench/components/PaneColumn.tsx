import { officeWorkbook } from "../../excel/office-workbook";
import { PaneRoot } from "../../taskpane/pane-root";

// Outside the component, so the pane is given the same function on every render.
const overOfficeGlobals = () => officeWorkbook();

/**
 * The task pane exactly as Excel starts it (src/taskpane/index.tsx): PaneRoot on officeWorkbook(),
 * over the Office.js globals, which here are the double's. Mounted again for each session, as Excel
 * loads the add-in afresh.
 */
export function PaneColumn() {
  return <PaneRoot workbook={overOfficeGlobals} />;
}
