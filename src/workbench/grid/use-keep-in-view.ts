import { type RefObject, useEffect } from "react";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, type SheetGeometry, rowSpan } from "./grid-geometry";

/** Scrolls the grid so the selected cell is in view, whoever selected it (the keyboard, the pane's links). */
export function useKeepInView(
  scroller: RefObject<HTMLElement | null>,
  geometry: SheetGeometry,
  row: number,
  column: number
): void {
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const { top, height: rowHeight } = rowSpan(geometry, row);
    const left = geometry.columnLeft[column] ?? 0;
    const right = geometry.columnLeft[column + 1] ?? left;
    const height = element.clientHeight - HEADER_HEIGHT;
    const width = element.clientWidth - ROW_HEADER_WIDTH;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + height)
      element.scrollTop = top + rowHeight - height;
    if (left < element.scrollLeft) element.scrollLeft = left;
    else if (right > element.scrollLeft + width) element.scrollLeft = right - width;
  }, [scroller, geometry, row, column]);
}
