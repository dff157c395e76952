import { Spinner } from "@fluentui/react-components";
import type { useSource } from "../hooks/use-source";
import { useStrings } from "../strings-context";
import { ColumnMapping } from "./ColumnMapping";
import { DataPreview } from "./DataPreview";
import { ErrorNotice } from "./ErrorNotice";
import { ProblemList } from "./ProblemList";
import { SourcePicker } from "./SourcePicker";
import { StepSection } from "./StepSection";

export interface DataStepProps {
  data: ReturnType<typeof useSource>;
  disabled: boolean;
}

/** Step 1: where the customer list is, how its columns are read, and what is wrong with it. */
export function DataStep({ data, disabled }: DataStepProps) {
  const strings = useStrings();
  const { source, detected, table } = data;
  const headerRow = source && detected ? source.firstRow + detected.headerRow : undefined;
  return (
    <StepSection heading={strings.stepHeadings.data}>
      <SourcePicker
        choices={data.choices}
        source={source}
        headerRow={headerRow}
        disabled={disabled || data.loading}
        onPick={data.pick}
        onRefresh={data.refresh}
      />
      {data.loading ? <Spinner size="tiny" label={strings.loading} /> : null}
      {data.error ? <ErrorNotice error={data.error} /> : null}
      {source && detected ? (
        <ColumnMapping
          source={source}
          detected={detected}
          disabled={disabled}
          onChange={data.setRole}
        />
      ) : null}
      {table && detected ? <DataPreview rows={table.rows} mapping={detected.mapping} /> : null}
      {table ? <ProblemList problems={table.problems} /> : null}
    </StepSection>
  );
}
