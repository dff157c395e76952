import { SheetModel } from "../model/sheet-model";
import { ClientCollection } from "./collection";
import type { RequestContext } from "./context";
import { Worksheet } from "./worksheet";

/** Workbook.worksheets. */
export class WorksheetCollection extends ClientCollection<SheetModel, Worksheet> {
  constructor(context: RequestContext) {
    super(context, () => context.host.model.sheets);
  }

  private get book() {
    return this.context.host.model;
  }

  protected wrap(item: SheetModel): Worksheet {
    return new Worksheet(this.context, () => item);
  }

  /** Adds a sheet at the end; without a name Excel picks "SheetN". */
  add(name?: string): Worksheet {
    let created: SheetModel | undefined;
    this.context.enqueue("Add", [name ?? null], () => (created = this.book.addSheet(name)));
    return new Worksheet(this.context, () => created ?? null);
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key) ?? this.book.requireSheet(key));
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key) ?? null, true);
  }

  /** By name (any case) or by id, as Excel's getItem accepts both. */
  private find(key: string): SheetModel | undefined {
    return this.book.sheet(key) ?? this.book.sheets.find((s) => s.id === key);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.book.activeSheet ?? null);
  }

  getFirst(): Worksheet {
    return new Worksheet(this.context, () => this.book.sheets[0] ?? null);
  }
}
