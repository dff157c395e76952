import { Analysis } from "../analysis-types";
import { Lang } from "../language";
import { WhiteSpaceView, whiteSpaceView } from "../white-space";
import { address, rangeAddress } from "./a1";
import { pageSetup } from "./page-setup";
import { WHITE_SPACE_MARKER, WHITE_SPACE_TABLE_NAME, sheetNames } from "./sheet-names";
import { CellBlock, FormulaCell, RangeFormat, SheetCell, SheetSpec } from "./sheet-spec";
import {
  NOTE_COLOR,
  NUMBER_FORMATS,
  TABLE_STYLES,
  TAB_COLORS,
  TITLE_FONT_SIZE,
  WHITE_SPACE_SWATCH,
  textWidth,
} from "./sheet-styles";
import { whiteSpaceText } from "./white-space-text";

const SUMMARY_ROW = 3;
const SUMMARY_ROWS = 3;

/** Where things sit (zero-based rows and columns); a column is -1 when the sheet has none. */
export interface WhiteSpaceLayout {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  regionCol: number;
  potentialCol: number;
  starsCol: number;
  firstCategoryCol: number;
  lastCategoryCol: number;
  totalCol: number;
  gapsCol: number;
  /** The region block's header row; -1 without regions. */
  regionHeaderRow: number;
}

export function whiteSpaceLayout(view: WhiteSpaceView): WhiteSpaceLayout {
  const headerRow = SUMMARY_ROW + SUMMARY_ROWS + 1;
  const firstDataRow = headerRow + 1;
  const lastDataRow = firstDataRow + view.accounts.length - 1;
  let col = 1;
  const regionCol = view.regions ? col++ : -1;
  const potentialCol = view.rankedBy === "potential" ? col++ : -1;
  const starsCol = col++;
  const firstCategoryCol = col;
  const lastCategoryCol = col + view.categories.length - 1;
  const totalCol = lastCategoryCol + 1;
  return {
    headerRow,
    firstDataRow,
    lastDataRow,
    regionCol,
    potentialCol,
    starsCol,
    firstCategoryCol,
    lastCategoryCol,
    totalCol,
    gapsCol: totalCol + 1,
    regionHeaderRow: view.regions ? lastDataRow + 3 : -1,
  };
}

/**
 * The "KAM White Space" sheet (issue 15): accounts down, product categories across, our sales in each
 * cell and white space — a category the account buys none of from us — shaded by a conditional
 * format, so a figure typed in later loses its shade. Accounts are ranked by potential (by sales
 * without a potential column). Above the table, per category, our sales, how many accounts buy it and
 * how many do not; below it, with a region column, the same per region. Every total is a formula over
 * the table, with the engine's figure as its cached value.
 */
export function whiteSpaceSheet(analysis: Analysis, lang: Lang): SheetSpec | undefined {
  const view = whiteSpaceView(analysis);
  return view && whiteSpaceSpec(view, lang);
}

export function whiteSpaceSpec(view: WhiteSpaceView, lang: Lang): SheetSpec {
  const text = whiteSpaceText(lang);
  const l = whiteSpaceLayout(view);
  const width = l.gapsCol + 1;
  const n = view.categories.length;
  const column = (col: number) =>
    rangeAddress(l.firstDataRow, col, l.lastDataRow, col, { absolute: true });
  const rowCategories = (row: number) =>
    rangeAddress(row, l.firstCategoryCol, row, l.lastCategoryCol);

  const header: SheetCell[] = new Array<SheetCell>(width).fill(null);
  header[0] = text.headers.account;
  if (l.regionCol >= 0) header[l.regionCol] = text.headers.region;
  if (l.potentialCol >= 0) header[l.potentialCol] = text.headers.potential;
  header[l.starsCol] = text.headers.stars;
  view.categories.forEach((c, i) => (header[l.firstCategoryCol + i] = c));
  header[l.totalCol] = text.headers.total;
  header[l.gapsCol] = text.headers.gaps;

  const rows: SheetCell[][] = view.accounts.map((a, i) => {
    const row = l.firstDataRow + i;
    const cells = new Array<SheetCell>(width).fill(null);
    cells[0] = a.account;
    if (l.regionCol >= 0) cells[l.regionCol] = a.region ?? null;
    if (l.potentialCol >= 0) cells[l.potentialCol] = a.potential ?? null;
    cells[l.starsCol] = a.stars;
    a.cells.forEach((v, c) => (cells[l.firstCategoryCol + c] = v ?? null));
    cells[l.totalCol] = {
      formula: `=SUM(${rowCategories(row)})`,
      value: a.cells.reduce<number>((s, v) => s + (v ?? 0), 0),
    };
    cells[l.gapsCol] = { formula: `=${n}-COUNTIF(${rowCategories(row)},">0")`, value: a.gaps };
    return cells;
  });

  const accounts = view.accounts.length;
  const summary: SheetCell[][] = [
    [text.summary.sales],
    [text.summary.buyers],
    [text.summary.gaps],
  ].map((label) => [...label, ...new Array<SheetCell>(width - 1).fill(null)]);
  view.categories.forEach((_, i) => {
    const col = l.firstCategoryCol + i;
    const range = column(col);
    summary[0][col] = { formula: `=SUM(${range})`, value: view.totals[i] };
    summary[1][col] = { formula: `=COUNTIF(${range},">0")`, value: view.buyers[i] };
    summary[2][col] = {
      formula: `=COUNTA(${column(0)})-COUNTIF(${range},">0")`,
      value: accounts - view.buyers[i],
    };
  });
  summary[0][l.totalCol] = { formula: `=SUM(${column(l.totalCol)})`, value: view.total };

  const blocks: CellBlock[] = [
    { at: address(0, 0), rows: [[text.title], [text.note(view.rankedBy)]] },
    { at: address(SUMMARY_ROW, 0), rows: summary },
    { at: address(l.headerRow, 0), rows: [header, ...rows] },
  ];
  const formats: RangeFormat[] = [
    { ref: address(0, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(1, 0), italic: true, fontColor: NOTE_COLOR },
    { ref: rangeAddress(SUMMARY_ROW, 0, SUMMARY_ROW + SUMMARY_ROWS - 1, 0), bold: true },
    {
      ref: rangeAddress(SUMMARY_ROW, l.firstCategoryCol, SUMMARY_ROW, l.totalCol),
      numberFormat: NUMBER_FORMATS.amount,
      bold: true,
    },
    {
      ref: rangeAddress(SUMMARY_ROW + 1, l.firstCategoryCol, SUMMARY_ROW + 2, l.lastCategoryCol),
      numberFormat: NUMBER_FORMATS.count,
    },
    {
      ref: rangeAddress(l.firstDataRow, l.firstCategoryCol, l.lastDataRow, l.totalCol),
      numberFormat: NUMBER_FORMATS.amount,
    },
    {
      ref: rangeAddress(l.firstDataRow, l.starsCol, l.lastDataRow, l.starsCol),
      numberFormat: NUMBER_FORMATS.integer,
    },
    {
      ref: rangeAddress(l.firstDataRow, l.gapsCol, l.lastDataRow, l.gapsCol),
      numberFormat: NUMBER_FORMATS.integer,
    },
  ];
  if (l.potentialCol >= 0)
    formats.push({
      ref: rangeAddress(l.firstDataRow, l.potentialCol, l.lastDataRow, l.potentialCol),
      numberFormat: NUMBER_FORMATS.amount,
    });
  if (view.regions) {
    blocks.push(regionBlock(view, l, text, column));
    const first = l.regionHeaderRow + 1;
    const last = l.regionHeaderRow + view.regions.length;
    formats.push(
      { ref: address(l.regionHeaderRow - 1, 0), bold: true },
      { ref: rangeAddress(l.regionHeaderRow, 0, l.regionHeaderRow, l.gapsCol), bold: true },
      {
        ref: rangeAddress(first, l.firstCategoryCol, last, l.totalCol),
        numberFormat: NUMBER_FORMATS.amount,
      }
    );
    if (l.potentialCol >= 0)
      formats.push({
        ref: rangeAddress(first, l.potentialCol, last, l.potentialCol),
        numberFormat: NUMBER_FORMATS.amount,
      });
  }
  const categoriesRef = rangeAddress(
    l.firstDataRow,
    l.firstCategoryCol,
    l.lastDataRow,
    l.lastCategoryCol
  );
  const topLeft = address(l.firstDataRow, l.firstCategoryCol);
  const accountWidth = Math.max(
    24,
    ...Object.values(text.summary).map((label) => textWidth(label) + 2)
  );
  return {
    kind: "whiteSpace",
    name: sheetNames(lang).whiteSpace,
    marker: WHITE_SPACE_MARKER,
    blocks,
    columns: [
      { index: 0, width: accountWidth, text: true },
      ...(l.regionCol >= 0 ? [{ index: l.regionCol, width: 14, text: true }] : []),
      ...(l.potentialCol >= 0 ? [{ index: l.potentialCol, width: 13 }] : []),
      { index: l.starsCol, width: 7 },
      ...view.categories.map((c, i) => ({
        index: l.firstCategoryCol + i,
        width: Math.max(12, textWidth(c) + 2),
      })),
      { index: l.totalCol, width: 13 },
      { index: l.gapsCol, width: Math.max(10, textWidth(text.headers.gaps) + 2) },
    ],
    formats,
    tables: [
      {
        name: WHITE_SPACE_TABLE_NAME,
        ref: rangeAddress(l.headerRow, 0, l.lastDataRow, l.gapsCol),
        style: TABLE_STYLES.whiteSpace,
      },
    ],
    conditionalFormats: [
      {
        ref: categoriesRef,
        kind: "expression",
        // Blank or 0: the account buys none of the category from us.
        formula: `=OR(${topLeft}="",${topLeft}=0)`,
        ...WHITE_SPACE_SWATCH,
      },
    ],
    freeze: { rows: l.headerRow + 1, columns: 1 },
    pageSetup: pageSetup(lang, { titleRow: l.headerRow }),
    tabColor: TAB_COLORS.whiteSpace,
  };
}

/** Per region: its accounts, potential, our sales per category and the white spaces, as SUMIFs. */
function regionBlock(
  view: WhiteSpaceView,
  l: WhiteSpaceLayout,
  text: ReturnType<typeof whiteSpaceText>,
  column: (col: number) => string
): CellBlock {
  const width = l.gapsCol + 1;
  const header = new Array<SheetCell>(width).fill(null);
  header[0] = text.regionHeaders.region;
  header[l.regionCol] = text.regionHeaders.accounts;
  if (l.potentialCol >= 0) header[l.potentialCol] = text.headers.potential;
  view.categories.forEach((c, i) => (header[l.firstCategoryCol + i] = c));
  header[l.totalCol] = text.regionHeaders.total;
  header[l.gapsCol] = text.regionHeaders.gaps;
  const potentials = new Map<string, number>();
  for (const a of view.accounts)
    if (a.potential !== undefined)
      potentials.set(a.region ?? "", (potentials.get(a.region ?? "") ?? 0) + a.potential);
  const rows = (view.regions ?? []).map((r, i) => {
    const row = l.regionHeaderRow + 1 + i;
    const cells = new Array<SheetCell>(width).fill(null);
    const named = r.region !== "";
    cells[0] = named ? r.region : text.noRegion;
    // Accounts without a region have no name to match: their figures are written as values.
    const sumIf = (col: number, value: number): FormulaCell | number =>
      named
        ? { formula: `=SUMIF(${column(l.regionCol)},$A${row + 1},${column(col)})`, value }
        : value;
    cells[l.regionCol] = named
      ? { formula: `=COUNTIF(${column(l.regionCol)},$A${row + 1})`, value: r.accounts }
      : r.accounts;
    if (l.potentialCol >= 0)
      cells[l.potentialCol] = sumIf(l.potentialCol, potentials.get(r.region) ?? 0);
    r.cells.forEach((v, c) => (cells[l.firstCategoryCol + c] = sumIf(l.firstCategoryCol + c, v)));
    cells[l.totalCol] = {
      formula: `=SUM(${rangeAddress(row, l.firstCategoryCol, row, l.lastCategoryCol)})`,
      value: r.total,
    };
    cells[l.gapsCol] = sumIf(l.gapsCol, r.gaps);
    return cells;
  });
  return {
    at: address(l.regionHeaderRow - 1, 0),
    rows: [[text.regionsTitle, ...new Array<SheetCell>(width - 1).fill(null)], header, ...rows],
  };
}
