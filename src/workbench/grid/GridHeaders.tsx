import { makeStyles, tokens, mergeClasses } from "@fluentui/react-components";
import { a1 } from "../excel-double";
import {
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  type SheetGeometry,
  rowSpan,
} from "./grid-geometry";

const useStyles = makeStyles({
  columnBar: {
    position: "sticky",
    top: 0,
    zIndex: 4,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  rowBar: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    flexShrink: 0,
    width: `${ROW_HEADER_WIDTH}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 5,
    width: `${ROW_HEADER_WIDTH}px`,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground4,
    boxSizing: "border-box",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  header: {
    position: "absolute",
    boxSizing: "border-box",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: "'Segoe UI', sans-serif",
    fontSize: "12px",
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
    userSelect: "none",
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground5,
    color: tokens.colorBrandForeground1,
    fontWeight: 600,
  },
});

export interface HeaderProps {
  geometry: SheetGeometry;
  cells: { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number };
  selection: a1.Rect;
}

/** The column letters, kept at the top while the sheet scrolls. */
export function ColumnHeaders({ geometry, cells, selection }: HeaderProps) {
  const styles = useStyles();
  const items = [];
  for (let c = cells.firstColumn; c <= cells.lastColumn; c++) {
    const left = geometry.columnLeft[c];
    const current = c >= selection.column && c < selection.column + selection.columns;
    items.push(
      <div
        key={c}
        role="columnheader"
        className={mergeClasses(styles.header, current && styles.current)}
        style={{
          top: 0,
          left: ROW_HEADER_WIDTH + left,
          width: geometry.columnLeft[c + 1] - left,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
        }}
      >
        {a1.columnLetters(c)}
      </div>
    );
  }
  return (
    <div className={styles.columnBar} style={{ width: ROW_HEADER_WIDTH + geometry.width }}>
      <div className={styles.corner} />
      {items}
    </div>
  );
}

/** The row numbers, kept at the left while the sheet scrolls. */
export function RowHeaders({ geometry, cells, selection }: HeaderProps) {
  const styles = useStyles();
  const items = [];
  for (let r = cells.firstRow; r <= cells.lastRow; r++) {
    const current = r >= selection.row && r < selection.row + selection.rows;
    items.push(
      <div
        key={r}
        role="rowheader"
        className={mergeClasses(styles.header, current && styles.current)}
        style={{
          ...rowSpan(geometry, r),
          left: 0,
          width: ROW_HEADER_WIDTH,
          // The number at the bottom of a tall row, as Excel puts it.
          lineHeight: `${ROW_HEIGHT}px`,
          paddingTop: rowSpan(geometry, r).height - ROW_HEIGHT,
          boxSizing: "border-box",
        }}
      >
        {r + 1}
      </div>
    );
  }
  return (
    <div className={styles.rowBar} style={{ height: geometry.height }}>
      {items}
    </div>
  );
}
