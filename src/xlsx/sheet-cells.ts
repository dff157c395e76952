import { parseAddress, parseRange } from "../core/sheets/a1";
import {
  type CellValue,
  type RangeFormat,
  type SheetCell,
  type SheetSpec,
  isFormulaCell,
  tableColumnBody,
} from "../core/sheets/sheet-spec";
import { type CellLook, lookOf } from "./package-styles";

/**
 * A spec's cells by sheet row, without copying them: each row lists the block rows that start on it.
 * Blocks of the add-in's sheets never overlap, so a cell is found in at most one of them.
 */
export interface RowSource {
  cells: readonly SheetCell[];
  col: number;
}

export class SpecCells {
  /** rows[r]: the block rows on sheet row r (zero-based). */
  readonly rows: (RowSource[] | undefined)[] = [];
  lastRow = -1;
  lastCol = -1;

  constructor(spec: SheetSpec) {
    for (const block of spec.blocks) {
      const at = parseAddress(block.at);
      block.rows.forEach((cells, i) => {
        const r = at.row + i;
        (this.rows[r] ??= []).push({ cells, col: at.col });
        if (cells.length > 0) {
          this.lastRow = Math.max(this.lastRow, r);
          this.lastCol = Math.max(this.lastCol, at.col + cells.length - 1);
        }
      });
    }
  }

  cell(row: number, col: number): SheetCell | undefined {
    for (const source of this.rows[row] ?? []) {
      const cell = source.cells[col - source.col];
      if (col >= source.col && cell !== undefined) return cell;
    }
    return undefined;
  }

  /** What a reader that does not recalculate sees: a formula's figure, or the value. */
  value(row: number, col: number): CellValue {
    const cell = this.cell(row, col);
    if (cell === undefined || cell === null) return null;
    if (isFormulaCell(cell)) return cell.value ?? null;
    return cell;
  }

  /** The values of a range, row by row then column by column (a chart's series). */
  values(ref: string): CellValue[] {
    const { start, end } = parseRange(ref);
    const out: CellValue[] = [];
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.col; c <= end.col; c++) out.push(this.value(r, c));
    return out;
  }
}

interface AreaLook {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  look: CellLook;
}

/**
 * The look of every cell the spec formats, as Excel would have it after each RangeFormat was applied
 * in order. Rows under the same formats share one answer, so 100,000 rows cost one lookup each. The
 * text columns' "@" is not in it: it goes on the cells the blocks write, not on every formatted cell
 * (see textLook), as the pane's writer puts it.
 */
export class SpecLooks {
  private readonly areas: AreaLook[];
  private readonly textColumns: Set<number>;
  private readonly byRow = new Map<string, Map<number, CellLook>>();
  readonly lastRow: number;

  constructor(spec: SheetSpec) {
    this.textColumns = new Set((spec.columns ?? []).filter((c) => c.text).map((c) => c.index));
    // A table column's format covers its data rows as a range format would.
    const tableFormats: RangeFormat[] = (spec.tables ?? []).flatMap((t) =>
      (t.columnFormats ?? []).map((f) => ({
        ref: tableColumnBody(t, f.column),
        numberFormat: f.numberFormat,
      }))
    );
    this.areas = [...tableFormats, ...(spec.formats ?? [])].map((f) => {
      const { start, end } = parseRange(f.ref);
      return { r0: start.row, r1: end.row, c0: start.col, c1: end.col, look: lookOf(f) };
    });
    this.lastRow = Math.max(-1, ...this.areas.map((a) => a.r1));
  }

  /** Column → look for the formatted cells of a row (text columns count only where there are cells). */
  row(r: number): Map<number, CellLook> {
    let key = "";
    for (let i = 0; i < this.areas.length; i++) {
      const a = this.areas[i];
      if (r >= a.r0 && r <= a.r1) key += `${i},`;
    }
    let looks = this.byRow.get(key);
    if (looks) return looks;
    looks = new Map<number, CellLook>();
    for (const i of key.split(",").filter(Boolean).map(Number)) {
      const a = this.areas[i];
      for (let c = a.c0; c <= a.c1; c++) {
        looks.set(c, { ...looks.get(c), ...a.look });
      }
    }
    this.byRow.set(key, looks);
    return looks;
  }

  isText(col: number): boolean {
    return this.textColumns.has(col);
  }
}

/**
 * A text column's "@" under a cell's look, by the rule both writers follow (src/excel/block-plan.ts):
 * "@" goes on the cells a block writes in a text column, blank ones too, before the formats, so a
 * format's own number format wins; never on a formula cell (Excel keeps a formula typed into an "@"
 * cell as text), nor on a cell no block writes.
 */
export function textLook(look: CellLook | undefined): CellLook {
  return { numberFormat: "@", ...look };
}
