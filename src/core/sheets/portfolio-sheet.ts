import { Analysis } from "../analysis-types";
import { Lang } from "../language";
import { PortfolioAccount, PortfolioView, portfolioView } from "../portfolio/portfolio";
import { QUADRANTS } from "../portfolio/quadrant";
import { PortfolioRule } from "../portfolio/rules/rule";
import { address, columnLetter, rangeAddress } from "./a1";
import { pageSetup } from "./page-setup";
import { portfolioText } from "./portfolio-text";
import { PORTFOLIO_MARKER, PORTFOLIO_TABLE_NAME, sheetNames } from "./sheet-names";
import { FormulaCell, RangeFormat, SheetCell, SheetSpec } from "./sheet-spec";
import {
  NOTE_COLOR,
  NUMBER_FORMATS,
  QUADRANT_SWATCHES,
  TABLE_STYLES,
  TAB_COLORS,
  TITLE_FONT_SIZE,
  textWidth,
} from "./sheet-styles";

const LEGEND_ROW = 3;
const CUT_ROW = LEGEND_ROW + QUADRANTS.length + 1;
const WEIGHT_ROW = CUT_ROW + 2;
const HEADER_ROW = WEIGHT_ROW + 1;
const FIRST_DATA_ROW = HEADER_ROW + 1;
const SCORE_FORMAT = "0";

/** Where things sit (zero-based): the columns of each side's criteria, the two sides and the quadrant. */
export interface PortfolioLayout {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  salesCol: number;
  attractivenessCols: number[];
  attractivenessCol: number;
  strengthCols: number[];
  strengthCol: number;
  quadrantCol: number;
  treatmentCol: number;
}

export function portfolioLayout(view: PortfolioView): PortfolioLayout {
  const first = 3;
  const attractivenessCols = view.attractivenessRules.map((_, i) => first + i);
  const attractivenessCol = first + attractivenessCols.length;
  const strengthCols = view.strengthRules.map((_, i) => attractivenessCol + 1 + i);
  const strengthCol = attractivenessCol + 1 + strengthCols.length;
  return {
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    lastDataRow: FIRST_DATA_ROW + view.accounts.length - 1,
    salesCol: 2,
    attractivenessCols,
    attractivenessCol,
    strengthCols,
    strengthCol,
    quadrantCol: strengthCol + 1,
    treatmentCol: strengthCol + 2,
  };
}

/**
 * A side's score as a formula over its criteria on the row and their weights in the weight row: the
 * weighted mean of the criteria that hold a number, blank when none does — what weightedScore computes.
 */
function sideFormula(cols: readonly number[], row: number): string {
  const cell = (col: number) => `${columnLetter(col)}${row + 1}`;
  const weight = (col: number) => `${columnLetter(col)}$${WEIGHT_ROW + 1}`;
  const weights = cols.map((c) => `IF(ISNUMBER(${cell(c)}),${weight(c)},0)`).join("+");
  const sum = cols.map((c) => `IF(ISNUMBER(${cell(c)}),${cell(c)}*${weight(c)},0)`).join("+");
  return cols.length === 0 ? '=""' : `=IF((${weights})>0,(${sum})/(${weights}),"")`;
}

/**
 * The "KAM Portfolio" sheet (issue 15): per account the score of each criterion of attractiveness
 * (size, growth, potential, philosophy) and of our strength (share of wallet, stage, credit, tenure)
 * that the table can assess, the two sides as formulas over those scores and the weights above them,
 * the quadrant and its treatment; above, per quadrant, the treatment, the accounts and their sales;
 * below, a bubble chart of the accounts (x = our strength, y = attractiveness, area = sales).
 * Written when some account can be placed (a strength criterion is assessed: credit, potential,
 * stage or tenure).
 */
export function portfolioSheet(
  analysis: Analysis,
  lang: Lang,
  view = portfolioView(analysis)
): SheetSpec {
  const text = portfolioText(lang);
  const l = portfolioLayout(view);
  const width = l.treatmentCol + 1;
  const column = (col: number) =>
    rangeAddress(l.firstDataRow, col, l.lastDataRow, col, { absolute: true });
  const cutCell = `$B$${CUT_ROW + 1}`;
  const q = text.quadrant;

  const legend: SheetCell[][] = [
    [
      text.legendHeaders.quadrant,
      text.legendHeaders.accounts,
      text.legendHeaders.sales,
      text.legendHeaders.treatment,
    ],
    ...QUADRANTS.map((quadrant, i): SheetCell[] => {
      const row = LEGEND_ROW + 1 + i;
      const inQuadrant = view.accounts.filter((a) => a.quadrant === quadrant);
      return [
        q[quadrant],
        {
          formula: `=COUNTIF(${column(l.quadrantCol)},$A${row + 1})`,
          value: inQuadrant.length,
        },
        {
          formula: `=SUMIF(${column(l.quadrantCol)},$A${row + 1},${column(l.salesCol)})`,
          value: inQuadrant.reduce((s, a) => s + a.sales, 0),
        },
        text.treatment[quadrant],
      ];
    }),
  ];

  const weightRow: SheetCell[] = new Array<SheetCell>(width).fill(null);
  weightRow[0] = text.weight;
  const rulesAt: [PortfolioRule, number][] = [
    ...view.attractivenessRules.map(
      (r, i) => [r, l.attractivenessCols[i]] as [PortfolioRule, number]
    ),
    ...view.strengthRules.map((r, i) => [r, l.strengthCols[i]] as [PortfolioRule, number]),
  ];
  for (const [rule, col] of rulesAt) weightRow[col] = analysis.criteria[rule.weight];

  const header: SheetCell[] = new Array<SheetCell>(width).fill(null);
  header[0] = text.headers.account;
  header[1] = text.headers.stars;
  header[l.salesCol] = text.headers.sales;
  for (const [rule, col] of rulesAt) header[col] = text.headers[rule.key];
  header[l.attractivenessCol] = text.headers.attractiveness;
  header[l.strengthCol] = text.headers.strength;
  header[l.quadrantCol] = text.headers.quadrant;
  header[l.treatmentCol] = text.headers.treatment;

  const rows = view.accounts.map((a, i) => accountRow(a, l.firstDataRow + i));
  function accountRow(a: PortfolioAccount, row: number): SheetCell[] {
    const cells = new Array<SheetCell>(width).fill(null);
    cells[0] = a.account;
    cells[1] = a.stars;
    cells[l.salesCol] = a.sales;
    for (const [rule, col] of rulesAt) cells[col] = a.scores[rule.key] ?? null;
    const at = (col: number) => `${columnLetter(col)}${row + 1}`;
    cells[l.attractivenessCol] = {
      formula: sideFormula(l.attractivenessCols, row),
      value: a.attractiveness ?? "",
    };
    cells[l.strengthCol] = {
      formula: sideFormula(l.strengthCols, row),
      value: a.strength ?? "",
    };
    const [att, str] = [at(l.attractivenessCol), at(l.strengthCol)];
    const quadrant: FormulaCell = {
      formula:
        `=IF(OR(${att}="",${str}=""),"",IF(${att}>=${cutCell},` +
        `IF(${str}>=${cutCell},"${q.strategic}","${q.opportunistic}"),` +
        `IF(${str}>=${cutCell},"${q.status}","${q.streamline}")))`,
      value: a.quadrant ? q[a.quadrant] : "",
    };
    cells[l.quadrantCol] = quadrant;
    // The treatment the legend above gives the quadrant, so an edited treatment follows.
    const treatment = QUADRANTS.reduceRight(
      (rest, _, k) =>
        `IF(${at(l.quadrantCol)}=$A$${LEGEND_ROW + 2 + k},$D$${LEGEND_ROW + 2 + k},${rest})`,
      '""'
    );
    cells[l.treatmentCol] = {
      formula: `=${treatment}`,
      value: a.quadrant ? text.treatment[a.quadrant] : "",
    };
    return cells;
  }

  const scoreCols = [...rulesAt.map(([, col]) => col), l.attractivenessCol, l.strengthCol];
  const formats: RangeFormat[] = [
    { ref: address(0, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(1, 0), italic: true, fontColor: NOTE_COLOR },
    { ref: rangeAddress(LEGEND_ROW, 0, LEGEND_ROW, 3), bold: true },
    {
      ref: rangeAddress(LEGEND_ROW + 1, 2, LEGEND_ROW + QUADRANTS.length, 2),
      numberFormat: NUMBER_FORMATS.amount,
    },
    { ref: address(CUT_ROW, 0), bold: true },
    { ref: address(WEIGHT_ROW, 0), italic: true, fontColor: NOTE_COLOR },
    {
      ref: rangeAddress(l.firstDataRow, 1, l.lastDataRow, 1),
      numberFormat: NUMBER_FORMATS.integer,
    },
    {
      ref: rangeAddress(l.firstDataRow, l.salesCol, l.lastDataRow, l.salesCol),
      numberFormat: NUMBER_FORMATS.amount,
    },
    ...scoreCols.map((col) => ({
      ref: rangeAddress(l.firstDataRow, col, l.lastDataRow, col),
      numberFormat: SCORE_FORMAT,
    })),
    {
      ref: rangeAddress(l.firstDataRow, l.attractivenessCol, l.lastDataRow, l.attractivenessCol),
      bold: true,
    },
    { ref: rangeAddress(l.firstDataRow, l.strengthCol, l.lastDataRow, l.strengthCol), bold: true },
  ];
  const quadrantCell = `$${columnLetter(l.quadrantCol)}${l.firstDataRow + 1}`;
  return {
    kind: "portfolio",
    name: sheetNames(lang).portfolio,
    marker: PORTFOLIO_MARKER,
    blocks: [
      { at: address(0, 0), rows: [[text.title], [text.note]] },
      { at: address(LEGEND_ROW, 0), rows: legend },
      { at: address(CUT_ROW, 0), rows: [[text.cut, view.cut]] },
      { at: address(WEIGHT_ROW, 0), rows: [weightRow, header, ...rows] },
    ],
    columns: [
      {
        index: 0,
        width: Math.max(24, textWidth(text.cut) + 2, ...QUADRANTS.map((k) => textWidth(q[k]) + 2)),
        text: true,
      },
      { index: 1, width: 9 },
      { index: l.salesCol, width: 13 },
      ...rulesAt.map(([rule, col]) => ({
        index: col,
        width: Math.max(9, textWidth(text.headers[rule.key]) + 2),
      })),
      ...[l.attractivenessCol, l.strengthCol].map((col) => ({
        index: col,
        width: Math.max(12, textWidth(header[col] as string) + 2),
      })),
      { index: l.quadrantCol, width: 14 },
      { index: l.treatmentCol, width: 48 },
    ],
    formats,
    tables: [
      {
        name: PORTFOLIO_TABLE_NAME,
        ref: rangeAddress(l.headerRow, 0, l.lastDataRow, l.treatmentCol),
        style: TABLE_STYLES.portfolio,
      },
    ],
    charts: [
      {
        kind: "bubble",
        title: text.chartTitle,
        series: [
          {
            name: text.headers.account,
            x: rangeAddress(l.firstDataRow, l.strengthCol, l.lastDataRow, l.strengthCol),
            y: rangeAddress(
              l.firstDataRow,
              l.attractivenessCol,
              l.lastDataRow,
              l.attractivenessCol
            ),
            size: rangeAddress(l.firstDataRow, l.salesCol, l.lastDataRow, l.salesCol),
            labels: rangeAddress(l.firstDataRow, 0, l.lastDataRow, 0),
          },
        ],
        xAxis: { title: text.headers.strength, format: SCORE_FORMAT },
        yAxis: { title: text.headers.attractiveness, format: SCORE_FORMAT },
        // Below the table: x = our strength, y = attractiveness, a bubble's area = sales.
        from: address(l.lastDataRow + 2, 0),
        to: address(l.lastDataRow + 26, Math.min(l.treatmentCol, 8)),
      },
    ],
    conditionalFormats: QUADRANTS.map((quadrant) => ({
      ref: rangeAddress(l.firstDataRow, l.quadrantCol, l.lastDataRow, l.quadrantCol),
      kind: "expression" as const,
      formula: `=${quadrantCell}="${q[quadrant]}"`,
      ...QUADRANT_SWATCHES[quadrant],
    })),
    freeze: { rows: l.headerRow + 1, columns: 1 },
    pageSetup: pageSetup(lang, { titleRow: l.headerRow }),
    tabColor: TAB_COLORS.portfolio,
  };
}
