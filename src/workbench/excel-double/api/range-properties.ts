import { MAX_COLUMNS, MAX_ROWS, cellCount, sheetAddress } from "../a1";
import { Scalar } from "../model/cell-store";
import { RangeRef } from "../model/objects";
import * as data from "../model/range-data";
import { ClientObject } from "./client-object";
import type { RequestContext } from "./context";
import { ConditionalFormatCollection } from "./conditional-formats";
import { DataValidation } from "./data-validation";
import { RangeFormat } from "./range-format";
import { Worksheet } from "./worksheet";

const SCALARS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "valueTypes",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "isEntireColumn",
  "isEntireRow",
  "rowHidden",
] as const;

/** Excel.Range's properties: what load() reads and what setters queue. Methods are in range.ts. */
export abstract class RangeProperties extends ClientObject<RangeRef> {
  protected readonly typeName = "Range";
  protected readonly scalars: readonly string[] = SCALARS;
  private formatProxy?: RangeFormat;
  private validationProxy?: DataValidation;
  private formatsProxy?: ConditionalFormatCollection;
  private sheetProxy?: Worksheet;

  constructor(context: RequestContext, resolver: () => RangeRef | null, nullable = false) {
    super(context, resolver, nullable);
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.loaded("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.loaded("isEntireRow");
  }
  /** ExcelApi 1.2: true when every row is hidden, false when none is, null when some are. */
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }
  set rowHidden(hidden: boolean) {
    this.write("rowHidden", hidden, (ref) => {
      const { sheet, rect } = this.live(ref);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
    });
  }

  get values(): Scalar[][] {
    return this.loaded("values");
  }
  set values(v: unknown) {
    this.write("values", v, (ref) => this.contentsChanged(this.live(ref), v, "values"));
  }
  get formulas(): Scalar[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown) {
    this.write("formulas", v, (ref) => this.contentsChanged(this.live(ref), v, "formulas"));
  }
  /** Writes the cells; the sheet's onChanged handlers are told, as Excel tells them. */
  private contentsChanged(ref: RangeRef, v: unknown, property: string): void {
    data.writeContents(ref, v, property);
    this.context.host.cellsChanged(ref.sheet, ref.rect, "ThisLocalAddin");
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.write("numberFormat", v, (ref) => data.writeNumberFormats(this.live(ref), v));
  }

  set hyperlink(link: {
    address?: string;
    documentReference?: string;
    screenTip?: string;
    textToDisplay?: string;
  }) {
    this.write("hyperlink", link, (ref) => {
      const { sheet, rect } = this.live(ref);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.column; c < rect.column + rect.columns; c++) {
          sheet.hyperlinks.set(`${r},${c}`, { ...link });
          if (link.textToDisplay !== undefined) sheet.cells.setContent(r, c, link.textToDisplay);
        }
    });
  }

  get format(): RangeFormat {
    return (this.formatProxy ??= new RangeFormat(this));
  }
  get dataValidation(): DataValidation {
    return (this.validationProxy ??= new DataValidation(this));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.formatsProxy ??= new ConditionalFormatCollection(this));
  }
  get worksheet(): Worksheet {
    return (this.sheetProxy ??= new Worksheet(this.context, () => this.model().sheet));
  }

  protected get book() {
    return this.context.host.model;
  }

  /** The range's model, failing if its sheet has been deleted since. */
  live(ref: RangeRef): RangeRef {
    ref.sheet.alive();
    return ref;
  }

  protected read(ref: RangeRef, property: string): unknown {
    const { rect } = ref;
    const limit = this.context.host.limits.readCells;
    switch (property) {
      case "address":
      case "addressLocal":
        return sheetAddress(ref.sheet.name, rect);
      case "values":
        data.checkReadable(ref, limit);
        return data.readValues(this.book, ref);
      case "formulas":
        data.checkReadable(ref, limit);
        return data.readFormulas(ref);
      case "numberFormat":
        data.checkReadable(ref, limit);
        return data.readNumberFormats(ref);
      case "text":
        data.checkReadable(ref, limit);
        return data.readText(this.book, ref);
      case "valueTypes":
        data.checkReadable(ref, limit);
        return data.readValueTypes(this.book, ref);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.columns;
      case "cellCount":
        return cellCount(rect);
      case "isEntireColumn":
        return rect.rows === MAX_ROWS;
      case "isEntireRow":
        return rect.columns === MAX_COLUMNS;
      case "rowHidden": {
        let hidden = 0;
        ref.sheet.hiddenRows.forEach(
          (r) => (hidden += r >= rect.row && r < rect.row + rect.rows ? 1 : 0)
        );
        return hidden === 0 ? false : hidden === rect.rows ? true : null;
      }
      default:
        return undefined;
    }
  }

  protected navigate(property: string): ClientObject<unknown> | undefined {
    if (property === "format") return this.format as ClientObject<unknown>;
    if (property === "worksheet") return this.worksheet as ClientObject<unknown>;
    if (property === "dataValidation") return this.dataValidation as ClientObject<unknown>;
    return undefined;
  }
}
