import { Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { a1 } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { useWorkbenchText } from "../workbench-text";
import { editText } from "./cell-edit";

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
});

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
  const content = selection
    ? editText(selection.sheet, selection.rect.row, selection.rect.column)
    : "";

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
        className={styles.content}
        size="small"
        aria-label={text.formulaBar}
        value={content}
        readOnly
      />
    </div>
  );
}
