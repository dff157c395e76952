import { createRoot } from "react-dom/client";
import type { Lang } from "../core/language";
import type { KamWorkbook } from "../excel/kam-workbook";
import { officeWorkbook } from "../excel/office-workbook";
import { demoWorkbook } from "./demo/demo-workbook";
import { PaneRoot } from "./pane-root";

function render(workbook: (lang: Lang) => KamWorkbook, demo: boolean): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(<PaneRoot workbook={workbook} demo={demo} />);
}

// In Excel the pane works on the user's workbook. Elsewhere (a browser preview, or office.js
// unreachable) it shows a sample table, so the pane can still be seen and tried.
if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) render(() => officeWorkbook(), false);
    else render(demoWorkbook, true);
  });
} else {
  render(demoWorkbook, true);
}
