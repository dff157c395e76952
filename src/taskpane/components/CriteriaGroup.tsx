import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CriteriaGroup as Group, CriterionField } from "../criteria-form";
import type { useCriteria } from "../hooks/use-criteria";
import { useStrings } from "../strings-context";
import { AbcRuleChoice } from "./AbcRuleChoice";
import { CriterionInput } from "./CriterionInput";
import { KeyCreditChoice } from "./KeyCreditChoice";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
});

export interface CriteriaGroupProps {
  group: Group;
  fields: CriterionField[];
  criteria: ReturnType<typeof useCriteria>;
  disabled: boolean;
}

/** One group of thresholds (classes, credit, business practice) that opens and closes. */
export function CriteriaGroup({ group, fields, criteria, disabled }: CriteriaGroupProps) {
  const styles = useStyles();
  const t = useStrings().criteria;
  const { form, check } = criteria;
  return (
    <AccordionItem value={group}>
      <AccordionHeader>{t.groups[group]}</AccordionHeader>
      <AccordionPanel className={styles.panel}>
        {fields.map((field) => (
          <CriterionInput
            key={field.key}
            field={field}
            text={form.values[field.key]}
            problem={check.problems[field.key]}
            disabled={disabled}
            onChange={(text) => criteria.setValue(field.key, text)}
          />
        ))}
        {group === "abc" ? (
          <AbcRuleChoice rule={form.abcRule} disabled={disabled} onChange={criteria.setRule} />
        ) : null}
        {group === "finance" ? (
          <KeyCreditChoice
            rule={form.keyRequiresCredit}
            disabled={disabled}
            onChange={criteria.setKeyCredit}
          />
        ) : null}
      </AccordionPanel>
    </AccordionItem>
  );
}
