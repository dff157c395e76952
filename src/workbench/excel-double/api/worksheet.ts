import { Rect, parseRef, sameSheet } from "../a1";
import { fail } from "../errors";
import { SheetModel } from "../model/sheet-model";
import type { WorksheetChangedArgs } from "../host";
import { ClientObject } from "./client-object";
import { EventHandlers } from "./events";
import type { RequestContext } from "./context";
import { ChartCollection } from "./charts";
import { FreezePanes } from "./freeze-panes";
import { PageLayout } from "./page-layout";
import { Range } from "./range";
import { TableCollection } from "./tables";

/** Excel.Worksheet. */
export class Worksheet extends ClientObject<SheetModel> {
  protected readonly typeName = "Worksheet";
  protected readonly scalars = ["name", "id", "position", "visibility", "tabColor"];

  constructor(context: RequestContext, resolver: () => SheetModel | null, nullable = false) {
    super(context, resolver, nullable);
  }

  private get book() {
    return this.context.host.model;
  }
  private live(): SheetModel {
    return this.model().alive();
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.write("name", v, (s) => this.book.renameSheet(s.alive(), v));
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(v: number) {
    this.write("position", v, (s) => this.book.moveSheet(s.alive(), v));
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(v: SheetModel["visibility"]) {
    this.write("visibility", v, (s) => (s.alive().visibility = v));
  }
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(v: string) {
    this.write("tabColor", v, (s) => (s.alive().tabColor = v));
  }

  private tablesProxy?: TableCollection;
  private chartsProxy?: ChartCollection;
  private freezeProxy?: FreezePanes;
  private pageLayoutProxy?: PageLayout;
  private changedProxy?: EventHandlers<WorksheetChangedArgs>;
  get tables(): TableCollection {
    return (this.tablesProxy ??= new TableCollection(this.context, () => this.live()));
  }
  get charts(): ChartCollection {
    return (this.chartsProxy ??= new ChartCollection(this.context, () => this.live()));
  }
  get freezePanes(): FreezePanes {
    return (this.freezeProxy ??= new FreezePanes(this.context, () => this.live()));
  }

  /** worksheet.onChanged (ExcelApi 1.7): the sheet's cells changed, by the user or a request. */
  get onChanged(): EventHandlers<WorksheetChangedArgs> {
    return (this.changedProxy ??= new EventHandlers(this.context, (handler) =>
      this.context.host.onSheetChanged(this.live(), handler)
    ));
  }

  get pageLayout(): PageLayout {
    return (this.pageLayoutProxy ??= new PageLayout(this.context, () => this.live()));
  }

  protected navigate(property: string): ClientObject<unknown> | undefined {
    if (property === "pageLayout") return this.pageLayout as ClientObject<unknown>;
    return property === "freezePanes" ? (this.freezePanes as ClientObject<unknown>) : undefined;
  }

  protected read(s: SheetModel, property: string): unknown {
    switch (property) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.book.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        return undefined;
    }
  }

  private range(rectOf: (s: SheetModel) => Rect | null, nullable = false): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.live();
        const rect = rectOf(sheet);
        return rect ? { sheet, rect } : null;
      },
      nullable
    );
  }

  /** getRange("B2:C5"); without an address, the whole sheet. */
  getRange(address?: string): Range {
    return this.range((sheet) => {
      if (address === undefined) return { row: 0, column: 0, rows: 1048576, columns: 16384 };
      const ref = parseRef(address);
      if (!ref || (ref.sheet !== undefined && !sameSheet(ref.sheet, sheet.name)))
        fail("InvalidArgument", `"${address}" is not a range on ${sheet.name}`);
      return ref.rect;
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): Range {
    return this.range(() => {
      if (rows < 1 || columns < 1 || row < 0 || column < 0)
        fail("InvalidArgument", "bad range indexes");
      return { row, column, rows, columns };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; an empty sheet gives A1 (not an error), as Excel documents. */
  getUsedRange(valuesOnly = false): Range {
    return this.range(
      (s) => s.cells.usedRect(valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.range((s) => s.cells.usedRect(valuesOnly) ?? null, true);
  }

  activate(): void {
    this.invoke("Activate", [], (s) => this.book.activate(s.alive()));
  }

  delete(): void {
    this.invoke("Delete", [], (s) => this.book.deleteSheet(s.alive()));
  }
}
