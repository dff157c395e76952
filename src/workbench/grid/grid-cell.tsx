import { makeStyles, tokens, mergeClasses } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { a1, type SheetModel } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { conditionalStyle } from "./cell-rules";
import { cellText, isErrorText, naturalAlignment } from "./cell-text";
import { ROW_HEIGHT, type SheetGeometry, rowSpan } from "./grid-geometry";
import { tableStyle } from "./table-style";

const useStyles = makeStyles({
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    padding: "0 3px",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontFamily: "Calibri, 'Segoe UI', 'Microsoft YaHei', sans-serif",
    fontSize: "14.5px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
  },
  spill: { zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  // Wrapped text breaks between words (and anywhere in a word wider than the cell), as Excel's.
  // Its lines sit at the bottom of the row, as Excel aligns them by default.
  wrap: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    justifyContent: "flex-end",
  },
  link: { color: tokens.colorBrandForegroundLink, textDecoration: "underline", cursor: "pointer" },
});

export interface GridCellProps {
  host: WorkbenchHost;
  sheet: SheetModel;
  geometry: SheetGeometry;
  row: number;
  column: number;
  /** Empty cells to the right that left-aligned text may run over, as in Excel. */
  spillTo: number;
  onFollowLink(target: string): void;
}

/** One cell of the grid: its value in its number format, its own and its conditional formatting. */
export function GridCell({
  host,
  sheet,
  geometry,
  row,
  column,
  spillTo,
  onFollowLink,
}: GridCellProps) {
  const styles = useStyles();
  const value = host.model.valueAt(sheet, row, column);
  const text = cellText(value, sheet.cells.numberFormat(row, column));
  const style = {
    ...tableStyle(host.model, sheet, row, column),
    ...sheet.cells.style(row, column),
    ...conditionalStyle(host, sheet, row, column, value),
  };
  const align =
    (style.horizontal?.toLowerCase() as CSSProperties["textAlign"]) ?? naturalAlignment(value);
  const left = geometry.columnLeft[column];
  // Wrapped text stays inside its cell; other text may run over empty cells to its right.
  const spills = !style.wrap && spillTo > column && align === "left" && text !== "";
  const { top, height } = rowSpan(geometry, row);
  const link = sheet.hyperlinks.get(`${row},${column}`);
  // An error's message is Excel's tooltip on the error: the functions say why they failed.
  const why = isErrorText(value) ? host.errorMessage(sheet, row, column) : undefined;
  const target = link?.documentReference ?? link?.address;
  const css: CSSProperties = {
    left,
    top,
    height,
    // In a row taller than one line, one line of text sits at the bottom, as Excel aligns it.
    paddingTop: style.wrap ? undefined : height - ROW_HEIGHT,
    width: geometry.columnLeft[(spills ? spillTo : column) + 1] - left,
    textAlign: align,
    fontWeight: style.bold ? 700 : undefined,
    fontStyle: style.italic ? "italic" : undefined,
    fontSize: style.fontSize ? `${(style.fontSize * 4) / 3}px` : undefined,
    // A cell the sheet filled keeps the dark text Excel gives it, in the dark theme too.
    color: style.fontColor ?? (style.fill ? "#000" : undefined),
    backgroundColor: style.fill,
  };
  return (
    <div
      role="gridcell"
      aria-colindex={column + 1}
      data-address={`${a1.columnLetters(column)}${row + 1}`}
      data-wrap={style.wrap ? "true" : undefined}
      className={mergeClasses(styles.cell, spills && styles.spill, style.wrap && styles.wrap)}
      style={css}
      title={why}
    >
      {target ? (
        <span
          className={styles.link}
          onClick={(event) => {
            event.stopPropagation();
            onFollowLink(target);
          }}
        >
          {text}
        </span>
      ) : (
        text
      )}
    </div>
  );
}
