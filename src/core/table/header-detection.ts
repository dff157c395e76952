import { COLUMN_ROLES, ColumnMapping, ColumnRole } from "./columns";
import { CellValue, DetectedTable } from "./customer-types";
import { findAgingColumns } from "./aging-headers";
import { findCategoryColumns } from "./category-headers";
import { matchHeader } from "./header-match";

/** How far down the header may be: title rows, dates and blank rows often sit above it. */
export const HEADER_SEARCH_ROWS = 10;

interface Candidate {
  column: number;
  role: ColumnRole;
  score: number;
  exact: boolean;
}

interface RowMapping {
  mapping: ColumnMapping;
  roles: number;
  exact: number;
}

/** Only text can be a column name; a blank (often the rest of a merged cell) names nothing. */
function headerText(cell: CellValue | undefined): string {
  return typeof cell === "string" ? cell : "";
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;

/**
 * "2023 sales" beside "2024 sales": the latest year is the sales, the year before it the prior
 * period. Applies only when no column is named as the prior period outright (that one would win anyway).
 */
function preferLatestYear(row: readonly CellValue[], candidates: Candidate[]): void {
  const years: { year: number; sales: Candidate }[] = [];
  const firstByColumn = new Map<number, Candidate>();
  for (const c of candidates) if (!firstByColumn.has(c.column)) firstByColumn.set(c.column, c);
  for (const [column, best] of firstByColumn) {
    const year = YEAR.exec(headerText(row[column]));
    if (best.role === "sales" && year) years.push({ year: Number(year[1]), sales: best });
  }
  years.sort((a, b) => b.year - a.year);
  if (years.length < 2 || years[0].year === years[1].year) return;
  years[0].sales.score += 0.5;
  const prior = years[1].sales;
  candidates.push({ ...prior, role: "priorSales", score: prior.score + 0.5 });
}

/**
 * Gives each role its best column, best match first: an exact name beats a partial one and a longer
 * synonym a shorter one, so "Days overdue" is days overdue even though it also contains "overdue".
 * A column gets at most one role and a role at most one column; ties go to the leftmost column.
 */
function mapRow(row: readonly CellValue[]): RowMapping {
  const candidates: Candidate[] = [];
  // Aging buckets ("Overdue 1-30 days") are not the overdue column their words may suggest.
  const aging = new Set(findAgingColumns(row).map((a) => a.column));
  // So are a wide ledger's category columns ("Insecticide sales" is not the sales column).
  for (const c of findCategoryColumns(row)) aging.add(c.column);
  row.forEach((cell, column) => {
    if (aging.has(column)) return;
    for (const m of matchHeader(headerText(cell))) candidates.push({ column, ...m });
  });
  preferLatestYear(row, candidates);
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.column - b.column ||
      COLUMN_ROLES.indexOf(a.role) - COLUMN_ROLES.indexOf(b.role)
  );
  const chosen = new Map<ColumnRole, number>();
  const usedColumns = new Set<number>();
  let exact = 0;
  for (const c of candidates) {
    if (chosen.has(c.role) || usedColumns.has(c.column)) continue;
    chosen.set(c.role, c.column);
    usedColumns.add(c.column);
    if (c.exact) exact++;
  }
  const mapping: ColumnMapping = {};
  for (const role of COLUMN_ROLES) if (chosen.has(role)) mapping[role] = chosen.get(role);
  return { mapping, roles: chosen.size, exact };
}

/**
 * Finds the header row among the first rows and maps its columns to roles by their names, in English
 * or Chinese. The header is the row that names the most roles, and it must name an account and a
 * sales column; on a tie the row with more exact names wins, then the higher row.
 * Undefined when no row qualifies.
 */
export function detectColumns(values: CellValue[][]): DetectedTable | undefined {
  let found: { headerRow: number; best: RowMapping } | undefined;
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let headerRow = 0; headerRow < last; headerRow++) {
    const candidate = mapRow(values[headerRow] ?? []);
    const { mapping } = candidate;
    if (mapping.account === undefined || mapping.sales === undefined) continue;
    if (
      !found ||
      candidate.roles > found.best.roles ||
      (candidate.roles === found.best.roles && candidate.exact > found.best.exact)
    )
      found = { headerRow, best: candidate };
  }
  if (!found) return undefined;
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const headerCells = values[found.headerRow];
  const headers = Array.from({ length: width }, (_, i) => cellText(headerCells[i]));
  const aging = findAgingColumns(headerCells);
  // A ledger with a category column is long (one row per account and category): no wide columns then.
  const categories =
    found.best.mapping.category === undefined ? findCategoryColumns(headerCells) : [];
  return {
    headerRow: found.headerRow,
    headers,
    mapping: found.best.mapping,
    ...(aging.length > 0 ? { aging } : {}),
    ...(categories.length > 0 ? { categories } : {}),
  };
}

function cellText(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell);
}
