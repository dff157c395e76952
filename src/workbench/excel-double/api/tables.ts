import { parseRef, sameSheet } from "../a1";
import { fail } from "../errors";
import { TableModel } from "../model/objects";
import { SheetModel } from "../model/sheet-model";
import { createTable, tableParts } from "../model/tables";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import type { RequestContext } from "./context";
import { Range } from "./range";
import { TableColumnCollection } from "./table-columns";
import { Worksheet } from "./worksheet";

/** Excel.Table. */
export class Table extends ClientObject<TableModel> {
  protected readonly typeName = "Table";
  protected readonly scalars = ["name", "id", "style", "showHeaders", "showTotals"];

  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.write("name", v, (t) => this.context.host.model.renameTable(t, v));
  }
  get id(): string {
    return this.loaded("id");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(v: string) {
    this.write("style", v, (t) => (t.style = v));
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }

  private sheetProxy?: Worksheet;
  private columnsProxy?: TableColumnCollection;
  get columns(): TableColumnCollection {
    return (this.columnsProxy ??= new TableColumnCollection(this));
  }
  get worksheet(): Worksheet {
    return (this.sheetProxy ??= new Worksheet(this.context, () => this.model().sheet));
  }

  protected read(t: TableModel, property: string): unknown {
    const values: Record<string, unknown> = {
      name: t.name,
      id: t.id,
      style: t.style,
      showHeaders: true,
      showTotals: t.showTotals,
    };
    return values[property];
  }

  protected navigate(property: string): ClientObject<unknown> | undefined {
    return property === "worksheet" ? (this.worksheet as ClientObject<unknown>) : undefined;
  }

  private part(which: "whole" | "header" | "body"): Range {
    return new Range(this.context, () => {
      const t = this.model();
      const rect = which === "whole" ? t.rect : tableParts(t)[which];
      return { sheet: t.sheet, rect };
    });
  }

  getRange(): Range {
    return this.part("whole");
  }
  getHeaderRowRange(): Range {
    return this.part("header");
  }
  getDataBodyRange(): Range {
    return this.part("body");
  }

  delete(): void {
    this.invoke("Delete", [], (t) => {
      const tables = this.context.host.model.tables;
      const index = tables.indexOf(t);
      if (index < 0) fail("ItemNotFound", `the table ${t.name} has been deleted`);
      tables.splice(index, 1);
      t.sheet.cells.clear(t.rect, "all");
    });
  }

  convertToRange(): Range {
    const range = this.getRange();
    this.invoke("ConvertToRange", [], (t) => {
      const tables = this.context.host.model.tables;
      const index = tables.indexOf(t);
      if (index < 0) fail("ItemNotFound", `the table ${t.name} has been deleted`);
      tables.splice(index, 1);
    });
    return range;
  }
}

/** Workbook.tables or Worksheet.tables. */
export class TableCollection extends ClientCollection<TableModel, Table> {
  constructor(
    context: RequestContext,
    private readonly sheet?: () => SheetModel
  ) {
    super(context, () => {
      const all = context.host.model.tables;
      if (!sheet) return all;
      const own = sheet();
      return all.filter((t) => t.sheet === own);
    });
  }

  protected wrap(item: TableModel): Table {
    return new Table(this.context, () => item);
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    let created: TableModel | undefined;
    this.context.enqueue(
      "Add",
      [typeof address === "string" ? address : "range", hasHeaders],
      () => {
        const book = this.context.host.model;
        if (typeof address !== "string") {
          const ref = address.live(address.model());
          created = createTable(book, ref.sheet, ref.rect, hasHeaders);
          return;
        }
        const parsed = parseRef(address) ?? fail("InvalidArgument", `"${address}" is not a range`);
        const own = this.sheet?.();
        if (own && parsed.sheet !== undefined && !sameSheet(parsed.sheet, own.name))
          fail("InvalidArgument", `"${address}" is not on ${own.name}`);
        const sheet =
          own ?? (parsed.sheet !== undefined ? book.requireSheet(parsed.sheet) : book.activeSheet);
        if (!sheet) return fail("InvalidArgument", "no sheet for the table");
        created = createTable(book, sheet, parsed.rect, hasHeaders);
      }
    );
    return new Table(this.context, () => created ?? null);
  }

  getItem(key: string): Table {
    return new Table(
      this.context,
      () => this.find(key) ?? fail("ItemNotFound", `no table "${key}"`)
    );
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, () => this.find(key) ?? null, true);
  }

  getItemAt(index: number): Table {
    return new Table(
      this.context,
      () => this.list()[index] ?? fail("ItemNotFound", `no table at ${index}`)
    );
  }

  private find(key: string): TableModel | undefined {
    return this.list().find((t) => t.name.toUpperCase() === key.toUpperCase() || t.id === key);
  }
}
