import { useMemo } from "react";
import type { Lang } from "../core/language";
import type { KamWorkbook } from "../excel/kam-workbook";
import { App } from "./App";
import { type PaneEnvironment, readEnvironment } from "./environment";
import { coreFlow } from "./flow";

export interface PaneRootProps {
  /** The workbook the pane works on, for the language Office reports. */
  workbook: (lang: Lang) => KamWorkbook;
  demo?: boolean;
  /**
   * Office's language and theme when the host can change them while the pane runs (the workbench's
   * switches): the pane keeps its state and speaks the new language. Without it they are read once.
   */
  environment?: PaneEnvironment;
}

/**
 * The pane as the add-in starts it: Office's language and theme, read once, and the core flow. Excel's
 * page (index.tsx) and the workbench both render this, so the workbench runs the pane unchanged.
 */
export function PaneRoot({ workbook, demo = false, environment: given }: PaneRootProps) {
  const initial = useMemo(() => readEnvironment(), []);
  const lang = given?.lang ?? initial.lang;
  const dark = given?.dark ?? initial.dark;
  const environment = useMemo(() => ({ lang, dark }), [lang, dark]);
  const book = useMemo(() => workbook(environment.lang), [workbook, environment.lang]);
  return <App environment={environment} workbook={book} flow={coreFlow} demo={demo} />;
}
