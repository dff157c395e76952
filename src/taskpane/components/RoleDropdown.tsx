import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { ColumnRole } from "../../core/table/columns";
import { useStrings } from "../strings-context";

const NOT_USED = "none";

const useStyles = makeStyles({
  // Fluent's default minimum width would overflow a grid cell of a narrow pane.
  dropdown: { minWidth: 0, width: "100%" },
});

export interface ColumnOption {
  index: number;
  /** "B: Sales": the column letter and its header. */
  text: string;
}

export interface RoleDropdownProps {
  role: ColumnRole;
  columns: ColumnOption[];
  column?: number;
  required: boolean;
  disabled: boolean;
  onChange(role: ColumnRole, column: number | undefined): void;
}

/** Which column holds one role; an optional role can be "not used". */
export function RoleDropdown({
  role,
  columns,
  column,
  required,
  disabled,
  onChange,
}: RoleDropdownProps) {
  const styles = useStyles();
  const strings = useStrings();
  const chosen = columns.find((c) => c.index === column);
  const value = chosen ? String(chosen.index) : NOT_USED;
  return (
    <Field label={strings.roles[role]} required={required}>
      <Dropdown
        className={styles.dropdown}
        disabled={disabled}
        value={chosen?.text ?? (required ? "" : strings.mapping.notUsed)}
        selectedOptions={[value]}
        onOptionSelect={(_, data) =>
          onChange(
            role,
            data.optionValue === NOT_USED || !data.optionValue
              ? undefined
              : Number(data.optionValue)
          )
        }
      >
        {required ? null : <Option value={NOT_USED}>{strings.mapping.notUsed}</Option>}
        {columns.map((c) => (
          <Option key={c.index} value={String(c.index)}>
            {c.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
