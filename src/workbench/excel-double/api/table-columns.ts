import { fail } from "../errors";
import { TableModel } from "../model/objects";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import { Range } from "./range";
import type { Table } from "./tables";

interface ColumnModel {
  table: TableModel;
  index: number;
}

/** Excel.TableColumn: its name is the header cell's text. */
export class TableColumn extends ClientObject<ColumnModel> {
  protected readonly typeName = "TableColumn";
  protected readonly scalars = ["name", "index", "id"];

  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.write("name", v, ({ table, index }) =>
      table.sheet.cells.setContent(table.rect.row, table.rect.column + index, v)
    );
  }
  get index(): number {
    return this.loaded("index");
  }
  get id(): number {
    return this.loaded("id");
  }

  protected read({ table, index }: ColumnModel, property: string): unknown {
    if (property === "name")
      return String(
        this.context.host.model.valueAt(table.sheet, table.rect.row, table.rect.column + index) ??
          ""
      );
    return property === "index" ? index : index + 1;
  }

  private part(from: number, rows?: number): Range {
    return new Range(this.context, () => {
      const { table, index } = this.model();
      const rect = {
        row: table.rect.row + from,
        column: table.rect.column + index,
        rows: rows ?? table.rect.rows - from,
        columns: 1,
      };
      return { sheet: table.sheet, rect };
    });
  }

  getRange(): Range {
    return this.part(0);
  }
  getHeaderRowRange(): Range {
    return this.part(0, 1);
  }
  getDataBodyRange(): Range {
    return this.part(1);
  }
}

export class TableColumnCollection extends ClientCollection<ColumnModel, TableColumn> {
  constructor(table: Table) {
    super(table.context, () => {
      const model = table.model();
      return Array.from({ length: model.rect.columns }, (_, index) => ({ table: model, index }));
    });
  }

  protected wrap(item: ColumnModel): TableColumn {
    return new TableColumn(this.context, () => item);
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(
      this.context,
      () => this.list()[index] ?? fail("ItemNotFound", `no column ${index}`)
    );
  }

  getItem(name: string): TableColumn {
    return new TableColumn(this.context, () => {
      const book = this.context.host.model;
      const found = this.list().find(
        ({ table, index }) =>
          String(
            book.valueAt(table.sheet, table.rect.row, table.rect.column + index)
          ).toUpperCase() === name.toUpperCase()
      );
      return found ?? fail("ItemNotFound", `no column "${name}"`);
    });
  }
}
