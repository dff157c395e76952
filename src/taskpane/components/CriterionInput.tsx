import { Field, SpinButton } from "@fluentui/react-components";
import type { CriterionField, CriterionProblem } from "../criteria-form";
import { parseNumber } from "../criteria-form";
import type { PaneWords } from "../i18n";
import { useStrings } from "../strings-context";

/** What is wrong with the value, with the field's bounds (core's) where the message names them. */
function problemText(
  invalid: PaneWords["criteria"]["invalid"],
  field: CriterionField,
  problem: CriterionProblem
): string {
  const min = field.min ?? 0;
  switch (problem) {
    case "range":
      return invalid.range(min, field.max ?? min);
    case "aboveUpTo":
      return invalid.aboveUpTo(min, field.max ?? min);
    case "atLeast":
      return invalid.atLeast(min);
    case "above":
      return invalid.above(min);
    default:
      return invalid[problem];
  }
}

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
  const invalid = problem ? problemText(t.invalid, field, problem) : undefined;
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
