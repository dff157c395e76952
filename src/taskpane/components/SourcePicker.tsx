import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SourceChoice, SourceData } from "../../excel/kam-workbook";
import { useStrings } from "../strings-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  field: { flexGrow: 1, minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface SourcePickerProps {
  choices: SourceChoice[];
  source?: SourceData;
  /** 1-based sheet row of the header, when one was found. */
  headerRow?: number;
  disabled: boolean;
  onPick(id: string): void;
  onRefresh(): void;
}

/** Which table or range is read, with a way to pick another and to read it again. */
export function SourcePicker({
  choices,
  source,
  headerRow,
  disabled,
  onPick,
  onRefresh,
}: SourcePickerProps) {
  const styles = useStyles();
  const t = useStrings().source;
  // The detected source may be a selection that is not in the list; it is offered all the same.
  const options =
    source && !choices.some((c) => c.id === source.id) ? [source, ...choices] : choices;
  const hint = source ? [t.found(source.address), headerRow ? t.headerAt(headerRow) : ""] : [];
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field className={styles.field} label={t.label}>
          <Dropdown
            className={styles.dropdown}
            disabled={disabled}
            value={source?.label ?? ""}
            selectedOptions={source ? [source.id] : []}
            onOptionSelect={(_, data) => data.optionValue && onPick(data.optionValue)}
          >
            {options.map((choice) => (
              <Option key={choice.id} value={choice.id} text={choice.label}>
                {`${choice.label} (${t.kind[choice.kind]})`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button disabled={disabled} onClick={onRefresh}>
          {t.refresh}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{hint.filter(Boolean).join(" · ")}</Caption1>
    </div>
  );
}
