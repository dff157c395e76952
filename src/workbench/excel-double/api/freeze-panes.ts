import { MAX_COLUMNS, MAX_ROWS, parseRef } from "../a1";
import { fail } from "../errors";
import { SheetModel } from "../model/sheet-model";
import { ClientObject } from "./client-object";
import type { RequestContext } from "./context";
import { Range } from "./range";

/** Worksheet.freezePanes: rows at the top and columns at the left that stay in view. */
export class FreezePanes extends ClientObject<SheetModel> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalars: string[] = [];

  constructor(context: RequestContext, resolver: () => SheetModel | null) {
    super(context, resolver);
  }

  protected read(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.invoke("FreezeRows", [count], (s) => (s.freeze = { rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.invoke("FreezeColumns", [count], (s) => (s.freeze = { rows: 0, columns: count }));
  }

  /** Freezes the cells above and to the left of the range's bottom-right corner, plus the range. */
  freezeAt(frozen: Range | string): void {
    this.invoke("FreezeAt", [typeof frozen === "string" ? frozen : "range"], (s) => {
      const rect = typeof frozen === "string" ? parseRef(frozen)?.rect : frozen.model().rect;
      if (!rect) return fail("InvalidArgument", `"${String(frozen)}" is not a range`);
      s.freeze = { rows: rect.row + rect.rows, columns: rect.column + rect.columns };
    });
  }

  unfreeze(): void {
    this.invoke("Unfreeze", [], (s) => (s.freeze = { rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): Range {
    return new Range(
      this.context,
      () => {
        const s = this.model();
        const { rows, columns } = s.freeze;
        if (rows === 0 && columns === 0) return null;
        const rect = {
          row: 0,
          column: 0,
          rows: rows === 0 ? MAX_ROWS : rows,
          columns: columns === 0 ? MAX_COLUMNS : columns,
        };
        return { sheet: s, rect };
      },
      true
    );
  }
}
