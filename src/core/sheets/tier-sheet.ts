import { AccountTier, Analysis } from "../analysis-types";
import { hasFinance, keyFinance } from "../finance";
import { Stars } from "../grade";
import { Lang } from "../language";
import { insideCutoffCriterion } from "../abc-rule";
import { CONCENTRATION_BANDS, ConcentrationLevel, LOWEST_CONCENTRATION } from "../concentration";
import { address, columnLetter, rangeAddress } from "./a1";
import {
  NOTE_COLOR,
  NUMBER_FORMATS,
  STAR_SWATCHES,
  TABLE_STYLES,
  TAB_COLORS,
  TITLE_FONT_SIZE,
  textWidth,
  yesNoFormat,
} from "./sheet-styles";
import { creditFindingsCell } from "../credit-words";
import { TIERS_MARKER, TIERS_TABLE_NAME, sheetNames } from "./sheet-names";
import {
  CellValue,
  ChartSpec,
  ConditionalFormatSpec,
  FormulaCell,
  RangeFormat,
  SheetCell,
  SheetSpec,
} from "./sheet-spec";
import {
  TierSheetColumnKey,
  TierSheetText,
  ratingText,
  tierColumnHeader,
  tierSheetText,
} from "./sheet-text";
import { pageSetup } from "./page-setup";
import { RegionSummary, hasRegions, summariseRegions } from "../regions";
import {
  MAX_REGION_ROWS,
  RegionBlockLayout,
  regionBlockFormats,
  regionBlockRows,
} from "./region-block";

/** The Pareto chart shows at most this many accounts; more bars cannot be read. */
export const CHART_ACCOUNTS = 30;

interface TierColumn {
  key: TierSheetColumnKey;
  value: (account: AccountTier, text: TierSheetText, lang: Lang) => CellValue;
  width: number;
  /** A number format, or one per language (the key account's Yes/No in the language's words). */
  format?: string | ((lang: Lang) => string);
  center?: boolean;
  /** User text (account names, regions): the column is text so nothing in it is ever evaluated. */
  text?: boolean;
  /** Shown only when the analysis has what it needs. */
  when?: (analysis: Analysis) => boolean;
}

const hasRegion = (a: Analysis) =>
  a.accounts.some((t) => t.region !== undefined && t.region !== "");
const hasCredit = (a: Analysis) => a.accounts.some((t) => t.creditStatus !== undefined);
const hasPrior = (a: Analysis) => a.hasPrior;
const hasPotential = (a: Analysis) => a.hasPotential === true;
/** The development column only when its rule is on: a column of "No" would say nothing. */
const hasDevelopment = (a: Analysis) => hasPotential(a) && a.criteria.developmentMinHeadroom > 0;

/**
 * The tier table's columns, in order. Stars are written twice: as a number (for formulas, sorting and
 * the conditional formats) and as ★ text beside it. A number format cannot draw them: Excel allows at
 * most two conditions in a number format, one short of the four star levels. The ★ text is a value,
 * not REPT(): the stars are values too, and 100,000 formulas would only slow writing and recalculation.
 * Key account is 1 or 0 shown as Yes/No (in the language's words) by its number format: a person
 * reads a word in any spreadsheet (a number format cannot show TRUE/FALSE as words), and
 * COUNTIF(…, 1) counts it in any language.
 */
const TIER_COLUMNS_OF_SHEET: readonly TierColumn[] = [
  { key: "account", value: (a) => a.account, width: 0, text: true },
  { key: "region", value: (a) => a.region ?? null, width: 16, text: true, when: hasRegion },
  { key: "sales", value: (a) => a.sales, width: 14, format: NUMBER_FORMATS.amount },
  { key: "rank", value: (a) => a.rank, width: 8, format: NUMBER_FORMATS.integer },
  { key: "share", value: (a) => a.share, width: 10, format: NUMBER_FORMATS.share },
  {
    key: "cumulativeShare",
    value: (a) => a.cumulativeShare,
    width: 12,
    format: NUMBER_FORMATS.share,
  },
  { key: "abc", value: (a) => a.abc, width: 8, center: true },
  { key: "stars", value: (a) => a.stars, width: 8, format: NUMBER_FORMATS.integer, center: true },
  { key: "rating", value: (a) => ratingText(a.stars), width: 10, center: true },
  {
    key: "keyAccount",
    value: (a) => (a.keyAccount ? 1 : 0),
    width: 12,
    format: yesNoFormat,
    center: true,
  },
  {
    key: "creditStatus",
    value: (a) => a.creditStatus ?? null,
    width: 10,
    center: true,
    when: hasCredit,
  },
  {
    key: "creditReason",
    value: (a, _text, lang) => creditFindingsCell(a.creditStatus, a.creditReason, lang) || null,
    width: 30,
    when: hasCredit,
  },
  { key: "reason", value: (a) => a.reason, width: 40 },
  {
    key: "priorSales",
    value: (a) => a.priorSales ?? null,
    width: 14,
    format: NUMBER_FORMATS.amount,
    when: hasPrior,
  },
  {
    key: "priorStars",
    value: (a) => a.priorStars ?? null,
    width: 10,
    format: NUMBER_FORMATS.integer,
    center: true,
    when: hasPrior,
  },
  {
    key: "movement",
    value: (a, text) => (a.movement ? text.movement[a.movement] : null),
    width: 12,
    when: hasPrior,
  },
  // Where to grow (issue 15), last so the columns before keep their places. Development accounts are
  // marked in a column of their own: the key-account column and the stars do not change.
  {
    key: "potential",
    value: (a) => a.wallet?.potential ?? null,
    width: 14,
    format: NUMBER_FORMATS.amount,
    when: hasPotential,
  },
  {
    key: "shareOfWallet",
    value: (a) => a.wallet?.shareOfWallet ?? null,
    width: 10,
    format: NUMBER_FORMATS.share,
    when: hasPotential,
  },
  {
    key: "headroom",
    value: (a) => a.wallet?.headroom ?? null,
    width: 14,
    format: NUMBER_FORMATS.amount,
    when: hasPotential,
  },
  {
    key: "development",
    value: (a) => (a.wallet ? (a.wallet.development ? 1 : 0) : null),
    width: 12,
    format: yesNoFormat,
    center: true,
    when: hasDevelopment,
  },
];

/** The summary figures, top to bottom; lostAccounts only with a prior period. */
export type SummaryKey =
  | "totalSales"
  | "accounts"
  | "keyAccounts"
  | "keyAccountShare"
  | "paretoCount"
  | "hhi"
  | "concentration"
  | "effectiveCustomers"
  | "lostAccounts"
  | "keyReceivables"
  | "keyOverdue"
  | "keyAtRisk";

const SUMMARY_KEYS: readonly SummaryKey[] = [
  "totalSales",
  "accounts",
  "keyAccounts",
  "keyAccountShare",
  "paretoCount",
  "hhi",
  "concentration",
  "effectiveCustomers",
  "lostAccounts",
  // The key accounts' credit (issue 11), only when the table has a credit column.
  "keyReceivables",
  "keyOverdue",
  "keyAtRisk",
];

const FINANCE_KEYS: ReadonlySet<SummaryKey> = new Set([
  "keyReceivables",
  "keyOverdue",
  "keyAtRisk",
]);

const SUMMARY_FORMATS: Record<SummaryKey, string | undefined> = {
  totalSales: NUMBER_FORMATS.amount,
  accounts: NUMBER_FORMATS.count,
  keyAccounts: NUMBER_FORMATS.count,
  keyAccountShare: NUMBER_FORMATS.share,
  paretoCount: NUMBER_FORMATS.count,
  hhi: NUMBER_FORMATS.count,
  concentration: undefined,
  effectiveCustomers: NUMBER_FORMATS.decimal,
  keyReceivables: NUMBER_FORMATS.amount,
  keyOverdue: NUMBER_FORMATS.amount,
  keyAtRisk: NUMBER_FORMATS.amount,
  lostAccounts: NUMBER_FORMATS.count,
};

/**
 * Where everything sits on the tier sheet (zero-based rows and columns), for the pane's links and for
 * tests that read the sheet back:
 * - row 0 title, row 1 a note that the sheet is replaced on re-run;
 * - from row 2 the summary: labels in column 0, figures in `valueColumn` (the sales column, since the
 *   account and region columns are text and would show a formula as text);
 * - the Pareto chart beside the summary, from `chartColumn`;
 * - one blank row, the table header at `headerRow`, one row per account from `firstDataRow`;
 * - with lost accounts, a blank row, a heading and their names in the account column.
 */
export interface TierLayout {
  columns: readonly TierSheetColumnKey[];
  /** Column index of each column shown; columns not shown are absent. */
  column: Partial<Record<TierSheetColumnKey, number>>;
  titleRow: number;
  noteRow: number;
  summaryRow: Partial<Record<SummaryKey, number>>;
  valueColumn: number;
  chartColumn: number;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** The lost accounts' heading and names, when there are any. */
  lost?: { headingRow: number; firstRow: number; lastRow: number };
  /** The region summary below the table (and the lost accounts), when the table has regions. */
  regions?: RegionBlockLayout;
}

/** The regions the tier sheet summarises: none without a region column, or with too many regions. */
export function regionsOfSheet(analysis: Analysis): RegionSummary[] {
  let regions = REGIONS.get(analysis);
  if (regions === undefined) {
    regions = hasRegions(analysis.accounts)
      ? summariseRegions(analysis.accounts, analysis.summary.totalSales)
      : [];
    if (regions.length > MAX_REGION_ROWS) regions = [];
    REGIONS.set(analysis, regions);
  }
  return regions;
}

/** The layout is asked for often (the pane's links): the regions are summed once per analysis. */
const REGIONS = new WeakMap<Analysis, RegionSummary[]>();

const FIRST_SUMMARY_ROW = 2;

function shownColumns(analysis: Analysis): TierColumn[] {
  return TIER_COLUMNS_OF_SHEET.filter((c) => !c.when || c.when(analysis));
}

export function tierLayout(analysis: Analysis): TierLayout {
  if (analysis.accounts.length === 0)
    throw new RangeError("a tier sheet needs at least one account");
  const keys = shownColumns(analysis).map((c) => c.key);
  const column: TierLayout["column"] = {};
  keys.forEach((key, i) => (column[key] = i));
  const finance = hasFinance(analysis);
  const summaryKeys = SUMMARY_KEYS.filter(
    (k) => (k !== "lostAccounts" || analysis.hasPrior) && (finance || !FINANCE_KEYS.has(k))
  );
  const summaryRow: TierLayout["summaryRow"] = {};
  summaryKeys.forEach((key, i) => (summaryRow[key] = FIRST_SUMMARY_ROW + i));
  const headerRow = FIRST_SUMMARY_ROW + summaryKeys.length + 1;
  const lastDataRow = headerRow + analysis.accounts.length;
  const lostCount = analysis.summary.lostAccounts.length;
  const valueColumn = column.sales as number;
  const regionCount = regionsOfSheet(analysis).length;
  const regionsStart = (lostCount > 0 ? lastDataRow + 2 + lostCount : lastDataRow) + 2;
  return {
    columns: keys,
    column,
    titleRow: 0,
    noteRow: 1,
    summaryRow,
    valueColumn,
    // The concentration words overflow from the value cell into the next columns: leave them free.
    chartColumn: valueColumn + 4,
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow,
    lost:
      lostCount > 0
        ? {
            headingRow: lastDataRow + 2,
            firstRow: lastDataRow + 3,
            lastRow: lastDataRow + 2 + lostCount,
          }
        : undefined,
    regions:
      regionCount > 0
        ? {
            headingRow: regionsStart,
            headerRow: regionsStart + 1,
            firstRow: regionsStart + 2,
            lastRow: regionsStart + 1 + regionCount,
            salesColumn: valueColumn,
          }
        : undefined,
  };
}

/** The cell of an account's row in a given column, e.g. for the pane's links: ("account", 0) → "A14". */
export function tierCell(
  layout: TierLayout,
  key: TierSheetColumnKey,
  accountIndex: number
): string {
  const col = layout.column[key];
  if (col === undefined) throw new RangeError(`the tier sheet has no ${key} column`);
  return address(layout.firstDataRow + accountIndex, col);
}

/** A data column of the table as an absolute range: "$C$14:$C$2413". */
function dataRange(layout: TierLayout, key: TierSheetColumnKey, rows = Infinity): string {
  const col = layout.column[key] as number;
  const last = Math.min(layout.lastDataRow, layout.firstDataRow + rows - 1);
  return rangeAddress(layout.firstDataRow, col, last, col, { absolute: true });
}

/** A text as a formula string literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The HHI bands (CONCENTRATION_BANDS) as nested IFs, highest band first, naming each level. */
export function concentrationLevelFormula(
  hhi: string,
  levels: Record<ConcentrationLevel, string>
): string {
  return CONCENTRATION_BANDS.reduceRight(
    (otherwise, band) =>
      `IF(${hhi}${band.strict ? ">" : ">="}${band.from},${literal(levels[band.level])},${otherwise})`,
    literal(levels[LOWEST_CONCENTRATION])
  );
}

function summaryFormulas(analysis: Analysis, layout: TierLayout, text: TierSheetText) {
  const { summary } = analysis;
  const value = (key: SummaryKey) =>
    address(layout.summaryRow[key] as number, layout.valueColumn, { absolute: true });
  const sales = dataRange(layout, "sales");
  const key = dataRange(layout, "keyAccount");
  const cumulative = dataRange(layout, "cumulativeShare");
  const total = value("totalSales");
  const hhi = value("hhi");
  const levels = text.concentrationLevels;
  // Class A under the cover rule, ties included. The accounts whose cumulative share is below the
  // cut-off are the k largest (zero and negative sales have a cumulative share of at least 100%); the
  // tie group that crosses the cut-off is the accounts equal to the (k+1)-th largest sales, when those
  // are positive. COUNTIF and LARGE do not depend on the row order, so sorting the table keeps it
  // right. The comparison and its tolerance are the engine's (abc-rule.ts).
  const below = `COUNTIF(${cumulative},${insideCutoffCriterion("cover", summary.paretoCutoff)})`;
  const lost = layout.lost;
  const formulas: Record<SummaryKey, FormulaCell | number> = {
    totalSales: { formula: `=SUM(${sales})`, value: summary.totalSales },
    accounts: { formula: `=COUNTA(${dataRange(layout, "account")})`, value: summary.accounts },
    keyAccounts: { formula: `=COUNTIF(${key},1)`, value: summary.keyAccounts },
    keyAccountShare: {
      formula: `=SUMIF(${key},1,${sales})/${total}`,
      value: summary.keyAccountShare,
    },
    paretoCount: {
      formula: `=${below}+COUNTIFS(${sales},LARGE(${sales},${below}+1),${sales},">0")`,
      value: summary.paretoCount,
    },
    hhi: { formula: `=SUMPRODUCT((${sales}/${total}*100)^2)`, value: summary.hhi },
    concentration: {
      formula: `=${concentrationLevelFormula(hhi, levels)}`,
      value: levels[summary.concentration],
    },
    effectiveCustomers: {
      formula: `=IF(${hhi}>0,10000/${hhi},0)`,
      value: summary.effectiveCustomers,
    },
    lostAccounts: lost
      ? {
          formula: `=COUNTA(${rangeAddress(lost.firstRow, 0, lost.lastRow, 0, { absolute: true })})`,
          value: summary.lostAccounts.length,
        }
      : 0,
    // Values: what the key accounts owe is on the KAM Credit sheet, not in this table.
    ...keyCredit(analysis, layout),
  };
  return formulas;
}

function keyCredit(
  analysis: Analysis,
  layout: TierLayout
): Record<"keyReceivables" | "keyOverdue" | "keyAtRisk", number> {
  // The layout has these rows only when the table has a credit column (hasFinance).
  if (layout.summaryRow.keyReceivables === undefined)
    return { keyReceivables: 0, keyOverdue: 0, keyAtRisk: 0 };
  const key = keyFinance(analysis);
  return { keyReceivables: key.receivables, keyOverdue: key.overdue, keyAtRisk: key.atRisk };
}

function summaryLabels(analysis: Analysis, text: TierSheetText): Record<SummaryKey, string> {
  const s = text.summary;
  return {
    ...s,
    keyAccounts: s.keyAccounts(analysis.criteria.keyMinStars),
    paretoCount: s.paretoCount(analysis.summary.paretoCutoff),
  };
}

function summaryBlock(analysis: Analysis, layout: TierLayout, text: TierSheetText): SheetCell[][] {
  const formulas = summaryFormulas(analysis, layout, text);
  const labels = summaryLabels(analysis, text);
  return (Object.keys(layout.summaryRow) as SummaryKey[]).map((key) => {
    const row: SheetCell[] = new Array(layout.valueColumn + 1).fill(null);
    row[0] = labels[key];
    row[layout.valueColumn] = formulas[key];
    return row;
  });
}

/** One array per account, one plain value per cell: 100,000 accounts stay cheap. */
function tableBlock(analysis: Analysis, columns: TierColumn[], lang: Lang): CellValue[][] {
  const text = tierSheetText(lang);
  const rows: CellValue[][] = new Array(analysis.accounts.length + 1);
  rows[0] = columns.map((c) => tierColumnHeader(c.key, lang));
  const width = columns.length;
  analysis.accounts.forEach((account, i) => {
    const row: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = columns[c].value(account, text, lang);
    rows[i + 1] = row;
  });
  return rows;
}

/** Room for the filter button an Excel table puts in each header cell, in characters. */
const HEADER_BUTTON = 3;

/** Wide enough for the longest account name (within reason) and for the summary labels beside it. */
function accountWidth(analysis: Analysis, labels: string[]): number {
  let widest = Math.max(...labels.map(textWidth));
  for (const { account } of analysis.accounts)
    if (account.length * 2 > widest) widest = Math.max(widest, textWidth(account));
  return Math.min(Math.max(widest + 2, 16), 48);
}

function starFormats(layout: TierLayout): ConditionalFormatSpec[] {
  const stars = layout.column.stars as number;
  const ref = rangeAddress(layout.firstDataRow, stars, layout.lastDataRow, stars + 1);
  const cell = `$${columnLetter(stars)}${layout.firstDataRow + 1}`;
  return ([4, 3, 2, 1] as Stars[]).map((n) => ({
    ref,
    kind: "expression",
    formula: `=${cell}=${n}`,
    ...STAR_SWATCHES[n],
  }));
}

/** The chart spans the columns right of `from` until it is about this many characters wide. */
const CHART_WIDTH = 72;
const DEFAULT_COLUMN_WIDTH = 8.43;

function paretoChart(
  analysis: Analysis,
  layout: TierLayout,
  widths: number[],
  text: TierSheetText,
  lang: Lang
): ChartSpec {
  const shown = Math.min(CHART_ACCOUNTS, analysis.accounts.length);
  let last = layout.chartColumn;
  for (let width = 0; width < CHART_WIDTH; last++) width += widths[last] ?? DEFAULT_COLUMN_WIDTH;
  return {
    kind: "combo",
    title: text.chartTitle(shown, analysis.accounts.length),
    categories: dataRange(layout, "account", shown).replace(/\$/g, ""),
    series: [
      {
        name: tierColumnHeader("sales", lang),
        values: dataRange(layout, "sales", shown).replace(/\$/g, ""),
        type: "column",
      },
      {
        name: tierColumnHeader("cumulativeShare", lang),
        values: dataRange(layout, "cumulativeShare", shown).replace(/\$/g, ""),
        type: "line",
        secondaryAxis: true,
      },
    ],
    from: address(0, layout.chartColumn),
    to: address(layout.headerRow - 2, last - 1),
    secondaryAxisFormat: NUMBER_FORMATS.percent,
  };
}

function tierFormats(layout: TierLayout, columns: TierColumn[], lang: Lang): RangeFormat[] {
  const formats: RangeFormat[] = [
    { ref: address(layout.titleRow, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(layout.noteRow, 0), italic: true, fontColor: NOTE_COLOR },
  ];
  for (const [key, row] of Object.entries(layout.summaryRow) as [SummaryKey, number][]) {
    const format = SUMMARY_FORMATS[key];
    formats.push({
      ref: address(row, layout.valueColumn),
      bold: true,
      ...(format ? { numberFormat: format } : { horizontal: "left" as const }),
    });
  }
  columns.forEach((c, i) => {
    if (!c.format && !c.center) return;
    formats.push({
      ref: rangeAddress(layout.firstDataRow, i, layout.lastDataRow, i),
      ...(c.format
        ? { numberFormat: typeof c.format === "string" ? c.format : c.format(lang) }
        : {}),
      ...(c.center ? { horizontal: "center" as const } : {}),
    });
  });
  if (layout.lost) formats.push({ ref: address(layout.lost.headingRow, 0), bold: true });
  return formats;
}

/**
 * The "KAM Tiers" sheet: title, a summary block whose figures are formulas over the table (each with
 * the engine's figure as its cached value), a Pareto chart beside the summary, and the tier table as
 * an Excel table sorted by sales, frozen at its header. See TierLayout for where everything sits.
 * Formulas use plain A1 references and classic functions only, so Excel and LibreOffice agree.
 */
export function tierSheet(analysis: Analysis, lang: Lang): SheetSpec {
  const text = tierSheetText(lang);
  const layout = tierLayout(analysis);
  const columns = shownColumns(analysis);
  const labels = summaryLabels(analysis, text);
  // Each column at least as wide as its bold header and the table's filter button beside it.
  const widths = columns.map((c) =>
    c.key === "account"
      ? accountWidth(analysis, [...Object.values(labels), text.lostHeading])
      : Math.max(c.width, Math.ceil(textWidth(tierColumnHeader(c.key, lang)) * 1.1) + HEADER_BUTTON)
  );
  const blocks: SheetSpec["blocks"] = [
    { at: address(layout.titleRow, 0), rows: [[text.title], [text.note]] },
    { at: address(FIRST_SUMMARY_ROW, 0), rows: summaryBlock(analysis, layout, text) },
    { at: address(layout.headerRow, 0), rows: tableBlock(analysis, columns, lang) },
  ];
  if (layout.lost)
    blocks.push({
      at: address(layout.lost.headingRow, 0),
      rows: [[text.lostHeading], ...analysis.summary.lostAccounts.map((name) => [name])],
    });
  const regionFormats = layout.regions && regionBlockFormats(layout.regions, lang);
  if (layout.regions)
    blocks.push({
      at: address(layout.regions.headingRow, 0),
      rows: regionBlockRows(
        regionsOfSheet(analysis),
        layout.regions,
        {
          region: dataRange(layout, "region"),
          sales: dataRange(layout, "sales"),
          keyAccount: dataRange(layout, "keyAccount"),
          totalSales: address(layout.summaryRow.totalSales as number, layout.valueColumn, {
            absolute: true,
          }),
        },
        text
      ),
    });

  return {
    kind: "tiers",
    name: sheetNames(lang).tiers,
    marker: TIERS_MARKER,
    blocks,
    columns: columns.map((c, i) => ({
      index: i,
      width: widths[i],
      ...(c.text ? { text: true } : {}),
    })),
    formats: [...tierFormats(layout, columns, lang), ...(regionFormats?.formats ?? [])],
    tables: [
      {
        name: TIERS_TABLE_NAME,
        ref: rangeAddress(layout.headerRow, 0, layout.lastDataRow, columns.length - 1),
        style: TABLE_STYLES.tiers,
      },
    ],
    conditionalFormats: [...starFormats(layout), ...(regionFormats?.conditionalFormats ?? [])],
    charts: [paretoChart(analysis, layout, widths, text, lang)],
    freeze: { rows: layout.headerRow + 1, columns: 1 },
    tabColor: TAB_COLORS.tiers,
    pageSetup: pageSetup(lang, { titleRow: layout.headerRow }),
  };
}
