import { Rect } from "../a1";
import { fail } from "../errors";
import { Scalar } from "./cell-store";
import { checkIdentifier, checkSheetName, sameName } from "./identifiers";
import { CustomPropertyModel, NameModel, RangeRef, TableModel } from "./objects";
import { rewriteSheetReferences } from "./references";
import { SheetModel } from "./sheet-model";

/** Computes a formula's value when it is read; the workbench plugs a formula engine in here. */
export type FormulaEvaluator = (
  formula: string,
  sheet: SheetModel,
  row: number,
  column: number
) => Scalar | undefined;

/** Without an engine a formula reads as an empty value (Excel would compute it). */
const noEngine: FormulaEvaluator = () => undefined;

/** A value as Excel stores it in a custom property, with its DocumentPropertyType. */
function customValue(value: unknown): Pick<CustomPropertyModel, "value" | "type"> {
  if (typeof value === "boolean") return { value, type: "Boolean" };
  if (typeof value === "number")
    return { value, type: Number.isInteger(value) ? "Number" : "Float" };
  if (value instanceof Date) return { value, type: "Date" };
  return { value: String(value ?? ""), type: "String" };
}

/**
 * What an empty cell shows because a formula above or to the left of it spilled an array over it
 * (Excel 365's dynamic arrays); undefined when none did. The workbench's engine plugs in here.
 */
export type SpillReader = (sheet: SheetModel, row: number, column: number) => Scalar | undefined;

/** The workbook itself, without any of the proxy machinery: what the grid of a workbench shows. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readonly tables: TableModel[] = [];
  /** The custom document properties, in the order they were added. */
  readonly customProperties: CustomPropertyModel[] = [];
  selection?: RangeRef;
  activeSheet?: SheetModel;
  evaluate: FormulaEvaluator = noEngine;
  spilled: SpillReader = () => undefined;
  private lastId = 0;

  nextId(prefix: string): string {
    this.lastId += 1;
    return `{${prefix}-${this.lastId}}`;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  requireSheet(name: string): SheetModel {
    return this.sheet(name) ?? fail("ItemNotFound", `no worksheet named "${name}"`);
  }

  private checkFreeName(name: string, except?: SheetModel): void {
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== except)
      fail("ItemAlreadyExists", `a worksheet named "${name}" already exists`);
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.checkFreeName(chosen);
    const sheet = new SheetModel(this.nextId("sheet"), chosen);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activate(sheet);
    return sheet;
  }

  /** Renames a sheet; formulas that name it follow it, as in Excel (='Old'!A5 → ='New'!A5). */
  renameSheet(sheet: SheetModel, name: string): void {
    this.checkFreeName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteReferences(old, { renamedTo: name });
  }

  /**
   * What Excel does to the formulas of every sheet, and to names holding a formula, when a sheet is
   * renamed or deleted. Names that refer to a range hold the sheet itself and need nothing.
   */
  private rewriteReferences(name: string, change: { renamedTo: string } | "deleted"): void {
    const rewrite = (formula: string) => rewriteSheetReferences(formula, name, change);
    for (const sheet of this.sheets) sheet.cells.rewriteFormulas(rewrite);
    for (const item of this.names)
      if (item.formula !== undefined) item.formula = rewrite(item.formula);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      fail("InvalidArgument", `position ${position} is outside 0–${this.sheets.length - 1}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      fail("InvalidOperation", "a workbook must keep at least one visible worksheet");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    // Formulas elsewhere that pointed into it are #REF! for good (='Gone'!A5 → =#REF!A5).
    this.rewriteReferences(sheet.name, "deleted");
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.activeSheet === sheet)
      this.activate(this.sheets[Math.min(index, this.sheets.length - 1)]);
  }

  activate(sheet: SheetModel, rect: Rect = { row: 0, column: 0, rows: 1, columns: 1 }): void {
    this.activeSheet = sheet;
    this.selection = { sheet, rect };
  }

  /** What a cell reads as: its constant, its formula's value, or the part of a spill over it. */
  valueAt(sheet: SheetModel, row: number, column: number): Scalar | undefined {
    const formula = sheet.cells.formula(row, column);
    if (formula !== undefined) return this.evaluate(formula, sheet, row, column);
    const value = sheet.cells.value(row, column);
    return value === undefined || value === ""
      ? (this.spilled(sheet, row, column) ?? value)
      : value;
  }

  /** Defined names and table names share one namespace in Excel. */
  private checkFreeIdentifier(name: string, what: string): void {
    checkIdentifier(name, what);
    if (this.name(name) || this.table(name))
      fail("ItemAlreadyExists", `the name "${name}" is already used`);
  }

  name(name: string): NameModel | undefined {
    return this.names.find((n) => sameName(n.name, name));
  }

  addName(name: string, target: RangeRef | string, comment = ""): NameModel {
    this.checkFreeIdentifier(name, "name");
    const item: NameModel =
      typeof target === "string"
        ? { name, formula: target.startsWith("=") ? target : `=${target}`, visible: true, comment }
        : { name, ref: target, visible: true, comment };
    this.names.push(item);
    return item;
  }

  deleteName(item: NameModel): void {
    this.names.splice(this.names.indexOf(item), 1);
  }

  /** Property keys are case-insensitive, as in Excel. */
  customProperty(key: string): CustomPropertyModel | undefined {
    return this.customProperties.find((p) => p.key.toUpperCase() === key.toUpperCase());
  }

  /**
   * Adds a custom property or sets the value of the one with that key. Keys and text values over 255
   * characters are refused: Excel outside the web trims them silently, which no add-in may rely on.
   */
  setCustomProperty(key: string, value: unknown): CustomPropertyModel {
    if (key.length === 0 || key.length > 255)
      fail("InvalidArgument", `a custom property's key has 1 to 255 characters`);
    const typed = customValue(value);
    if (typeof typed.value === "string" && typed.value.length > 255)
      fail("InvalidArgument", `the value of custom property "${key}" is over 255 characters`);
    const found = this.customProperty(key);
    if (found) return Object.assign(found, typed);
    const property = { key, ...typed };
    this.customProperties.push(property);
    return property;
  }

  deleteCustomProperty(property: CustomPropertyModel): void {
    const at = this.customProperties.indexOf(property);
    if (at >= 0) this.customProperties.splice(at, 1);
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  addTable(table: Omit<TableModel, "id" | "name">, name?: string): TableModel {
    let chosen = name;
    if (chosen === undefined) {
      let n = 1;
      while (this.table(`Table${n}`) || this.name(`Table${n}`)) n++;
      chosen = `Table${n}`;
    }
    this.checkFreeIdentifier(chosen, "table name");
    const created: TableModel = { ...table, id: this.nextId("table"), name: chosen };
    this.tables.push(created);
    return created;
  }

  renameTable(table: TableModel, name: string): void {
    if (sameName(table.name, name)) {
      table.name = name;
      return;
    }
    this.checkFreeIdentifier(name, "table name");
    table.name = name;
  }
}
