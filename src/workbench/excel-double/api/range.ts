import { MAX_COLUMNS, MAX_ROWS, Rect, contains, parseRef } from "../a1";
import { fail } from "../errors";
import { RangeRef } from "../model/objects";
import { currentRegion, intersection } from "../model/region";
import type { RequestContext } from "./context";
import { RangeProperties } from "./range-properties";
import { RangeView } from "./range-view";

function inSheet(rect: Rect): Rect {
  const fits =
    rect.rows > 0 &&
    rect.columns > 0 &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.column + rect.columns <= MAX_COLUMNS;
  return fits ? rect : fail("InvalidArgument", "the range would fall outside the worksheet");
}

/** What each Excel.ClearApplyTo the double knows empties in the cells (links are kept beside them). */
const CELLS_CLEARED = new Map<string, "all" | "contents" | "formats" | undefined>([
  ["All", "all"],
  ["Contents", "contents"],
  ["Formats", "formats"],
  ["Hyperlinks", undefined],
]);

/** Excel.Range over a rectangle of one sheet: its properties, and the ranges derived from it. */
export class Range extends RangeProperties {
  constructor(context: RequestContext, resolver: () => RangeRef | null, nullable = false) {
    super(context, resolver, nullable);
  }

  /** A range computed from this one when the request runs. */
  private derive(rectOf: (ref: RangeRef) => Rect | undefined, nullable = false): Range {
    return new Range(
      this.context,
      () => {
        const ref = this.live(this.model());
        const rect = rectOf(ref);
        return rect ? { sheet: ref.sheet, rect: inSheet(rect) } : null;
      },
      nullable
    );
  }

  /** ExcelApi 1.3: the visible rows of the range. */
  getVisibleView(): RangeView {
    return new RangeView(this.context, () => this.live(this.model()));
  }

  getCell(row: number, column: number): Range {
    return this.derive(({ rect }) => ({
      row: rect.row + row,
      column: rect.column + column,
      rows: 1,
      columns: 1,
    }));
  }
  getOffsetRange(rows: number, columns: number): Range {
    return this.derive(({ rect }) => ({
      ...rect,
      row: rect.row + rows,
      column: rect.column + columns,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive(({ rect }) => ({
      ...rect,
      rows: rect.rows + deltaRows,
      columns: rect.columns + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(rows: number, columns: number): Range {
    return this.derive(({ rect }) => ({ ...rect, rows, columns }));
  }
  getRow(row: number): Range {
    return this.derive(({ rect }) => ({ ...rect, row: rect.row + row, rows: 1 }));
  }
  getColumn(column: number): Range {
    return this.derive(({ rect }) => ({ ...rect, column: rect.column + column, columns: 1 }));
  }
  getEntireColumn(): Range {
    return this.derive(({ rect }) => ({ ...rect, row: 0, rows: MAX_ROWS }));
  }
  getEntireRow(): Range {
    return this.derive(({ rect }) => ({ ...rect, column: 0, columns: MAX_COLUMNS }));
  }
  getLastRow(): Range {
    return this.derive(({ rect }) => ({ ...rect, row: rect.row + rect.rows - 1, rows: 1 }));
  }

  private used(ref: RangeRef, valuesOnly: boolean): Rect | undefined {
    const used = ref.sheet.cells.usedRect(valuesOnly);
    return used && intersection(used, ref.rect);
  }
  getUsedRange(valuesOnly = false): Range {
    return this.derive(
      (ref) => this.used(ref, valuesOnly) ?? fail("ItemNotFound", "no used cells in the range")
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.derive((ref) => this.used(ref, valuesOnly), true);
  }
  getSurroundingRegion(): Range {
    return this.derive(({ sheet, rect }) => currentRegion(sheet.cells, rect.row, rect.column));
  }
  getIntersectionOrNullObject(other: Range | string): Range {
    return this.derive((ref) => {
      const rect = typeof other === "string" ? parseRef(other)?.rect : other.model().rect;
      return rect && intersection(rect, ref.rect);
    }, true);
  }

  select(): void {
    this.invoke("Select", [], (ref) => this.book.activate(this.live(ref).sheet, ref.rect));
  }

  /**
   * Excel.ClearApplyTo: "All" empties the cells, their formats and their links; "Contents" and
   * "Formats" one of those; "Hyperlinks" only the links. Works on a whole sheet (getRange()). The
   * double leaves conditional formats, data validation, tables, charts and frozen panes alone: they
   * have calls of their own. "RemoveHyperlinks" and "ResetContents" (cell controls, ExcelApi 1.18)
   * are not in the double.
   */
  clear(
    applyTo:
      "All" | "Contents" | "Formats" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"
  ): void {
    this.invoke("Clear", [applyTo], (ref) => {
      if (applyTo === "RemoveHyperlinks" || applyTo === "ResetContents")
        fail("NotImplemented", `clear("${applyTo}") is not in the double`);
      if (!CELLS_CLEARED.has(applyTo))
        fail("InvalidArgument", `clear(${JSON.stringify(applyTo)}) is not a ClearApplyTo`);
      const { sheet, rect } = this.live(ref);
      const cells = CELLS_CLEARED.get(applyTo);
      if (cells) sheet.cells.clear(rect, cells);
      if (applyTo === "All" || applyTo === "Contents")
        this.context.host.cellsChanged(sheet, rect, "ThisLocalAddin");
      if (applyTo === "All" || applyTo === "Hyperlinks")
        for (const key of [...sheet.hyperlinks.keys()]) {
          const [row, column] = key.split(",").map(Number);
          if (contains(rect, row, column)) sheet.hyperlinks.delete(key);
        }
    });
  }
}
