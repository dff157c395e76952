import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { KEY_CREDIT_RULES, type KeyCreditRule } from "../../core/criteria";
import { useStrings } from "../strings-context";

export interface KeyCreditChoiceProps {
  rule: KeyCreditRule;
  disabled: boolean;
  onChange(rule: KeyCreditRule): void;
}

/** Which credit statuses a key account may have (key_requires_credit), each with what it means. */
export function KeyCreditChoice({ rule, disabled, onChange }: KeyCreditChoiceProps) {
  const t = useStrings().criteria;
  return (
    <Field label={t.keyCreditLabel} hint={t.keyCredit[rule].hint}>
      <RadioGroup
        value={rule}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value as KeyCreditRule)}
      >
        {KEY_CREDIT_RULES.map((r) => (
          <Radio key={r} value={r} label={t.keyCredit[r].label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
