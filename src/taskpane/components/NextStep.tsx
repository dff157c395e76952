import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface NextStepProps {
  /** Opens the plans; absent until plans exist. */
  onPlan?: () => void;
}

/** The way on to step 2 of the method: planning how to serve each key account. */
export function NextStep({ onPlan }: NextStepProps) {
  const styles = useStyles();
  const t = useStrings().results;
  const noteId = useId();
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        disabledFocusable={!onPlan}
        aria-describedby={onPlan ? undefined : noteId}
        onClick={onPlan}
      >
        {t.next}
      </Button>
      {onPlan ? null : (
        <Caption1 id={noteId} className={styles.note}>
          {t.nextNote}
        </Caption1>
      )}
    </div>
  );
}
