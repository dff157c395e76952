import { Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type SheetModel, a1 } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { useWorkbenchText } from "../workbench-text";
import { editText } from "./cell-edit";
import { isErrorText } from "./cell-text";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  nameBox: { width: "110px" },
  content: { flexGrow: 1 },
  spilled: { "& input": { color: tokens.colorNeutralForeground4 } },
  why: {
    flexShrink: 1,
    maxWidth: "45%",
    alignSelf: "center",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorPaletteRedForeground1,
  },
});

/**
 * What the formula bar shows for a cell: its own formula or value; in a cell a formula spilled over,
 * that formula, greyed as Excel greys it; and for an error, the message of Excel's error tooltip.
 */
function cellContent(host: WorkbenchHost, sheet: SheetModel, row: number, column: number) {
  const own = editText(sheet, row, column);
  const origin = own === "" ? host.spillOrigin(sheet, row, column) : undefined;
  const content = origin ? editText(sheet, origin.row, origin.column) : own;
  const value = host.model.valueAt(sheet, row, column);
  const message = isErrorText(value) ? host.errorMessage(sheet, row, column) : undefined;
  return { content, spilled: origin !== undefined, why: message && `${value} ${message}` };
}

/**
 * Excel's name box and formula bar: the selected cell's address (type another, or Sheet!A1, and
 * press Enter to go there) and what the cell holds, its formula rather than its value.
 */
export function FormulaBar({ host, onGone }: { host: WorkbenchHost; onGone(): void }) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const selection = host.model.selection;
  const address = selection ? a1.rectAddress(selection.rect) : "A1";
  const [typed, setTyped] = useState(address);
  useEffect(() => setTyped(address), [address]);
  const shown =
    selection && cellContent(host, selection.sheet, selection.rect.row, selection.rect.column);

  const go = () => {
    const ref = a1.parseRef(typed);
    const sheet = ref?.sheet === undefined ? host.model.activeSheet : host.model.sheet(ref.sheet);
    if (!ref || !sheet) return setTyped(address);
    host.model.activate(sheet, ref.rect);
    host.moved();
    onGone();
  };

  return (
    <div className={styles.bar}>
      <Input
        className={styles.nameBox}
        size="small"
        aria-label={text.nameBox}
        value={typed}
        onChange={(_, data) => setTyped(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") go();
        }}
      />
      <Input
        className={mergeClasses(styles.content, shown?.spilled && styles.spilled)}
        size="small"
        aria-label={text.formulaBar}
        value={shown?.content ?? ""}
        readOnly
      />
      {shown?.why && (
        <span className={styles.why} role="note" aria-label={text.errorMessage} title={shown.why}>
          {shown.why}
        </span>
      )}
    </div>
  );
}
