import { useState } from "react";
import type { Lang } from "../../core/language";
import type { KamWorkbook } from "../../excel/kam-workbook";
import type { PaneFlow } from "../flow";
import { hasBlockingProblem } from "../problem-text";
import { useAnalysisRun } from "./use-analysis-run";
import { useCriteria } from "./use-criteria";
import { useSource } from "./use-source";

/** Why Analyse cannot start: still reading, a problem in the data, or a criterion to correct. */
export type AnalyseBlock = "waiting" | "data" | "criteria";

/** Everything the pane shows and does, from the workbook and the engine it is given. */
export function usePane(workbook: KamWorkbook, flow: PaneFlow, lang: Lang) {
  const data = useSource(workbook, flow, lang);
  const criteria = useCriteria(workbook);
  const { run, start } = useAnalysisRun(workbook, flow, lang, data.show);
  const [goToError, setGoToError] = useState<unknown>();

  const { source, detected, table } = data;
  const loaded = source && table && !data.loading;
  const dataReady = loaded && detected && !hasBlockingProblem(table.problems);
  const chosen = criteria.check.criteria;
  const blockedBy: AnalyseBlock | undefined = !loaded
    ? "waiting"
    : !dataReady
      ? "data"
      : !chosen
        ? "criteria"
        : undefined;

  return {
    data,
    criteria,
    run,
    running: run.status === "running",
    blockedBy,
    goToError,
    analyse: () => {
      if (run.status === "running" || !dataReady || !chosen) return;
      setGoToError(undefined);
      void start({ source, detected, criteria: chosen });
    },
    /** Selects the account's row on the tier sheet the analysis wrote. */
    goTo: async (account: string) => {
      if (run.status !== "done") return;
      const address = flow.accountAddress(run.analysis, account);
      setGoToError(undefined);
      if (address) await workbook.goTo(run.tierSheetName, address).catch(setGoToError);
    },
  };
}
