import { Rect } from "../a1";

/** What a cell holds: a constant (string, number, boolean) or nothing. Formulas are kept beside it. */
export type Scalar = string | number | boolean;

/** Cell formatting the double keeps; colours are stored as written ("#4472C4", "red"). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  fill?: string;
  horizontal?: string;
  wrap?: boolean;
}

interface Row {
  values: (Scalar | undefined)[];
  formulas?: (string | undefined)[];
  numberFormats?: (string | undefined)[];
  styles?: (CellStyle | undefined)[];
}

/**
 * One sheet's cells, stored by row so 100,000 rows cost 100,000 small arrays rather than a million
 * objects. Columns without a cell are `undefined` holes.
 */
export class CellStore {
  private readonly rows: (Row | undefined)[] = [];

  private row(r: number): Row {
    let row = this.rows[r];
    if (!row) {
      row = { values: [] };
      this.rows[r] = row;
    }
    return row;
  }

  value(r: number, c: number): Scalar | undefined {
    return this.rows[r]?.values[c];
  }

  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.formulas?.[c];
  }

  numberFormat(r: number, c: number): string {
    return this.rows[r]?.numberFormats?.[c] ?? "General";
  }

  style(r: number, c: number): CellStyle {
    return this.rows[r]?.styles?.[c] ?? {};
  }

  /** A constant, or a formula (its value is computed when read), or undefined to empty the cell. */
  setContent(r: number, c: number, value: Scalar | undefined, formula?: string): void {
    const row = this.row(r);
    row.values[c] = value;
    if (formula !== undefined) (row.formulas ??= [])[c] = formula;
    else if (row.formulas) row.formulas[c] = undefined;
  }

  setNumberFormat(r: number, c: number, format: string): void {
    (this.row(r).numberFormats ??= [])[c] = format === "General" ? undefined : format;
  }

  setStyle(r: number, c: number, patch: CellStyle): void {
    const styles = (this.row(r).styles ??= []);
    styles[c] = { ...styles[c], ...patch };
  }

  hasContent(r: number, c: number): boolean {
    const row = this.rows[r];
    if (!row) return false;
    const v = row.values[c];
    return (v !== undefined && v !== "") || row.formulas?.[c] !== undefined;
  }

  private hasAnything(row: Row, c: number): boolean {
    const v = row.values[c];
    return (
      (v !== undefined && v !== "") ||
      row.formulas?.[c] !== undefined ||
      row.numberFormats?.[c] !== undefined ||
      row.styles?.[c] !== undefined
    );
  }

  /** The smallest rectangle holding every used cell (values only, or formats too), or undefined. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      const width = Math.max(
        row.values.length,
        row.formulas?.length ?? 0,
        row.numberFormats?.length ?? 0,
        row.styles?.length ?? 0
      );
      for (let c = 0; c < width; c++) {
        const used = valuesOnly ? this.hasContent(r, c) : this.hasAnything(row, c);
        if (!used) continue;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
    if (top < 0) return undefined;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /**
   * Clears contents, formats or both in a rectangle. Only cells that hold something are visited, so
   * clearing a whole sheet (1,048,576 × 16,384) costs what the sheet holds.
   */
  clear(rect: Rect, what: "all" | "contents" | "formats"): void {
    const lastRow = Math.min(rect.row + rect.rows, this.rows.length);
    for (let r = rect.row; r < lastRow; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const width = Math.max(
        row.values.length,
        row.formulas?.length ?? 0,
        row.numberFormats?.length ?? 0,
        row.styles?.length ?? 0
      );
      const lastColumn = Math.min(rect.column + rect.columns, width);
      for (let c = rect.column; c < lastColumn; c++) {
        if (what !== "formats") {
          row.values[c] = undefined;
          if (row.formulas) row.formulas[c] = undefined;
        }
        if (what !== "contents") {
          if (row.numberFormats) row.numberFormats[c] = undefined;
          if (row.styles) row.styles[c] = undefined;
        }
      }
    }
  }

  /** Every cell with a style of its own, row by row. */
  forEachStyle(visit: (r: number, c: number, style: CellStyle) => void): void {
    this.rows.forEach((row, r) =>
      row?.styles?.forEach((style, c) => (style ? visit(r, c, style) : undefined))
    );
  }

  /** Calls `visit` with every formula cell, top to bottom and left to right. */
  forEachFormula(visit: (r: number, c: number, formula: string) => void): void {
    this.rows.forEach((row, r) =>
      row?.formulas?.forEach((formula, c) => {
        if (formula !== undefined) visit(r, c, formula);
      })
    );
  }

  /** Replaces every formula by what `rewrite` makes of it (Excel updating references). */
  rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const row of this.rows) {
      const formulas = row?.formulas;
      if (!formulas) continue;
      for (let c = 0; c < formulas.length; c++) {
        const formula = formulas[c];
        if (formula !== undefined) formulas[c] = rewrite(formula);
      }
    }
  }
}
