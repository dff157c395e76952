import { AGING_LINES } from "../aging";
import { pageSetup } from "./page-setup";
import { Analysis } from "../analysis-types";
import { CREDIT_STATUSES } from "../credit";
import { AccountFinance, FinanceView, financeView } from "../finance";
import { Lang } from "../language";
import { creditFindingsCell } from "../credit-words";
import { LIMIT_ACTION_TEXT } from "../limit-reasons";
import { address, columnLetter, rangeAddress } from "./a1";
import { creditSheetText } from "./credit-sheet-text";
import { CREDIT_MARKER, CREDIT_TABLE_NAME, sheetNames } from "./sheet-names";
import { FormulaCell, RangeFormat, SheetCell, SheetSpec } from "./sheet-spec";
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

/** Where things sit (zero-based): the summary rows, then a blank row, the header and the accounts. */
export interface CreditLayout {
  summaryRows: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

export function creditLayout(view: FinanceView): CreditLayout {
  // receivables, overdue, [over 90], OK, WATCH, FAIL, DSO
  const summaryRows = 6 + (view.buckets ? 1 : 0);
  const headerRow = FIRST_SUMMARY_ROW + summaryRows + 1;
  const firstDataRow = headerRow + 1;
  return {
    summaryRows,
    headerRow,
    firstDataRow,
    lastDataRow: firstDataRow + Math.max(view.accounts.length, 1) - 1,
  };
}

const blank = (value: number | undefined): SheetCell => (value === undefined ? null : value);

function columnsOf(view: FinanceView, lang: Lang, periodDays: number) {
  const h = creditSheetText(lang).headers;
  const buckets = view.buckets;
  const columns: CreditColumn[] = [];
  const at = (name: string) => columns.findIndex((c) => c.header === name);
  const ref = (col: number, row: number) => `${columnLetter(col)}${row + 1}`;
  columns.push(
    { header: h.account, cell: (a) => a.account, width: 24, text: true },
    { header: h.stars, cell: (a) => a.stars, format: NUMBER_FORMATS.integer, width: 7 },
    {
      header: h.creditLimit,
      cell: (a) => blank(a.creditLimit),
      format: NUMBER_FORMATS.amount,
      width: 13,
    },
    { header: h.balance, cell: (a) => a.balance, format: NUMBER_FORMATS.amount, width: 13 }
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
    { header: h.overdue, cell: (a) => blank(a.overdue), format: NUMBER_FORMATS.amount, width: 12 }
  );
  if (buckets) {
    const first = columns.length;
    const last = first + buckets.labels.length - 1;
    buckets.labels.forEach((label, i) =>
      columns.push({
        header: label,
        cell: (a) => a.aging?.[i] ?? 0,
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
    cell: (a) => a.creditSales,
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
    { header: h.action, cell: (a) => LIMIT_ACTION_TEXT[lang][a.suggestion.action], width: 9 },
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
  view = financeView(analysis, lang)
): SheetSpec {
  const text = creditSheetText(lang);
  const layout = creditLayout(view);
  const periodDays = analysis.criteria.periodDays;
  const { columns, statusCol, balanceCol, salesCol, overdueCol } = columnsOf(
    view,
    lang,
    periodDays
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

  const formats: RangeFormat[] = [
    { ref: address(0, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(1, 0), italic: true, fontColor: NOTE_COLOR },
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
  ];
  const statusCell = `$${columnLetter(statusCol)}${firstDataRow + 1}`;
  return {
    kind: "credit",
    name: sheetNames(lang).credit,
    marker: CREDIT_MARKER,
    blocks: [
      { at: address(0, 0), rows: [[text.title], [text.note]] },
      { at: address(FIRST_SUMMARY_ROW, 0), rows: summary.map(([label, cell]) => [label, cell]) },
      { at: address(headerRow, 0), rows: [columns.map((c) => c.header), ...rows] },
    ],
    columns: columns.map((c, i) => ({
      index: i,
      width:
        i === 0 ? Math.max(c.width, ...summary.map(([label]) => textWidth(label) + 2)) : c.width,
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
    freeze: { rows: headerRow + 1, columns: 1 },
    // Twenty-odd columns: two pages across, the header repeated on every page down.
    pageSetup: pageSetup(lang, { titleRow: headerRow, pagesWide: 2 }),
    tabColor: TAB_COLORS.credit,
  };
}
