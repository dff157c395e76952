import { parseAddress, parseRange } from "../../../src/core/sheets/a1";
import { CellValue, SheetSpec, isFormulaCell } from "../../../src/core/sheets/sheet-spec";

/** Does a ref lie inside another ("B5" inside "A4:C16")? */
export function within(inner: string, outer: string): boolean {
  const a = parseRange(inner);
  const b = parseRange(outer);
  return (
    a.start.row >= b.start.row &&
    a.end.row <= b.end.row &&
    a.start.col >= b.start.col &&
    a.end.col <= b.end.col
  );
}

/** Every cell the spec writes, with its position; plain values only (formula cells come as they are). */
export function* cellsOf(
  spec: SheetSpec
): Generator<{
  row: number;
  col: number;
  cell: SheetSpec["blocks"][number]["rows"][number][number];
}> {
  for (const block of spec.blocks) {
    const at = parseAddress(block.at);
    for (let r = 0; r < block.rows.length; r++)
      for (let c = 0; c < block.rows[r].length; c++)
        yield { row: at.row + r, col: at.col + c, cell: block.rows[r][c] };
  }
}

/** Strings outside text columns that Excel would read as something other than the text written. */
export function riskyStrings(spec: SheetSpec): string[] {
  const textColumns = new Set((spec.columns ?? []).filter((c) => c.text).map((c) => c.index));
  const risky: string[] = [];
  for (const { col, cell } of cellsOf(spec)) {
    if (typeof cell !== "string" || textColumns.has(col)) continue;
    if (/^[=+\-@']/.test(cell) || (cell.trim() !== "" && !Number.isNaN(Number(cell))))
      risky.push(cell);
  }
  return risky;
}

export function formulasOf(
  spec: SheetSpec
): { ref: string; formula: string; value: CellValue | undefined }[] {
  const out: { ref: string; formula: string; value: CellValue | undefined }[] = [];
  for (const { row, col, cell } of cellsOf(spec))
    if (isFormulaCell(cell))
      out.push({ ref: `${row},${col}`, formula: cell.formula, value: cell.value });
  return out;
}
