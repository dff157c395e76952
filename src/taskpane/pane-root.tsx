import { useMemo } from "react";
import type { Lang } from "../core/language";
import type { KamWorkbook } from "../excel/kam-workbook";
import { App } from "./App";
import { readEnvironment } from "./environment";
import { coreFlow } from "./flow";

export interface PaneRootProps {
  /** The workbook the pane works on, for the language Office reports. */
  workbook: (lang: Lang) => KamWorkbook;
  demo?: boolean;
}

/**
 * The pane as the add-in starts it: Office's language and theme, read once, and the core flow. Excel's
 * page (index.tsx) and the workbench both render this, so the workbench runs the pane unchanged.
 */
export function PaneRoot({ workbook, demo = false }: PaneRootProps) {
  const environment = useMemo(() => readEnvironment(), []);
  const book = useMemo(() => workbook(environment.lang), [workbook, environment.lang]);
  return <App environment={environment} workbook={book} flow={coreFlow} demo={demo} />;
}
