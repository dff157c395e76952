import { useCallback, useState } from "react";
import type { Lang } from "../../core/language";
import type { KamWorkbook, SourceData } from "../../excel/kam-workbook";
import type { PaneFlow } from "../flow";
import type { RunStep } from "../i18n";
import { type RunInput, type RunOutcome, runAnalysis } from "../run-analysis";

export type RunState =
  | { status: "idle" }
  | { status: "running"; step: RunStep; fraction: number }
  | { status: "changed" }
  | { status: "failed"; error: unknown }
  | (Extract<RunOutcome, { kind: "done" }> & { status: "done" });

/** Runs an analysis and keeps its progress, its result or its error for the pane to show. */
export function useAnalysisRun(
  workbook: KamWorkbook,
  flow: PaneFlow,
  lang: Lang,
  onSource: (fresh: SourceData) => void
) {
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const start = useCallback(
    async (input: RunInput) => {
      setRun({ status: "running", step: "reading", fraction: 0 });
      try {
        const outcome = await runAnalysis(workbook, flow, lang, input, {
          onStep: (step, fraction) => setRun({ status: "running", step, fraction }),
          onSource,
        });
        if (outcome.kind === "changed") {
          onSource(outcome.fresh);
          setRun({ status: "changed" });
        } else {
          setRun({ ...outcome, status: "done" });
        }
      } catch (error) {
        setRun({ status: "failed", error });
      }
    },
    [workbook, flow, lang, onSource]
  );
  return { run, start };
}
