import { Accordion, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CRITERIA_GROUPS } from "../criteria-form";
import type { useCriteria } from "../hooks/use-criteria";
import { useStrings } from "../strings-context";
import { CriteriaGroup } from "./CriteriaGroup";
import { StepSection } from "./StepSection";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2 },
  reset: { alignSelf: "flex-start" },
});

export interface CriteriaStepProps {
  criteria: ReturnType<typeof useCriteria>;
  disabled: boolean;
}

/** Step 2: the thresholds of the method, grouped, with the engine's defaults. */
export function CriteriaStep({ criteria, disabled }: CriteriaStepProps) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.criteria;
  const [open, setOpen] = useState<string[]>(["abc"]);
  // A group with a value to correct stays open, so its message is never hidden.
  const invalid = CRITERIA_GROUPS.filter((g) =>
    g.fields.some((f) => criteria.check.problems[f.key])
  );
  const openItems = [...open, ...invalid.map((g) => g.group).filter((g) => !open.includes(g))];
  const toggle = (group: string) =>
    setOpen((was) => (was.includes(group) ? was.filter((g) => g !== group) : [...was, group]));
  return (
    <StepSection heading={strings.stepHeadings.criteria}>
      {criteria.origin === "defaults" ? null : (
        <Caption1 className={styles.note}>
          {criteria.origin === "workbook" ? t.fromWorkbook : t.unreadable}
        </Caption1>
      )}
      <Accordion
        multiple
        collapsible
        openItems={openItems}
        onToggle={(_, d) => toggle(String(d.value))}
      >
        {CRITERIA_GROUPS.map(({ group, fields }) => (
          <CriteriaGroup
            key={group}
            group={group}
            fields={fields}
            criteria={criteria}
            disabled={disabled}
          />
        ))}
      </Accordion>
      <Button
        className={styles.reset}
        appearance="subtle"
        disabled={disabled}
        onClick={criteria.reset}
      >
        {t.reset}
      </Button>
    </StepSection>
  );
}
