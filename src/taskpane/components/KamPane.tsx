import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/language";
import type { KamWorkbook } from "../../excel/kam-workbook";
import type { PaneFlow } from "../flow";
import { usePane } from "../hooks/use-pane";
import { PANE_STRINGS } from "../i18n";
import { StringsContext } from "../strings-context";
import { AnalyseStep } from "./AnalyseStep";
import { CriteriaStep } from "./CriteriaStep";
import { DataStep } from "./DataStep";
import { FunctionList } from "./FunctionList";
import { PaneHeader } from "./PaneHeader";
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

/** The whole pane: data, criteria, analyse, results; the steps stay visible and are disabled while it runs. */
export function KamPane({ workbook, flow, lang, demo = false }: KamPaneProps) {
  const styles = useStyles();
  const strings = PANE_STRINGS[lang];
  const pane = usePane(workbook, flow, lang);
  const { run } = pane;
  return (
    <StringsContext.Provider value={strings}>
      <main className={styles.root} aria-busy={pane.running}>
        <PaneHeader demo={demo} />
        <DataStep data={pane.data} disabled={pane.running} />
        <CriteriaStep criteria={pane.criteria} disabled={pane.running} />
        <AnalyseStep run={run} blockedBy={pane.blockedBy} onAnalyse={pane.analyse} />
        {run.status === "done" ? (
          <ResultsStep
            analysis={run.analysis}
            written={run.written}
            goToError={pane.goToError}
            onGoTo={pane.goTo}
          />
        ) : null}
        <FunctionList heading={strings.functions.heading} examples={strings.functions.examples} />
      </main>
    </StringsContext.Provider>
  );
}
