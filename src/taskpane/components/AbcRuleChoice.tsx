import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { ABC_RULES, type AbcRule } from "../../core/criteria";
import { useStrings } from "../strings-context";

export interface AbcRuleChoiceProps {
  rule: AbcRule;
  disabled: boolean;
  onChange(rule: AbcRule): void;
}

/** The two boundary rules for class A, each with what it means. */
export function AbcRuleChoice({ rule, disabled, onChange }: AbcRuleChoiceProps) {
  const t = useStrings().criteria.rule;
  return (
    <Field label={t.label} hint={t[rule].hint}>
      <RadioGroup
        value={rule}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value as AbcRule)}
      >
        {ABC_RULES.map((r) => (
          <Radio key={r} value={r} label={t[r].label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
