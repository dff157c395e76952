import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
import { a1, type SheetModel } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { CellEditor } from "./CellEditor";
import { ChartBox } from "./ChartBox";
import { ColumnHeaders, RowHeaders } from "./GridHeaders";
import { GridRows } from "./GridRows";
import { ROW_HEADER_WIDTH, rowSpan, sheetGeometry, visibleCells } from "./grid-geometry";
import { cellText } from "./cell-text";
import { measureCellText } from "./wrap-lines";
import { ListRefusal } from "./ListRefusal";
import { useCellEditing } from "./use-cell-editing";
import { useKeepInView } from "./use-keep-in-view";
import { useViewport } from "./use-viewport";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    outline: "none",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { display: "flex" },
  canvas: { position: "relative", flexShrink: 0 },
  selected: {
    position: "absolute",
    zIndex: 2,
    boxSizing: "border-box",
    border: "2px solid #217346",
    pointerEvents: "none",
  },
});

const FIRST_CELL = { row: 0, column: 0, rows: 1, columns: 1 };

export interface SheetGridProps {
  host: WorkbenchHost;
  sheet: SheetModel;
  /** The host's version: the grid renders again whenever the workbook changes. */
  version: number;
  onFollowLink(target: string): void;
}

/** The active sheet as Excel shows it: only the visible cells are rendered, so large sheets scroll. */
export function SheetGrid({ host, sheet, version, onFollowLink }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const view = useViewport(scroller);
  const selection = host.model.selection?.sheet === sheet ? host.model.selection.rect : FIRST_CELL;
  // The version says when the sheet changed (its used range, its column widths).
  const reachRow = Math.min(selection.row + selection.rows, 1048576) - 1;
  const reachColumn = Math.min(selection.column + selection.columns, 16384) - 1;
  const geometry = useMemo(
    () =>
      sheetGeometry(
        sheet,
        { row: reachRow, column: reachColumn },
        {
          // Wrapped cells make their rows as tall as their text, measured as the grid draws it.
          text: (r, c) => cellText(host.model.valueAt(sheet, r, c), sheet.cells.numberFormat(r, c)),
          measure: measureCellText(),
        }
      ),
    [host, sheet, version, reachRow, reachColumn]
  );
  const { row, column } = selection;
  const select = (r: number, c: number) => {
    host.model.activate(sheet, {
      row: Math.max(0, r),
      column: Math.max(0, c),
      rows: 1,
      columns: 1,
    });
    host.moved();
  };
  /** Shift+arrow: the selection grows or shrinks from its top-left cell, never below one cell. */
  const extend = (rows: number, columns: number) => {
    host.model.activate(sheet, {
      ...selection,
      rows: Math.max(1, selection.rows + rows),
      columns: Math.max(1, selection.columns + columns),
    });
    host.moved();
  };
  const editing = useCellEditing(
    host,
    sheet,
    { row, column },
    select,
    () => scroller.current?.focus(),
    extend
  );
  useKeepInView(scroller, geometry, row, column);

  const cells = visibleCells(geometry, view);
  const box = (r: number, c: number) => ({
    left: geometry.columnLeft[c],
    top: rowSpan(geometry, r).top,
    width: geometry.columnLeft[c + 1] - geometry.columnLeft[c] + 1,
    height: rowSpan(geometry, r).height + 1,
  });
  const cell = editing.editing;

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={sheet.name}
      aria-rowcount={geometry.rows}
      aria-colcount={geometry.columns}
      tabIndex={0}
      onKeyDown={editing.onKeyDown}
    >
      <ColumnHeaders geometry={geometry} cells={cells} selection={selection} />
      <div className={styles.body} style={{ width: ROW_HEADER_WIDTH + geometry.width }}>
        <RowHeaders geometry={geometry} cells={cells} selection={selection} />
        <div
          className={styles.canvas}
          style={{ width: geometry.width, height: geometry.height }}
          onMouseDown={(event) => {
            const target = (event.target as HTMLElement).closest("[data-address]");
            const ref = target && a1.parseRef(target.getAttribute("data-address") ?? "");
            if (ref) select(ref.rect.row, ref.rect.column);
          }}
          onDoubleClick={() => editing.edit()}
        >
          <GridRows
            host={host}
            sheet={sheet}
            geometry={geometry}
            cells={cells}
            onFollowLink={onFollowLink}
          />
          <div
            className={styles.selected}
            style={{
              ...box(row, column),
              width:
                geometry.columnLeft[Math.min(column + selection.columns, geometry.columns)] -
                geometry.columnLeft[column] +
                1,
              height:
                rowSpan(geometry, row + selection.rows - 1).top +
                rowSpan(geometry, row + selection.rows - 1).height -
                rowSpan(geometry, row).top +
                1,
            }}
          />
          {sheet.charts.map((chart) => (
            <ChartBox key={chart.id} book={host.model} chart={chart} geometry={geometry} />
          ))}
          {cell ? (
            <CellEditor
              key={`${cell.row},${cell.column}`}
              initial={cell.initial}
              address={a1.rectAddress({ ...cell, rows: 1, columns: 1 })}
              style={{ ...box(cell.row, cell.column), minWidth: 120 }}
              onCommit={(text, move) => editing.commit(cell, text, move)}
              onCancel={editing.cancel}
            />
          ) : null}
        </div>
      </div>
      <ListRefusal
        allowed={editing.refused?.allowed}
        onRetry={editing.retry}
        onCancel={editing.cancel}
      />
    </div>
  );
}
