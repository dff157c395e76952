import { DEFAULT_LANG, Lang } from "../language";
import { unnamedAccount } from "../tier-columns";
import { AgingColumn } from "./aging-headers";
import { CategoryColumn } from "./category-headers";
import { stageOf } from "./stage-text";
import { ColumnMapping, REQUIRED_ROLES } from "./columns";
import { CellValue, CustomerRow, CustomerTable, DetectedTable } from "./customer-types";
import { totalLabel } from "./header-match";
import { readNumberCell } from "./numeric-text";
import { ProblemLog } from "./problem-log";

type NumberRole =
  | "priorSales"
  | "creditLimit"
  | "balance"
  | "overdue"
  | "daysOverdue"
  | "terms"
  | "creditSales"
  | "philosophy"
  | "tenure"
  | "potential"
  | "area";
type TextRole = "region" | "location" | "shoppers";

const NUMBER_ROLES: readonly NumberRole[] = [
  "priorSales",
  "creditLimit",
  "balance",
  "overdue",
  "daysOverdue",
  "terms",
  "creditSales",
  "philosophy",
  "tenure",
  "potential",
  "area",
];
const TEXT_ROLES: readonly TextRole[] = ["region", "location", "shoppers"];

/** Figures that cannot be negative: the credit checks reject them. A negative balance is a credit in the customer's favour. */
const NON_NEGATIVE: ReadonlySet<NumberRole> = new Set([
  "creditLimit",
  "overdue",
  "daysOverdue",
  "terms",
  "creditSales",
  "tenure",
  "potential",
  "area",
]);

/** Text of a cell, trimmed; undefined when blank. Numbers (customer codes) become their text. */
function textAt(cells: readonly CellValue[], column: number | undefined): string | undefined {
  if (column === undefined) return undefined;
  const cell = cells[column];
  if (cell === null || cell === undefined) return undefined;
  const text = String(cell).trim();
  return text === "" ? undefined : text;
}

/** The optional figures of one row; a cell that is not a usable figure is reported and left blank. */
function readFigures(
  customer: CustomerRow,
  cells: readonly CellValue[],
  mapping: ColumnMapping,
  log: ProblemLog
): void {
  for (const role of NUMBER_ROLES) {
    const column = mapping[role];
    if (column === undefined) continue;
    const cell = readNumberCell(cells[column]);
    if (cell.kind === "blank") continue;
    if (cell.kind === "text" || (NON_NEGATIVE.has(role) && cell.value < 0)) {
      log.badNumber(role, customer.sheetRow);
    } else if (role === "philosophy" && !(cell.value >= 1 && cell.value <= 5)) {
      log.add("badPhilosophy", customer.sheetRow);
    } else {
      customer[role] = cell.value;
    }
  }
  for (const role of TEXT_ROLES) {
    const text = textAt(cells, mapping[role]);
    if (text !== undefined) customer[role] = text;
  }
  // A stage that names none of the stages (in either language) is not assessed.
  const stage = stageOf(textAt(cells, mapping.stage));
  if (stage !== undefined) customer.stage = stage;
}

/**
 * The row's sales by category: a long ledger's category text gets the row's sales (a blank category
 * none: the sales still count for the account); a wide ledger's category columns their figures, a
 * blank or zero cell left out (that is the white space), text or a negative figure reported.
 */
function readCategories(
  customer: CustomerRow,
  cells: readonly CellValue[],
  mapping: ColumnMapping,
  categories: readonly CategoryColumn[],
  log: ProblemLog
): void {
  const sales: Record<string, number> = {};
  const category = textAt(cells, mapping.category);
  if (category !== undefined) sales[category] = customer.sales;
  for (const { column, category: name } of categories) {
    const cell = readNumberCell(cells[column]);
    if (cell.kind === "blank") continue;
    if (cell.kind === "text" || cell.value < 0) log.badNumber("category", customer.sheetRow);
    else if (cell.value !== 0) sales[name] = (sales[name] ?? 0) + cell.value;
  }
  customer.categorySales = sales;
}

/** The row's aging buckets: blank is 0, text or a negative amount is reported and read as 0. */
function readAging(
  customer: CustomerRow,
  cells: readonly CellValue[],
  aging: readonly AgingColumn[],
  from: readonly number[],
  labels: readonly string[],
  log: ProblemLog
): void {
  let bad = false;
  const amounts = aging.map(({ column }) => {
    const cell = readNumberCell(cells[column]);
    if (cell.kind === "blank") return 0;
    if (cell.kind === "text" || cell.value < 0) {
      bad = true;
      return 0;
    }
    return cell.value;
  });
  if (bad) log.add("badAging", customer.sheetRow);
  customer.aging = { from, amounts, labels };
}

/** A blank sales figure beside prior-period sales is an account lost since then: read as 0 sales. */
function isLostAccount(cells: readonly CellValue[], mapping: ColumnMapping): boolean {
  if (mapping.priorSales === undefined) return false;
  const prior = readNumberCell(cells[mapping.priorSales]);
  return prior.kind === "number" && prior.value > 0;
}

/**
 * What the values alone do not say about a cell, where the reader knows it: number formats (a date
 * is a number to Excel) and hidden rows. Indexes are those of `values`.
 */
export interface CellFacts {
  /** The cell is formatted as a date or time. */
  isDate?(row: number, column: number): boolean;
  /** The row is hidden (filtered out, or hidden by hand). */
  isHidden?(row: number): boolean;
}

function readRow(
  cells: readonly CellValue[],
  name: string | undefined,
  sheetRow: number,
  mapping: ColumnMapping,
  log: ProblemLog,
  lang: Lang,
  dated: boolean,
  aging: readonly AgingColumn[] = [],
  agingFrom: readonly number[] = [],
  agingLabels: readonly string[] = [],
  categories: readonly CategoryColumn[] = []
): CustomerRow | undefined {
  const sales = readNumberCell(cells[mapping.sales as number]);
  if (dated && sales.kind === "number") {
    // 2024-01-05 is 45,296 to a spreadsheet: never a sales amount.
    log.add("dateSales", sheetRow);
    return undefined;
  }
  if (sales.kind === "text") {
    log.textSales(sheetRow, sales.text);
    return undefined;
  }
  if (sales.kind === "blank") {
    // A row with neither name nor sales (blank, or a note beside the table) has nothing to read.
    if (name === undefined) return undefined;
    if (!isLostAccount(cells, mapping)) {
      log.add("blankSales", sheetRow);
      return undefined;
    }
  }
  const value = sales.kind === "number" ? sales.value : 0;
  if (value < 0) log.add("negativeSales", sheetRow);
  if (name === undefined) log.add("blankAccount", sheetRow);
  else {
    // A long ledger lists each account once per category: only the same pair twice is a duplicate.
    const category = textAt(cells, mapping.category);
    log.account(category === undefined ? name : `${name} · ${category}`, sheetRow);
  }
  const customer: CustomerRow = {
    sheetRow,
    account: name ?? unnamedAccount(sheetRow, lang),
    sales: value,
  };
  readFigures(customer, cells, mapping, log);
  if (
    mapping.philosophy !== undefined &&
    readNumberCell(cells[mapping.philosophy]).kind === "blank"
  )
    log.add("noPhilosophyScore", sheetRow);
  if (aging.length > 0) readAging(customer, cells, aging, agingFrom, agingLabels, log);
  if (mapping.category !== undefined || categories.length > 0)
    readCategories(customer, cells, mapping, categories, log);
  return customer;
}

/**
 * The customers below the header, one per row that has a sales figure, and what is wrong with the data,
 * with sheet row numbers (`firstRow` is the sheet row of `values[0]`). Blank rows are skipped; a
 * subtotal row is skipped and a grand-total row ends the data, so no sales are counted twice.
 * Duplicate names are listed here and summed by the analysis. One pass: 100,000 rows take milliseconds.
 * `lang` words the name given to rows without one.
 */
export function readCustomers(
  values: CellValue[][],
  detected: Pick<DetectedTable, "headerRow" | "mapping" | "aging" | "categories">,
  firstRow: number,
  lang: Lang = DEFAULT_LANG,
  facts: CellFacts = {}
): CustomerTable {
  const { headerRow, mapping } = detected;
  const aging = detected.aging ?? [];
  const agingFrom = aging.map((a) => a.from);
  const agingLabels = aging.map((a) => textAt(values[headerRow] ?? [], a.column) ?? "");
  const log = new ProblemLog();
  if (REQUIRED_ROLES.some((role) => mapping[role] === undefined))
    return { rows: [], problems: log.problems(mapping) };
  const rows: CustomerRow[] = [];
  for (let i = headerRow + 1; i < values.length; i++) {
    const cells = values[i] ?? [];
    const name = textAt(cells, mapping.account);
    const label = name === undefined ? undefined : totalLabel(name);
    if (label === "grand") break;
    if (label === "sub") continue;
    const dated = facts.isDate?.(i, mapping.sales as number) ?? false;
    const row = readRow(
      cells,
      name,
      firstRow + i,
      mapping,
      log,
      lang,
      dated,
      aging,
      agingFrom,
      agingLabels,
      detected.categories
    );
    if (row) {
      rows.push(row);
      if (facts.isHidden?.(i)) log.add("hiddenRows", firstRow + i);
    }
  }
  return { rows, problems: log.problems(mapping) };
}
