/* global CustomFunctions */
import { KamError, KamErrorCode, isKamError } from "../core/errors";
import { OutCell, OutGrid } from "../core/formulas/grid";
import { words } from "../core/language";
import { displayLanguage } from "./display-language";

const EXCEL_ERROR: Record<KamErrorCode, () => CustomFunctions.ErrorCode> = {
  value: () => CustomFunctions.ErrorCode.invalidValue,
  div0: () => CustomFunctions.ErrorCode.divisionByZero,
  num: () => CustomFunctions.ErrorCode.invalidNumber,
  na: () => CustomFunctions.ErrorCode.notAvailable,
};

/** The Excel error for a core error, with its message for Excel's error tooltip in Excel's language. */
export function toExcelError(error: KamError): CustomFunctions.Error {
  return new CustomFunctions.Error(EXCEL_ERROR[error.code](), error.messageIn(displayLanguage()));
}

/**
 * Anything that is not a KamError is a bug of ours; the user still gets an Excel error rather than
 * a hung or wrong cell, and the message says what went wrong.
 */
function unexpected(e: unknown): CustomFunctions.Error {
  const message = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    words(displayLanguage()).engineErrors.internalError(message)
  );
}

/** One result cell as Excel may show it: never NaN or Infinity, errors as Excel errors. */
export function toExcelCell(cell: OutCell): number | string | boolean | CustomFunctions.Error {
  if (isKamError(cell)) return toExcelError(cell);
  if (typeof cell === "number" && !Number.isFinite(cell))
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidNumber,
      words(displayLanguage()).engineErrors.notFinite
    );
  return cell;
}

/** Runs a formula; an error for the whole formula is thrown as a CustomFunctions.Error, as Excel expects. */
export function excelScalar(compute: () => OutCell): number | string | boolean {
  let result: ReturnType<typeof toExcelCell>;
  try {
    result = toExcelCell(compute());
  } catch (e) {
    throw isKamError(e) ? toExcelError(e) : unexpected(e);
  }
  if (result instanceof CustomFunctions.Error) throw result;
  return result;
}

/** Runs a formula that spills; errors in single cells stay in their cells. */
export function excelGrid(
  compute: () => OutGrid
): (number | string | boolean | CustomFunctions.Error)[][] {
  let grid: OutGrid;
  try {
    grid = compute();
  } catch (e) {
    throw isKamError(e) ? toExcelError(e) : unexpected(e);
  }
  // Converted in place: a spill can be a million rows, and a second copy of it would double the garbage.
  // Only the cells that change are written: most are plain text, booleans or finite numbers.
  const out = grid as unknown as ReturnType<typeof toExcelCell>[][];
  for (let r = 0; r < out.length; r++) {
    const row = out[r];
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (typeof cell === "object" || (typeof cell === "number" && !Number.isFinite(cell)))
        row[i] = toExcelCell(cell as OutCell);
    }
  }
  return out;
}
