import { columnLetters, quoteSheet } from "../a1";
import type { RangeRef } from "../model/objects";
import * as data from "../model/range-data";
import { ClientObject } from "./client-object";
import type { RequestContext } from "./context";

/**
 * Excel.RangeView (range.getVisibleView(), ExcelApi 1.3): the range's visible rows, as Excel shows
 * them after hiding and filtering. The double gives `cellAddresses`, `values`, `rowCount` and
 * `columnCount`.
 */
export class RangeView extends ClientObject<RangeRef> {
  protected readonly typeName = "RangeView";
  protected readonly scalars = ["cellAddresses", "values", "rowCount", "columnCount"];

  constructor(context: RequestContext, resolver: () => RangeRef | null) {
    super(context, resolver);
  }

  get cellAddresses(): string[][] {
    return this.loaded("cellAddresses");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }

  private visibleRows(ref: RangeRef): number[] {
    const rows: number[] = [];
    for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rows; r++)
      if (!ref.sheet.hiddenRows.has(r)) rows.push(r);
    return rows;
  }

  protected read(ref: RangeRef, property: string): unknown {
    const rows = this.visibleRows(ref);
    const { column, columns } = ref.rect;
    switch (property) {
      case "rowCount":
        return rows.length;
      case "columnCount":
        return columns;
      case "cellAddresses": {
        const sheet = quoteSheet(ref.sheet.name);
        return rows.map((r) =>
          Array.from({ length: columns }, (_, c) => `${sheet}!${columnLetters(column + c)}${r + 1}`)
        );
      }
      case "values":
        data.checkReadable(ref, this.context.host.limits.readCells);
        return rows.map(
          (r) =>
            data.readValues(this.context.host.model, {
              sheet: ref.sheet,
              rect: { row: r, column, rows: 1, columns },
            })[0]
        );
      default:
        return undefined;
    }
  }
}
