import type { Lang } from "../core/language";
import { columnLetter } from "../core/sheets/a1";
import type { CellValue } from "../core/sheets/sheet-spec";
import {
  COLUMN_ROLES,
  type ColumnMapping,
  type ColumnRole,
  REQUIRED_ROLES,
} from "../core/table/columns";
import type { CustomerTable, DataProblem, DetectedTable } from "../core/table/customer-types";
import type { KamWorkbook, SourceChoice, SourceData } from "../excel/kam-workbook";
import type { PaneFlow } from "./flow";

/**
 * The header and its mapping. When no row is recognised (names in another language, say), the first
 * row with anything in it is taken as the header with nothing mapped, so the user can still map the
 * columns by hand; undefined only when there is nothing at all.
 */
export function detectTable(flow: PaneFlow, values: CellValue[][]): DetectedTable | undefined {
  const detected = flow.detectColumns(values);
  if (detected) return detected;
  const headerRow = values.findIndex((row) =>
    row.some((cell) => cell !== null && String(cell).trim() !== "")
  );
  if (headerRow < 0) return undefined;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const headers = Array.from({ length: width }, (_, i) => String(values[headerRow][i] ?? ""));
  return { headerRow, headers, mapping: {} };
}

/**
 * The rows as the analysis will read them. Without a header or a required column nothing can be read,
 * and the problems say so; the engine is asked only when there is something to read.
 */
export function readData(
  flow: PaneFlow,
  source: SourceData,
  detected: DetectedTable | undefined,
  lang: Lang
): CustomerTable {
  if (!detected) return { rows: [], problems: [{ kind: "noHeader" }] };
  const missing: DataProblem[] = REQUIRED_ROLES.filter(
    (role) => detected.mapping[role] === undefined
  ).map((role) => ({ kind: "missingRequired", role }));
  if (missing.length > 0) return { rows: [], problems: missing };
  return flow.readCustomers(source, detected, lang);
}

/** The columns of the preview: the required ones, then every optional one that is mapped. */
export function previewRoles(mapping: ColumnMapping): ColumnRole[] {
  return COLUMN_ROLES.filter(
    (role) => REQUIRED_ROLES.includes(role) || mapping[role] !== undefined
  );
}

/** Maps a role to a column (or to none), leaving any other role that had the column without it. */
export function remap(
  mapping: ColumnMapping,
  role: ColumnRole,
  column: number | undefined
): ColumnMapping {
  const next: ColumnMapping = {};
  for (const r of COLUMN_ROLES) {
    if (r === role || mapping[r] === undefined || mapping[r] === column) continue;
    next[r] = mapping[r];
  }
  if (column !== undefined) next[role] = column;
  return next;
}

/** The letter of a column as Excel shows it, from its index within the source. */
export function sheetColumnLetter(source: SourceData, index: number): string {
  return columnLetter(source.firstColumn - 1 + index);
}

/** The same header row with the same names: a mapping made for one fits the other. */
export function sameHeader(a: DetectedTable, b: DetectedTable): boolean {
  return (
    a.headerRow === b.headerRow &&
    a.headers.length === b.headers.length &&
    a.headers.every((header, i) => header === b.headers[i])
  );
}

/** How many other tables and ranges are read when the cursor's region holds no recognisable header. */
const FALLBACK_READS = 5;

/**
 * The source around the cursor, or, when no header is recognised there (the cursor on a title or a
 * note, say), the first table or range of the workbook that has one: those on the cursor's sheet
 * first, tables before ranges. The user can still pick any other source.
 */
export async function detectCustomerSource(
  workbook: KamWorkbook,
  flow: PaneFlow
): Promise<SourceData> {
  const around = await workbook.detectSource();
  if (flow.detectColumns(around.values)) return around;
  const onSheet = (c: SourceChoice) =>
    c.id.startsWith(`${around.sheetName}!`) || c.id.startsWith(`'${around.sheetName}'!`);
  const candidates = (await workbook.listSources())
    .filter((c) => c.id !== around.id)
    .sort(
      (a, b) =>
        Number(onSheet(b)) - Number(onSheet(a)) ||
        Number(b.kind === "table") - Number(a.kind === "table")
    )
    .slice(0, FALLBACK_READS);
  for (const choice of candidates) {
    // One source at a time: the first that has a header ends the search, so later ones are never read.

    const data = await workbook.readSource(choice.id);
    if (flow.detectColumns(data.values)) return data;
  }
  return around;
}
