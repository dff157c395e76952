import { rangeAddress, parseAddress } from "../core/sheets/a1";
import { CellBlock, SheetCell, SheetSpec, isFormulaCell } from "../core/sheets/sheet-spec";
import { CellInput, cellInput } from "./cell-input";
import { WRITE_BUDGET_BYTES, jsonSize } from "./limits";
import { ACTION_BYTES } from "./request-budget";

/** One 2-D write: number formats, or cell contents through `values` or `formulas`. */
export interface RangeWrite {
  address: string;
  property: "numberFormat" | "values" | "formulas";
  data: CellInput[][];
}

/** What one request (one sync) writes: text formats first, then contents; and how big it is. */
export interface WriteRequest {
  writes: RangeWrite[];
  bytes: number;
  /** Spec rows it writes, for progress. */
  rows: number;
}

interface PlannedRow {
  cells: CellInput[];
  formulas?: boolean[];
}

interface Chunk {
  top: number;
  left: number;
  width: number;
  rows: PlannedRow[];
}

const TEXT = "@";

/** Maximal runs of consecutive indexes where `keep` holds, as [first, last] pairs. */
function runs(count: number, keep: (i: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (!keep(i)) continue;
    const start = i;
    while (i + 1 < count && keep(i + 1)) i++;
    out.push([start, i]);
  }
  return out;
}

/**
 * A chunk's writes: "@" on its text-column cells (not on formula cells, which must stay formulas),
 * then its columns grouped into runs written through `values` (no formulas) or `formulas`.
 */
function chunkWrites(chunk: Chunk, textColumns: ReadonlySet<number>): RangeWrite[] {
  const { top, left, width, rows } = chunk;
  const bottom = top + rows.length - 1;
  const isFormula = (r: number, c: number) => rows[r].formulas?.[c] === true;
  const writes: RangeWrite[] = [];
  for (let c = 0; c < width; c++) {
    if (!textColumns.has(left + c)) continue;
    for (const [r0, r1] of runs(rows.length, (r) => !isFormula(r, c)))
      writes.push({
        address: rangeAddress(top + r0, left + c, top + r1, left + c),
        property: "numberFormat",
        data: Array.from({ length: r1 - r0 + 1 }, () => [TEXT]),
      });
  }
  const formulaColumn = Array.from({ length: width }, (_, c) =>
    rows.some((_row, r) => isFormula(r, c))
  );
  for (const kind of [false, true])
    for (const [c0, c1] of runs(width, (c) => formulaColumn[c] === kind))
      writes.push({
        address: rangeAddress(top, left + c0, bottom, left + c1),
        property: kind ? "formulas" : "values",
        data: rows.map((row) =>
          c0 === 0 && c1 === width - 1 ? row.cells : row.cells.slice(c0, c1 + 1)
        ),
      });
  return writes;
}

function planRow(
  cells: readonly SheetCell[],
  width: number,
  left: number,
  textColumns: ReadonlySet<number>
): PlannedRow {
  const planned: PlannedRow = { cells: new Array(width) };
  for (let c = 0; c < width; c++) {
    const cell = cells[c] ?? null;
    planned.cells[c] = cellInput(cell, textColumns.has(left + c));
    if (isFormulaCell(cell)) (planned.formulas ??= new Array(width).fill(false))[c] = true;
  }
  return planned;
}

function blockWidth(block: CellBlock): number {
  return block.rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/**
 * The requests that write a spec's blocks, in order, each planned to stay under `budget` bytes of
 * JSON: consecutive rows share a request until the next row would not fit, small blocks share a
 * request with the next, and a request never splits a row. Generated one request at a time, so a
 * 100,000-row sheet is never held twice in memory.
 */
export function* writeRequests(
  spec: SheetSpec,
  budget: number = WRITE_BUDGET_BYTES
): Generator<WriteRequest> {
  const textColumns = new Set((spec.columns ?? []).filter((c) => c.text).map((c) => c.index));
  let chunks: Chunk[] = [];
  let bytes = 0;
  let rows = 0;
  const finish = (): WriteRequest => {
    const request = {
      writes: chunks.flatMap((chunk) => chunkWrites(chunk, textColumns)),
      bytes,
      rows,
    };
    chunks = [];
    bytes = 0;
    rows = 0;
    return request;
  };
  for (const block of spec.blocks) {
    const width = blockWidth(block);
    if (width === 0) continue;
    const origin = parseAddress(block.at);
    const texts = Array.from({ length: width }, (_, c) => textColumns.has(origin.col + c)).filter(
      Boolean
    ).length;
    let chunk: Chunk | undefined;
    for (let r = 0; r < block.rows.length; r++) {
      const row = planRow(block.rows[r], width, origin.col, textColumns);
      const rowBytes = jsonSize(row.cells) + texts * 6 + 1;
      if (bytes > 0 && bytes + rowBytes > budget) {
        yield finish();
        chunk = undefined;
      }
      if (!chunk) {
        chunk = { top: origin.row + r, left: origin.col, width, rows: [] };
        chunks.push(chunk);
        bytes += ACTION_BYTES * (2 + texts);
      }
      chunk.rows.push(row);
      bytes += rowBytes;
      rows++;
    }
  }
  if (chunks.length > 0) yield finish();
}

/** Every spec row, for progress. */
export function specRows(spec: SheetSpec): number {
  return spec.blocks.reduce((sum, block) => sum + block.rows.length, 0);
}
