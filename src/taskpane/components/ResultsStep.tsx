import { Caption1, Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysis-types";
import type { WrittenSheet } from "../../excel/kam-workbook";
import { useStrings } from "../strings-context";
import { ErrorNotice } from "./ErrorNotice";
import { KeyAccountList } from "./KeyAccountList";
import { NextStep } from "./NextStep";
import { StepSection } from "./StepSection";
import { SummaryCards } from "./SummaryCards";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
  heading: { display: "block", margin: 0 },
});

export interface ResultsStepProps {
  analysis: Analysis;
  written: WrittenSheet[];
  goToError?: unknown;
  onGoTo(account: string): void;
  /** Opens the Plans step. */
  onPlan?(): void;
}

/** Step 4: the summary, the key accounts (each a link to its row), lost accounts and what comes next. */
export function ResultsStep({ analysis, written, goToError, onGoTo, onPlan }: ResultsStepProps) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.results;
  const { summary } = analysis;
  return (
    <StepSection heading={strings.stepHeadings.results}>
      <Caption1 className={styles.note}>
        {t.written(written.map((w) => `“${w.name}”`).join(", "))}
      </Caption1>
      <SummaryCards summary={summary} />
      <KeyAccountList
        accounts={analysis.accounts}
        keyMinStars={analysis.criteria.keyMinStars}
        onGoTo={onGoTo}
      />
      {goToError ? <ErrorNotice error={goToError} /> : null}
      {summary.lostAccounts.length > 0 ? (
        <section aria-label={t.lost}>
          <Body1Strong as="h3" className={styles.heading}>
            {t.lost}
          </Body1Strong>
          <Caption1>{summary.lostAccounts.join(", ")}</Caption1>
        </section>
      ) : null}
      <NextStep onPlan={onPlan} />
    </StepSection>
  );
}
