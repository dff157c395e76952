import { Field, SpinButton } from "@fluentui/react-components";
import type { CriterionField, CriterionProblem } from "../criteria-form";
import { parseNumber } from "../criteria-form";
import { useStrings } from "../strings-context";

export interface CriterionInputProps {
  field: CriterionField;
  text: string;
  problem?: CriterionProblem;
  disabled: boolean;
  onChange(text: string): void;
}

/** One threshold: a labelled spin button with its one-line explanation, or what is wrong with it. */
export function CriterionInput({ field, text, problem, disabled, onChange }: CriterionInputProps) {
  const t = useStrings().criteria;
  const invalid = problem
    ? problem === "range"
      ? t.invalid.range(field.min, field.max)
      : t.invalid[problem]
    : undefined;
  return (
    <Field
      label={t.fields[field.key].label}
      hint={t.fields[field.key].hint}
      validationMessage={invalid}
      validationState={invalid ? "error" : "none"}
    >
      <SpinButton
        disabled={disabled}
        value={parseNumber(text) ?? null}
        displayValue={text}
        min={field.min}
        max={field.max}
        step={field.step}
        onChange={(_, data) => {
          // Spinning gives a number; typing gives the text, checked when the form is validated.
          if (typeof data.value === "number") onChange(String(Number(data.value.toFixed(6))));
          else if (data.displayValue !== undefined) onChange(data.displayValue);
        }}
      />
    </Field>
  );
}
