import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatAmount } from "../../core/language";
import type { ColumnMapping, ColumnRole } from "../../core/table/columns";
import type { CustomerRow } from "../../core/table/customer-types";
import { previewRoles } from "../customer-data";
import { useStrings } from "../strings-context";

const PREVIEW_ROWS = 5;

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { minWidth: "100%", width: "max-content" },
  number: { textAlign: "end" },
  caption: { color: tokens.colorNeutralForeground2 },
});

export interface DataPreviewProps {
  rows: CustomerRow[];
  mapping: ColumnMapping;
}

const show = (value: CustomerRow[keyof CustomerRow]) =>
  typeof value === "number" ? formatAmount(value) : (value ?? "");

/** The first rows as the analysis will read them: account, sales and every mapped optional column. */
export function DataPreview({ rows, mapping }: DataPreviewProps) {
  const styles = useStyles();
  const strings = useStrings();
  const roles = previewRoles(mapping);
  const shown = rows.slice(0, PREVIEW_ROWS);
  if (shown.length === 0)
    return <Caption1 className={styles.caption}>{strings.preview.empty}</Caption1>;
  return (
    // Focusable, so the keyboard can scroll a preview wider than the pane.
    <div className={styles.scroll} role="region" aria-label={strings.preview.heading} tabIndex={0}>
      <Table size="extra-small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.preview.row}</TableHeaderCell>
            {roles.map((role) => (
              <TableHeaderCell key={role}>{strings.roles[role]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.sheetRow}>
              <TableCell>{row.sheetRow}</TableCell>
              {roles.map((role) => (
                <TableCell
                  key={role}
                  className={
                    typeof previewValue(row, role) === "number" ? styles.number : undefined
                  }
                >
                  {show(previewValue(row, role))}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1 className={styles.caption}>
        {strings.preview.shown(shown.length, rows.length)}
      </Caption1>
    </div>
  );
}

/** What the preview shows under a role: a long ledger's category is the key of the row's category sales. */
function previewValue(row: CustomerRow, role: ColumnRole): CustomerRow[keyof CustomerRow] {
  if (role === "category") return Object.keys(row.categorySales ?? {}).join(", ");
  return row[role];
}
