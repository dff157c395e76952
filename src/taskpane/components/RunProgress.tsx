import { Field, ProgressBar } from "@fluentui/react-components";
import type { RunStep } from "../i18n";
import { useStrings } from "../strings-context";

export interface RunProgressProps {
  step: RunStep;
  fraction: number;
}

/** How far the analysis is, and what it is doing now (announced to screen readers as it changes). */
export function RunProgress({ step, fraction }: RunProgressProps) {
  const t = useStrings().analyse;
  return (
    <div role="status" aria-live="polite">
      <Field label={t.progress} hint={t.steps[step]} validationState="none">
        <ProgressBar value={fraction} max={1} thickness="large" />
      </Field>
    </div>
  );
}
