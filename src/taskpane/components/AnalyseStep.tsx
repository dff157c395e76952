import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { RunState } from "../hooks/use-analysis-run";
import type { AnalyseBlock } from "../hooks/use-pane";
import { useStrings } from "../strings-context";
import { ErrorNotice } from "./ErrorNotice";
import { RunProgress } from "./RunProgress";
import { StepSection } from "./StepSection";

const useStyles = makeStyles({
  button: { alignSelf: "flex-start" },
  reason: { color: tokens.colorPaletteRedForeground1 },
});

export interface AnalyseStepProps {
  run: RunState;
  /** Why the analysis cannot start yet, if it cannot. */
  blockedBy?: AnalyseBlock;
  onAnalyse(): void;
}

/** Step 3: the button that grades the accounts and writes the sheets, with its progress and errors. */
export function AnalyseStep({ run, blockedBy, onAnalyse }: AnalyseStepProps) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.analyse;
  const reasonId = useId();
  const running = run.status === "running";
  const reason =
    blockedBy === "data"
      ? t.blockedByData
      : blockedBy === "criteria"
        ? t.blockedByCriteria
        : undefined;
  return (
    <StepSection heading={strings.stepHeadings.analyse}>
      <Button
        className={styles.button}
        appearance="primary"
        // Still focusable when blocked, so a keyboard user hears why.
        disabledFocusable={running || blockedBy !== undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={onAnalyse}
      >
        {running ? t.running : t.button}
      </Button>
      {reason ? (
        <Caption1 id={reasonId} className={styles.reason}>
          {reason}
        </Caption1>
      ) : null}
      {run.status === "running" ? <RunProgress step={run.step} fraction={run.fraction} /> : null}
      {run.status === "failed" ? <ErrorNotice error={run.error} /> : null}
      {run.status === "changed" ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.source.changed}</MessageBarBody>
        </MessageBar>
      ) : null}
    </StepSection>
  );
}
