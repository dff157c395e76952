import { ClientObject } from "./client-object";
import type { RequestContext } from "./context";
import { Application } from "./application";
import { DocumentProperties } from "./document-properties";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheets";

/** Excel.Workbook: the entry to sheets, names, tables and the selection. */
export class Workbook extends ClientObject<object> {
  protected readonly typeName = "Workbook";
  protected readonly scalars = ["name"];
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly tables: TableCollection;
  readonly properties: DocumentProperties;

  constructor(context: RequestContext) {
    super(context, () => ({}));
    this.properties = new DocumentProperties(context);
    this.worksheets = new WorksheetCollection(context);
    this.names = new NamedItemCollection(context);
    this.tables = new TableCollection(context);
  }

  get application(): Application {
    return this.context.application;
  }

  get name(): string {
    return this.loaded("name");
  }

  protected read(): unknown {
    return this.context.host.workbookName;
  }

  /** The selected range (the first area of a multiple selection). */
  getSelectedRange(): Range {
    return new Range(this.context, () => this.context.host.model.selection ?? null);
  }

  getActiveCell(): Range {
    return new Range(this.context, () => {
      const selection = this.context.host.model.selection;
      return selection
        ? { sheet: selection.sheet, rect: { ...selection.rect, rows: 1, columns: 1 } }
        : null;
    });
  }
}
