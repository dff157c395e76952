import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { COLUMN_ROLES, type ColumnRole, REQUIRED_ROLES } from "../../core/table/columns";
import type { DetectedTable } from "../../core/table/customer-types";
import type { SourceData } from "../../excel/kam-workbook";
import { sheetColumnLetter } from "../customer-data";
import { useStrings } from "../strings-context";
import { RecognisedNames } from "./RecognisedNames";
import { type ColumnOption, RoleDropdown } from "./RoleDropdown";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  heading: { display: "block", margin: `0 0 ${tokens.spacingVerticalS}` },
});

export interface ColumnMappingProps {
  source: SourceData;
  detected: DetectedTable;
  disabled: boolean;
  onChange(role: ColumnRole, column: number | undefined): void;
}

/** One dropdown per role: which of the table's columns holds it. */
export function ColumnMapping({ source, detected, disabled, onChange }: ColumnMappingProps) {
  const styles = useStyles();
  const strings = useStrings();
  const columns: ColumnOption[] = detected.headers.map((header, index) => ({
    index,
    text: strings.mapping.column(sheetColumnLetter(source, index), String(header ?? "").trim()),
  }));
  return (
    <section aria-label={strings.mapping.heading}>
      <Body1Strong as="h3" className={styles.heading}>
        {strings.mapping.heading}
      </Body1Strong>
      <div className={styles.grid}>
        {COLUMN_ROLES.map((role) => (
          <RoleDropdown
            key={role}
            role={role}
            columns={columns}
            column={detected.mapping[role]}
            required={REQUIRED_ROLES.includes(role)}
            disabled={disabled}
            onChange={onChange}
          />
        ))}
      </div>
      <RecognisedNames />
    </section>
  );
}
