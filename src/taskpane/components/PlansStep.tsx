import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Analysis } from "../../core/analysis-types";
import type { Lang } from "../../core/language";
import type { KamWorkbook } from "../../excel/kam-workbook";
import type { PaneFlow } from "../flow";
import { usePlans } from "../hooks/use-plans";
import { useStrings } from "../strings-context";
import { ErrorNotice } from "./ErrorNotice";
import { PlanAccountList } from "./PlanAccountList";
import { PlanResults } from "./PlanResults";
import { StepSection } from "./StepSection";

const useStyles = makeStyles({
  button: { alignSelf: "flex-start" },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface PlansStepProps {
  workbook: KamWorkbook;
  flow: PaneFlow;
  lang: Lang;
  analysis: Analysis;
  /** Told when a generation starts and ends, so the pane can hold the other steps meanwhile. */
  onBusy?(busy: boolean): void;
}

/** Step 5: choose the accounts, generate their plan sheets and the KAM Plans overview. */
export function PlansStep({ workbook, flow, lang, analysis, onBusy }: PlansStepProps) {
  const styles = useStyles();
  const t = useStrings().plans;
  const plans = usePlans(workbook, flow, lang, analysis);
  const { run, running, planned } = plans;
  const [goToError, setGoToError] = useState<unknown>();
  const reasonId = useId();
  useEffect(() => onBusy?.(running), [running, onBusy]);
  const goTo = (sheet: string) => {
    setGoToError(undefined);
    workbook.goTo(sheet, "A1").catch(setGoToError);
  };
  return (
    <StepSection heading={t.heading}>
      <Caption1 className={styles.note}>{t.intro}</Caption1>
      {plans.listError ? <ErrorNotice error={plans.listError} /> : null}
      {planned === undefined ? (
        <Spinner size="tiny" label={t.loading} />
      ) : (
        <PlanAccountList
          accounts={analysis.accounts}
          planned={planned}
          chosen={plans.chosen}
          disabled={running}
          onToggle={plans.toggle}
        />
      )}
      <Button
        className={styles.button}
        appearance="primary"
        disabledFocusable={running || !plans.canGenerate}
        aria-describedby={planned && !plans.canGenerate ? reasonId : undefined}
        onClick={() => void plans.generate()}
      >
        {running ? t.generating : t.generate}
      </Button>
      {planned && !plans.canGenerate ? (
        <Caption1 id={reasonId} className={styles.note}>
          {t.nothingChosen}
        </Caption1>
      ) : null}
      {run.status === "running" ? (
        <div role="status" aria-live="polite">
          <Field label={t.progress} hint={t.steps[run.step]} validationState="none">
            <ProgressBar value={run.fraction} max={1} thickness="large" />
          </Field>
        </div>
      ) : null}
      {run.status === "failed" ? <ErrorNotice error={run.error} /> : null}
      {run.status === "done" ? <PlanResults outcome={run} onGoTo={goTo} /> : null}
      {goToError ? <ErrorNotice error={goToError} /> : null}
    </StepSection>
  );
}
