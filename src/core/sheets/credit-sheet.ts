import { AGING_LINES } from "../aging";
import { pageSetup } from "./page-setup";
import { Analysis } from "../analysis-types";
import { CREDIT_STATUSES } from "../credit";
import { AccountFinance, FinanceView, financeView } from "../finance";
import { Lang } from "../language";
import { creditFindingsCell } from "../credit-words";
import { limitActionWord } from "../limit-reasons";
import { address, columnLetter, rangeAddress } from "./a1";
import { creditSheetText } from "./credit-sheet-text";
import { LEDGER_FORMULAS_MAX_ACCOUNTS, LedgerSource, ledgerFormula } from "./ledger-source";
import { CREDIT_MARKER, CREDIT_TABLE_NAME, sheetNames } from "./sheet-names";
import { ChartSpec, FormulaCell, RangeFormat, SheetCell, SheetSpec } from "./sheet-spec";
import {
  CREDIT_SWATCHES,
  NOTE_COLOR,
  NUMBER_FORMATS,
  TABLE_STYLES,
  TAB_COLORS,
  TITLE_FONT_SIZE,
  textWidth,
} from "./sheet-styles";

/**
 * One column of the credit table: its header, its cell for an account (a value, or a formula over the
 * same row with the engine's figure as its cached value), its number format and width.
 */
interface CreditColumn {
  header: string;
  cell: (a: AccountFinance, row: number) => SheetCell;
  format?: string;
  width: number;
  text?: boolean;
}

const FIRST_SUMMARY_ROW = 3;
/** The aging-by-status table starts in column D, beside the totals (in A:B). */
const AGING_TABLE_COLUMN = 3;
/** The stacked bar chart's height in rows: about 280 points, readable on the printed first page. */
const CHART_ROWS = 14;
const PAGES_WIDE = 2;

/**
 * Where things sit (zero-based): the summary rows in A:B; with aging buckets, the aging-by-status
 * table beside them (a header row and a row per status) and its chart below the table; then a blank
 * row, the header and the accounts.
 */
export interface CreditLayout {
  summaryRows: number;
  /** The aging-by-status table's header row and first column, when the ledger has buckets. */
  agingTable?: { row: number; column: number };
  /** The rows the stacked bar chart covers. */
  chartRows?: { first: number; last: number };
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

export function creditLayout(view: FinanceView): CreditLayout {
  // receivables, overdue, [over 90], OK, WATCH, FAIL, DSO
  const summaryRows = 6 + (view.buckets ? 1 : 0);
  const agingTable = view.buckets
    ? { row: FIRST_SUMMARY_ROW, column: AGING_TABLE_COLUMN }
    : undefined;
  const chartRows = agingTable && {
    first: agingTable.row + CREDIT_STATUSES.length + 2,
    last: agingTable.row + CREDIT_STATUSES.length + 1 + CHART_ROWS,
  };
  const headerRow = Math.max(FIRST_SUMMARY_ROW + summaryRows, (chartRows?.last ?? 0) + 1) + 1;
  const firstDataRow = headerRow + 1;
  return {
    summaryRows,
    ...(agingTable && { agingTable, chartRows }),
    headerRow,
    firstDataRow,
    lastDataRow: firstDataRow + Math.max(view.accounts.length, 1) - 1,
  };
}

const blank = (value: number | undefined): SheetCell => (value === undefined ? null : value);

/**
 * A ledger figure's cell: a formula over the account's rows in the source sheet where a spreadsheet
 * reads them as the engine did (see ledgerFormula), with the engine's figure as its cached value;
 * else that figure as a value.
 */
function ledgerCell(
  source: LedgerSource | undefined,
  column: number | undefined,
  a: AccountFinance,
  value: number | undefined
): SheetCell {
  const formula = ledgerFormula(source, column, a.sourceRows);
  return formula ? { formula: `=${formula}`, value: value ?? null } : blank(value);
}

/**
 * Credit sales: the credit-sales column's; where the account has none there (the column absent,
 * or blank on every row of the account), its sales, never below 0 — as the engine takes them.
 */
function creditSalesCell(source: LedgerSource | undefined, a: AccountFinance): SheetCell {
  const own = ledgerFormula(source, source?.columns.creditSales, a.sourceRows);
  if (own) return { formula: `=${own}`, value: a.creditSales };
  const column = source?.columns.creditSales;
  const none =
    column === undefined || a.sourceRows.every((row) => source!.cell(row, column) === "blank");
  const sales = none ? ledgerFormula(source, source?.columns.sales, a.sourceRows) : undefined;
  return sales ? { formula: `=MAX(${sales},0)`, value: a.creditSales } : a.creditSales;
}

function columnsOf(view: FinanceView, lang: Lang, periodDays: number, source?: LedgerSource) {
  const h = creditSheetText(lang).headers;
  const from = source?.columns ?? {};
  const buckets = view.buckets;
  const columns: CreditColumn[] = [];
  const at = (name: string) => columns.findIndex((c) => c.header === name);
  const ref = (col: number, row: number) => `${columnLetter(col)}${row + 1}`;
  columns.push(
    { header: h.account, cell: (a) => a.account, width: 24, text: true },
    { header: h.stars, cell: (a) => a.stars, format: NUMBER_FORMATS.integer, width: 7 },
    {
      header: h.creditLimit,
      cell: (a) => ledgerCell(source, from.creditLimit, a, a.creditLimit),
      format: NUMBER_FORMATS.amount,
      width: 13,
    },
    {
      header: h.balance,
      cell: (a) => ledgerCell(source, from.balance, a, a.balance),
      format: NUMBER_FORMATS.amount,
      width: 13,
    }
  );
  const limitCol = at(h.creditLimit);
  const balanceCol = at(h.balance);
  columns.push(
    {
      header: h.utilisation,
      cell: (a, row) => ({
        formula: `=IF(${ref(limitCol, row)}>0,${ref(balanceCol, row)}/${ref(limitCol, row)},"")`,
        value: a.creditLimit !== undefined && a.creditLimit > 0 ? a.balance / a.creditLimit : "",
      }),
      format: NUMBER_FORMATS.share,
      width: 11,
    },
    {
      header: h.overdue,
      cell: (a) => ledgerCell(source, from.overdue, a, a.overdue),
      format: NUMBER_FORMATS.amount,
      width: 12,
    }
  );
  if (buckets) {
    const first = columns.length;
    const last = first + buckets.labels.length - 1;
    buckets.labels.forEach((label, i) =>
      columns.push({
        header: label,
        cell: (a) => {
          const formula = ledgerFormula(source, source?.aging[i], a.sourceRows);
          const value = a.aging?.[i] ?? 0;
          return formula ? { formula: `=${formula}`, value } : value;
        },
        format: NUMBER_FORMATS.amount,
        width: Math.max(11, textWidth(label) + 2),
      })
    );
    buckets.labels.forEach((label, i) =>
      columns.push({
        header: h.share(label),
        cell: (a, row) => {
          const total = (a.aging ?? []).reduce((s, x) => s + x, 0);
          const sum = `SUM(${ref(first, row)}:${ref(last, row)})`;
          return {
            formula: `=IF(${sum}>0,${ref(first + i, row)}/${sum},"")`,
            value: total > 0 ? (a.aging?.[i] ?? 0) / total : "",
          };
        },
        format: NUMBER_FORMATS.share,
        width: Math.max(10, textWidth(h.share(label)) + 2),
      })
    );
  }
  columns.push({
    header: h.creditSales,
    cell: (a) => creditSalesCell(source, a),
    format: NUMBER_FORMATS.amount,
    width: 13,
  });
  const salesCol = at(h.creditSales);
  columns.push(
    {
      header: h.dso,
      cell: (a, row) => ({
        formula: `=IF(${ref(salesCol, row)}>0,MAX(${ref(balanceCol, row)},0)/${ref(salesCol, row)}*${periodDays},"")`,
        value: a.dso ?? "",
      }),
      format: NUMBER_FORMATS.decimal,
      width: 9,
    },
    { header: h.status, cell: (a) => a.status, width: 9 },
    { header: h.reason, cell: (a) => creditFindingsCell(a.status, a.reason, lang), width: 40 },
    {
      header: h.suggestedLimit,
      cell: (a) => a.suggestion.limit,
      format: NUMBER_FORMATS.amount,
      width: 14,
    },
    { header: h.action, cell: (a) => limitActionWord(a.suggestion.action, lang), width: 9 },
    { header: h.limitReason, cell: (a) => a.limitReason, width: 60 }
  );
  return { columns, statusCol: at(h.status), balanceCol, salesCol, overdueCol: at(h.overdue) };
}

/**
 * The "KAM Credit" sheet (issue 11): totals — receivables, overdue, over 90 days, what the accounts of
 * each credit status owe, the book's DSO — as formulas over the table below, and per account the
 * ledger's figures, utilisation, aging buckets and their shares, DSO (formulas over the same row, so
 * they follow edits of the figures), the credit status and findings, the suggested limit, the action
 * and why. Status cells are coloured by status. Written only when the table has a credit column.
 */
export function creditSheet(
  analysis: Analysis,
  lang: Lang,
  source?: LedgerSource,
  view = financeView(analysis, lang)
): SheetSpec {
  const text = creditSheetText(lang);
  const layout = creditLayout(view);
  const periodDays = analysis.criteria.periodDays;
  // A large book keeps the engine's figures as values, and says so under the title.
  const asValues = source !== undefined && view.accounts.length > LEDGER_FORMULAS_MAX_ACCOUNTS;
  const { columns, statusCol, balanceCol, salesCol, overdueCol } = columnsOf(
    view,
    lang,
    periodDays,
    asValues ? undefined : source
  );
  const { firstDataRow, lastDataRow, headerRow } = layout;
  const range = (col: number) =>
    rangeAddress(firstDataRow, col, lastDataRow, col, { absolute: true });
  const rows: SheetCell[][] = view.accounts.map((a, i) =>
    columns.map((c) => c.cell(a, firstDataRow + i))
  );
  if (rows.length === 0) rows.push(columns.map(() => null));

  const t = view.totals;
  const summary: [string, FormulaCell, string][] = [
    [
      text.summary.receivables,
      { formula: `=SUM(${range(balanceCol)})`, value: t.receivables },
      NUMBER_FORMATS.amount,
    ],
    [
      text.summary.overdue,
      { formula: `=SUM(${range(overdueCol)})`, value: t.overdue },
      NUMBER_FORMATS.amount,
    ],
  ];
  if (view.buckets) {
    const first = overdueCol + 1;
    const old = view.buckets.from.flatMap((from, i) =>
      from >= AGING_LINES.fail ? [range(first + i)] : []
    );
    summary.push([
      text.summary.over90,
      { formula: old.length > 0 ? `=SUM(${old.join(",")})` : "=0", value: t.over90 ?? 0 },
      NUMBER_FORMATS.amount,
    ]);
  }
  for (const status of CREDIT_STATUSES)
    summary.push([
      text.summary.exposure(status),
      {
        formula: `=SUMIF(${range(statusCol)},"${status}",${range(balanceCol)})`,
        value: t.exposure[status],
      },
      NUMBER_FORMATS.amount,
    ]);
  summary.push([
    text.summary.dso(periodDays),
    {
      formula: `=IF(SUM(${range(salesCol)})>0,SUMIF(${range(balanceCol)},">0")/SUM(${range(salesCol)})*${periodDays},"")`,
      value: t.dso ?? "",
    },
    NUMBER_FORMATS.decimal,
  ]);

  const widths = columns.map((c, i) =>
    i === 0 ? Math.max(c.width, ...summary.map(([label]) => textWidth(label) + 2)) : c.width
  );
  const aging = agingByStatus(view, layout, text, widths, range, statusCol, overdueCol + 1);

  const formats: RangeFormat[] = [
    { ref: address(0, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(1, 0), italic: true, fontColor: NOTE_COLOR },
    ...(asValues ? [{ ref: address(2, 0), italic: true, fontColor: NOTE_COLOR }] : []),
    ...summary.map(([, , numberFormat], i) => ({
      ref: address(FIRST_SUMMARY_ROW + i, 1),
      bold: true,
      numberFormat,
    })),
    ...columns.flatMap((c, i) =>
      c.format
        ? [{ ref: rangeAddress(firstDataRow, i, lastDataRow, i), numberFormat: c.format }]
        : []
    ),
    ...(aging?.formats ?? []),
  ];
  const statusCell = `$${columnLetter(statusCol)}${firstDataRow + 1}`;
  return {
    kind: "credit",
    name: sheetNames(lang).credit,
    marker: CREDIT_MARKER,
    blocks: [
      {
        at: address(0, 0),
        rows: [
          [text.title],
          [text.note],
          ...(asValues ? [[text.ledgerAsValues(LEDGER_FORMULAS_MAX_ACCOUNTS)]] : []),
        ],
      },
      { at: address(FIRST_SUMMARY_ROW, 0), rows: summary.map(([label, cell]) => [label, cell]) },
      ...(aging ? [aging.block] : []),
      { at: address(headerRow, 0), rows: [columns.map((c) => c.header), ...rows] },
    ],
    columns: columns.map((c, i) => ({
      index: i,
      width: widths[i],
      ...(c.text ? { text: true } : {}),
    })),
    formats,
    tables: [
      {
        name: CREDIT_TABLE_NAME,
        ref: rangeAddress(headerRow, 0, lastDataRow, columns.length - 1),
        style: TABLE_STYLES.credit,
      },
    ],
    conditionalFormats: CREDIT_STATUSES.map((status) => ({
      ref: rangeAddress(firstDataRow, statusCol, lastDataRow, statusCol),
      kind: "expression" as const,
      formula: `=${statusCell}="${status}"`,
      ...CREDIT_SWATCHES[status],
    })),
    ...(aging && { charts: [aging.chart] }),
    freeze: { rows: headerRow + 1, columns: 1 },
    // Twenty-odd columns: two pages across, the header repeated on every page down.
    pageSetup: pageSetup(lang, { titleRow: headerRow, pagesWide: PAGES_WIDE }),
    tabColor: TAB_COLORS.credit,
  };
}

/**
 * The last column of the first printed page: the sheet prints `PAGES_WIDE` pages across, scaled to
 * fit, so a page holds about 1/PAGES_WIDE of the columns' total width from the left.
 */
export function firstPageLastColumn(widths: readonly number[]): number {
  const page = widths.reduce((sum, w) => sum + w, 0) / PAGES_WIDE;
  let used = 0;
  let last = -1;
  while (last + 1 < widths.length && used + widths[last + 1] <= page) used += widths[++last];
  return last;
}

/**
 * What the accounts of each credit status owe in each aging bucket: a small table beside the totals
 * (a SUMIF per cell over the account rows, so it follows edits of the buckets and statuses) and a
 * stacked bar chart of it below the table — a bar per status, a segment per bucket — within the
 * first printed page. Only with aging buckets.
 */
function agingByStatus(
  view: FinanceView,
  layout: CreditLayout,
  text: ReturnType<typeof creditSheetText>,
  widths: readonly number[],
  range: (col: number) => string,
  statusCol: number,
  firstBucketCol: number
) {
  const { buckets } = view;
  const { agingTable: at, chartRows } = layout;
  if (!buckets || !at || !chartRows) return undefined;
  const rows: SheetCell[][] = [
    [text.agingByStatus.header, ...buckets.labels],
    ...CREDIT_STATUSES.map((status) => [
      text.agingByStatus.status(status),
      ...buckets.labels.map((_, i): FormulaCell => ({
        formula: `=SUMIF(${range(statusCol)},"${status}",${range(firstBucketCol + i)})`,
        value: view.accounts
          .filter((a) => a.status === status)
          .reduce((sum, a) => sum + (a.aging?.[i] ?? 0), 0),
      })),
    ]),
  ];
  const firstRow = at.row + 1;
  const lastRow = at.row + CREDIT_STATUSES.length;
  const lastTableCol = at.column + buckets.labels.length;
  const lastChartCol = Math.max(lastTableCol, firstPageLastColumn(widths));
  return {
    block: { at: address(at.row, at.column), rows },
    formats: [
      { ref: rangeAddress(at.row, at.column, at.row, lastTableCol), bold: true },
      {
        ref: rangeAddress(firstRow, at.column + 1, lastRow, lastTableCol),
        numberFormat: NUMBER_FORMATS.amount,
      },
    ] as RangeFormat[],
    chart: {
      kind: "stackedBar",
      title: text.agingByStatus.chartTitle,
      categories: rangeAddress(firstRow, at.column, lastRow, at.column),
      series: buckets.labels.map((name, i) => ({
        name,
        values: rangeAddress(firstRow, at.column + 1 + i, lastRow, at.column + 1 + i),
      })),
      from: address(chartRows.first, at.column),
      to: address(chartRows.last, lastChartCol),
      valueFormat: NUMBER_FORMATS.amount,
    } as ChartSpec,
  };
}
