import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../core/language";
import type { KamWorkbook } from "../../excel/kam-workbook";
import type { PaneFlow } from "../flow";
import { usePane } from "../hooks/use-pane";
import { paneText } from "../i18n";
import { StringsContext } from "../strings-context";
import { AnalyseStep } from "./AnalyseStep";
import { CriteriaStep } from "./CriteriaStep";
import { DataStep } from "./DataStep";
import { functionExamples } from "../function-examples";
import { FunctionList } from "./FunctionList";
import { PaneHeader } from "./PaneHeader";
import { PlansStep } from "./PlansStep";
import { ResultsStep } from "./ResultsStep";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export interface KamPaneProps {
  workbook: KamWorkbook;
  flow: PaneFlow;
  lang: Lang;
  demo?: boolean;
}

/**
 * The whole pane: data, criteria, analyse, results, and plans once asked for; the steps stay visible
 * and are disabled while the analysis or a plan generation runs.
 */
export function KamPane({ workbook, flow, lang, demo = false }: KamPaneProps) {
  const styles = useStyles();
  const strings = paneText(lang);
  const pane = usePane(workbook, flow, lang);
  const { run } = pane;
  const [planning, setPlanning] = useState(false);
  const [plansBusy, setPlansBusy] = useState(false);
  const busy = pane.running || plansBusy;
  return (
    <StringsContext.Provider value={strings}>
      <main className={styles.root} aria-busy={busy}>
        <PaneHeader demo={demo} />
        <DataStep data={pane.data} disabled={busy} />
        <CriteriaStep criteria={pane.criteria} disabled={busy} />
        <AnalyseStep
          run={run}
          blockedBy={plansBusy ? "waiting" : pane.blockedBy}
          onAnalyse={pane.analyse}
        />
        {run.status === "done" ? (
          <ResultsStep
            analysis={run.analysis}
            written={run.written}
            goToError={pane.goToError}
            onGoTo={pane.goTo}
            onPlan={() => setPlanning(true)}
          />
        ) : null}
        {run.status === "done" && planning ? (
          <PlansStep
            workbook={workbook}
            flow={flow}
            lang={lang}
            analysis={run.analysis}
            onBusy={setPlansBusy}
          />
        ) : null}
        <FunctionList
          heading={strings.functions.heading}
          examples={functionExamples(
            strings.functions,
            pane.data.source,
            pane.data.detected,
            pane.data.table?.rows
          )}
        />
      </main>
    </StringsContext.Provider>
  );
}
