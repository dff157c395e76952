import { SheetCell, isFormulaCell } from "../core/sheets/sheet-spec";

/** What one cell of a `values` or `formulas` array carries to Excel. */
export type CellInput = string | number | boolean;

/**
 * Text Excel would read as something else when written: a formula ("=", "+", "-", "@"), a number,
 * date, time or currency (anything starting with a digit), TRUE/FALSE, an error literal ("#N/A"), or
 * text that already starts with the apostrophe Excel would swallow.
 */
const REINTERPRETED = /^(?:[=+\-@'#]|\s*[$€£¥]?\s*[\d.,])|^(?:true|false)$/i;

/**
 * A cell as written through `values`/`formulas`. Excel reads those the way it reads typing: "=…" (and
 * "+…", "-…") becomes a formula and "00123" a number. In a text column ("@") every string stays text;
 * elsewhere a string Excel would reinterpret gets a leading apostrophe, which Excel keeps as text and
 * does not store. Blanks are written as "" (null would leave the cell as it was).
 */
export function cellInput(cell: SheetCell, textColumn: boolean): CellInput {
  if (cell === null || cell === undefined) return "";
  if (isFormulaCell(cell)) return cell.formula;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  if (typeof cell === "boolean") return cell;
  if (textColumn || cell === "") return cell;
  return REINTERPRETED.test(cell) ? `'${cell}` : cell;
}
