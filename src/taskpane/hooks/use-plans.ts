import { useCallback, useEffect, useState } from "react";
import type { Analysis } from "../../core/analysis-types";
import type { Lang } from "../../core/language";
import { localIsoDay } from "../../core/plans/plan-dates";
import type { KamWorkbook } from "../../excel/kam-workbook";
import type { PaneFlow } from "../flow";
import { type PlanOutcome, type PlanStep, generatePlans } from "../run-plans";

export type PlanRunState =
  | { status: "idle" }
  | { status: "running"; step: PlanStep; fraction: number }
  | { status: "failed"; error: unknown }
  | ({ status: "done" } & PlanOutcome);

/**
 * The Plans step's state: which accounts already have a plan (read from the workbook when the step
 * opens), which are ticked (the key accounts at first), and the generation's progress and outcome.
 */
export function usePlans(workbook: KamWorkbook, flow: PaneFlow, lang: Lang, analysis: Analysis) {
  const [planned, setPlanned] = useState<ReadonlySet<string>>();
  const [listError, setListError] = useState<unknown>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account))
  );
  const [run, setRun] = useState<PlanRunState>({ status: "idle" });

  useEffect(() => {
    let live = true;
    const names = analysis.accounts.map((a) => a.account);
    workbook
      .listPlans()
      .then((plans) => live && setPlanned(new Set(flow.plannedAccounts(plans, names))))
      .catch((error: unknown) => {
        if (!live) return;
        setListError(error);
        setPlanned(new Set());
      });
    return () => {
      live = false;
    };
  }, [workbook, flow, analysis]);

  const toggle = useCallback((account: string, on: boolean) => {
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(account);
      else next.delete(account);
      return next;
    });
  }, []);

  const generate = useCallback(
    async (today: string = localIsoDay(new Date())) => {
      setRun({ status: "running", step: "reading", fraction: 0 });
      try {
        const outcome = await generatePlans(
          workbook,
          flow,
          lang,
          { analysis, chosen: [...chosen], today },
          (step, fraction) => setRun({ status: "running", step, fraction })
        );
        setPlanned(new Set(outcome.entries.map((e) => e.account)));
        setRun({ status: "done", ...outcome });
      } catch (error) {
        setRun({ status: "failed", error });
      }
    },
    [workbook, flow, lang, analysis, chosen]
  );

  const fresh = [...chosen].filter((a) => !planned?.has(a));
  return {
    planned,
    listError,
    chosen,
    toggle,
    run,
    running: run.status === "running",
    /** Something to do: a ticked account without a plan, or plans to update. */
    canGenerate: planned !== undefined && (fresh.length > 0 || planned.size > 0),
    generate,
  };
}
