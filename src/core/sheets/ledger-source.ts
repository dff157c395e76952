import type { DetectedTable } from "../table/customer-types";
import { columnLetter, sheetReference } from "./a1";
import type { CellValue } from "./sheet-spec";

/**
 * Where the ledger's credit figures sit in the user's sheet, so the KAM Credit sheet can point at
 * them: its limit, balance, overdue, aging and credit-sales cells are then formulas over the source
 * table, and editing the ledger updates KAM Credit.
 */
export interface LedgerSource {
  sheetName: string;
  /** The sheet column (zero-based, A = 0) of each figure the table has. */
  columns: Partial<Record<LedgerField, number>>;
  /** The sheet columns of the aging buckets, left to right. */
  aging: readonly number[];
  /** What a cell (1-based sheet row, zero-based column) holds, as a spreadsheet would add it up. */
  cell(row: number, column: number): "number" | "blank" | "other";
}

export type LedgerField = "creditLimit" | "balance" | "overdue" | "creditSales" | "sales";

const FIELDS: readonly LedgerField[] = [
  "creditLimit",
  "balance",
  "overdue",
  "creditSales",
  "sales",
];

/**
 * A ledger's source from the values the analysis read: `values[0][0]` is the sheet cell at
 * `firstRow` (1-based) and `firstColumn` (1-based), as the pane and the command line read them.
 */
export function ledgerSource(
  sheetName: string,
  detected: Pick<DetectedTable, "mapping" | "aging">,
  values: readonly (readonly CellValue[])[],
  firstRow = 1,
  firstColumn = 1
): LedgerSource {
  const columns: Partial<Record<LedgerField, number>> = {};
  for (const field of FIELDS) {
    const index = detected.mapping[field];
    if (index !== undefined) columns[field] = firstColumn - 1 + index;
  }
  const aging = (detected.aging ?? []).map((a) => firstColumn - 1 + a.column);
  // What each cell of the ledger's columns holds, a byte per cell, so the source keeps none of the
  // values (the command line lets the workbook it read go before it writes).
  const KINDS = ["blank", "number", "other"] as const;
  const kinds = new Map<number, Uint8Array>();
  for (const column of new Set([...Object.values(columns), ...aging])) {
    const kind = new Uint8Array(values.length);
    values.forEach((row, r) => {
      const value = row[column - (firstColumn - 1)];
      kind[r] =
        value === null || value === undefined || value === ""
          ? 0
          : typeof value === "number" && Number.isFinite(value)
            ? 1
            : 2;
    });
    kinds.set(column, kind);
  }
  return {
    sheetName,
    columns,
    aging,
    cell: (row, column) => KINDS[kinds.get(column)?.[row - firstRow] ?? 0],
  };
}

/**
 * More accounts than this, and KAM Credit writes the ledger's figures as values (the engine's, with a
 * note on the sheet saying so) instead of formulas over the user's table: nine cross-sheet formulas an
 * account make about a million at 100,000 accounts, slow to write and slow to open in Excel, WPS and
 * LibreOffice. The command line and the task pane both go through creditSheet, which applies it.
 */
export const LEDGER_FORMULAS_MAX_ACCOUNTS = 10_000;

/** More source rows than this for one account, and its cell keeps the engine's value. */
const MAX_REFERENCES = 30;

/**
 * The formula that adds up one figure of an account from its rows in the source sheet — `='Ledger'!D5`,
 * or `=SUM('Ledger'!D5,'Ledger'!D9)` for an account on several rows — or undefined where a spreadsheet
 * would not read the cells as the engine did: a cell holding text ("1,200" is a number to the engine,
 * text to SUM), every cell blank (the engine then has no figure, or falls back to another), or more
 * than 30 rows.
 */
export function ledgerFormula(
  source: LedgerSource | undefined,
  column: number | undefined,
  rows: readonly number[]
): string | undefined {
  if (!source || column === undefined || rows.length === 0 || rows.length > MAX_REFERENCES)
    return undefined;
  const kinds = rows.map((row) => source.cell(row, column));
  if (kinds.includes("other") || !kinds.includes("number")) return undefined;
  const refs = rows.map((row) => sheetReference(source.sheetName, `${columnLetter(column)}${row}`));
  return refs.length === 1 ? refs[0] : `SUM(${refs.join(",")})`;
}
