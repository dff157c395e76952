import { CellStyle } from "../model/cell-store";
import { displayText } from "../model/display";
import { RangeRef } from "../model/objects";
import { uniform } from "../model/range-data";
import { intersection } from "../model/region";
import { ClientObject } from "./client-object";
import type { RangeProperties as Range } from "./range-properties";

type StyleKey = keyof CellStyle;

/** Shared by the format, font and fill proxies: they read and write cell styles of their range. */
abstract class StyleProxy extends ClientObject<RangeRef> {
  /** Property name → the cell style it maps to. */
  protected abstract readonly styleKeys: Record<string, StyleKey>;

  constructor(protected readonly range: Range) {
    super(range.context, () => range.resolveOrNull());
  }

  protected read(ref: RangeRef, property: string): unknown {
    const key = this.styleKeys[property];
    return key ? uniform(ref.rect, (r, c) => ref.sheet.cells.style(r, c)[key] ?? null) : undefined;
  }

  protected writeStyle(property: string, value: unknown): void {
    const key = this.styleKeys[property];
    this.write(property, value, (ref) => {
      const { sheet, rect } = this.range.live(ref);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.column; c < rect.column + rect.columns; c++)
          sheet.cells.setStyle(r, c, { [key]: value });
    });
  }
}

export class RangeFont extends StyleProxy {
  protected readonly typeName = "RangeFont";
  protected readonly styleKeys: Record<string, StyleKey> = {
    bold: "bold",
    italic: "italic",
    size: "fontSize",
    color: "fontColor",
    name: "fontName",
  };
  protected readonly scalars = Object.keys(this.styleKeys);

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(v: boolean) {
    this.writeStyle("bold", v);
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(v: boolean) {
    this.writeStyle("italic", v);
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(v: number) {
    this.writeStyle("size", v);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.writeStyle("color", v);
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.writeStyle("name", v);
  }
}

export class RangeFill extends StyleProxy {
  protected readonly typeName = "RangeFill";
  protected readonly styleKeys: Record<string, StyleKey> = { color: "fill" };
  protected readonly scalars = ["color"];

  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.writeStyle("color", v);
  }
  clear(): void {
    this.writeStyle("color", undefined);
  }
}

/** Points for a width in characters of the default font: 7 pixels a character plus 5 of padding. */
function pointsForCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

export class RangeFormat extends StyleProxy {
  protected readonly typeName = "RangeFormat";
  protected readonly styleKeys: Record<string, StyleKey> = {
    horizontalAlignment: "horizontal",
    wrapText: "wrap",
  };
  protected readonly scalars = ["horizontalAlignment", "wrapText", "columnWidth"];
  private fontProxy?: RangeFont;
  private fillProxy?: RangeFill;

  get font(): RangeFont {
    return (this.fontProxy ??= new RangeFont(this.range));
  }
  get fill(): RangeFill {
    return (this.fillProxy ??= new RangeFill(this.range));
  }

  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.writeStyle("horizontalAlignment", v);
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(v: boolean) {
    this.writeStyle("wrapText", v);
  }

  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (ref) => {
      const { sheet, rect } = this.range.live(ref);
      for (let c = rect.column; c < rect.column + rect.columns; c++)
        sheet.columnWidths.set(c, points);
    });
  }

  protected read(ref: RangeRef, property: string): unknown {
    if (property !== "columnWidth") return super.read(ref, property);
    return uniform({ ...ref.rect, row: 0, rows: 1 }, (_r, c) => ref.sheet.columnWidth(c));
  }

  protected navigate(property: string): ClientObject<unknown> | undefined {
    if (property === "font") return this.font as ClientObject<unknown>;
    if (property === "fill") return this.fill as ClientObject<unknown>;
    return undefined;
  }

  /** Widths to fit the longest text shown in each column of the range's used part. */
  autofitColumns(): void {
    this.invoke("AutofitColumns", [], (ref) => {
      const { sheet, rect } = this.range.live(ref);
      const used = sheet.cells.usedRect(true);
      const area = used && intersection(used, { ...rect, row: 0, rows: 1048576 });
      for (let c = rect.column; c < rect.column + rect.columns; c++) {
        let longest = 0;
        if (area)
          for (let r = area.row; r < area.row + area.rows; r++) {
            const value = this.context.host.model.valueAt(sheet, r, c);
            longest = Math.max(longest, displayText(value, sheet.cells.numberFormat(r, c)).length);
          }
        sheet.columnWidths.set(c, pointsForCharacters(Math.max(longest, 8.43)));
      }
    });
  }

  autofitRows(): void {
    this.invoke("AutofitRows", [], () => undefined);
  }
}
