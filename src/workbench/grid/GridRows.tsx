import type { SheetModel } from "../excel-double";
import type { WorkbenchHost } from "../host/workbench-host";
import { GridCell } from "./grid-cell";
import type { SheetGeometry, VisibleCells } from "./grid-geometry";

export interface GridRowsProps {
  host: WorkbenchHost;
  sheet: SheetModel;
  geometry: SheetGeometry;
  cells: VisibleCells;
  onFollowLink(target: string): void;
}

/** How far a cell's text may run to the right: over the empty cells after it, as Excel lets it. */
function spillEnd(
  sheet: SheetModel,
  geometry: SheetGeometry,
  cells: VisibleCells,
  row: number,
  column: number
): number {
  let end = column;
  if (!sheet.cells.hasContent(row, column)) return end;
  const limit = Math.min(geometry.columns, cells.lastColumn + 4);
  while (end + 1 < limit && !sheet.cells.hasContent(row, end + 1)) end++;
  return end;
}

/** The visible rows of the sheet, each cell positioned on the sheet's canvas. */
export function GridRows({ host, sheet, geometry, cells, onFollowLink }: GridRowsProps) {
  const rows = [];
  for (let r = cells.firstRow; r <= cells.lastRow; r++) {
    const line = [];
    for (let c = cells.firstColumn; c <= cells.lastColumn; c++)
      line.push(
        <GridCell
          key={c}
          host={host}
          sheet={sheet}
          geometry={geometry}
          row={r}
          column={c}
          spillTo={spillEnd(sheet, geometry, cells, r, c)}
          onFollowLink={onFollowLink}
        />
      );
    rows.push(
      <div
        role="row"
        aria-rowindex={r + 1}
        key={r}
        style={{ position: "absolute", left: 0, top: 0 }}
      >
        {line}
      </div>
    );
  }
  return <>{rows}</>;
}
