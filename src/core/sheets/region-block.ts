import { RegionSummary } from "../regions";
import { address, columnLetter, rangeAddress } from "./a1";
import { NUMBER_FORMATS, yesNoFormat } from "./sheet-styles";
import { Lang } from "../language";
import { ConditionalFormatSpec, FormulaCell, RangeFormat, SheetCell } from "./sheet-spec";
import { TierSheetText } from "./sheet-text";

/*
 * The region summary on the KAM Tiers sheet, below the tier table (and the lost accounts): a heading,
 * a header row and one row per region. The region names are values; every figure is a formula over the
 * tier table's columns, so it follows edits of the table. SUMPRODUCT with `=` compares exactly (no
 * wildcards or operators read out of a region's name, as COUNTIF would) and ignores case, as the
 * engine's grouping does. It sits in the tier sheet rather than a sheet of its own: a county has a few
 * dozen townships, read beside the tiers they summarise.
 */

/** More regions than this are not a summary (a region column that holds addresses, say): no block. */
export const MAX_REGION_ROWS = 500;

/** Where the block sits (zero-based rows); the columns are those of TierLayout. */
export interface RegionBlockLayout {
  headingRow: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Columns of the figures: sales, accounts, share, key accounts, no key account. */
  salesColumn: number;
}

/** The tier table's columns the formulas read, as absolute ranges, and the total-sales cell. */
export interface RegionSources {
  region: string;
  sales: string;
  keyAccount: string;
  totalSales: string;
}

const FIGURES = ["sales", "accounts", "share", "keyAccounts", "noKeyAccount"] as const;

export function regionBlockRows(
  regions: readonly RegionSummary[],
  layout: RegionBlockLayout,
  sources: RegionSources,
  text: TierSheetText
): SheetCell[][] {
  const words = text.regions;
  const pad = (cells: SheetCell[]): SheetCell[] => {
    const row: SheetCell[] = new Array(layout.salesColumn + FIGURES.length).fill(null);
    row[0] = cells[0];
    cells.slice(1).forEach((cell, i) => (row[layout.salesColumn + i] = cell));
    return row;
  };
  const rows: SheetCell[][] = [
    pad([words.heading]),
    pad([words.region, ...FIGURES.map((f) => words[f])]),
  ];
  const col = (i: number) => columnLetter(layout.salesColumn + i);
  regions.forEach((r, i) => {
    const row = layout.firstRow + i + 1; // 1-based, as formulas see it
    // The accounts without a region match blank cells, which equal "".
    const name = r.region === "" ? '""' : `$A${row}`;
    const match = `(${sources.region}=${name})`;
    const cells: [string, FormulaCell | number][] = [
      ["sales", { formula: `=SUMPRODUCT(${match}*${sources.sales})`, value: r.sales }],
      ["accounts", { formula: `=SUMPRODUCT(${match}*1)`, value: r.accounts }],
      [
        "share",
        {
          formula: `=IF(${sources.totalSales}>0,${col(0)}${row}/${sources.totalSales},0)`,
          value: r.share,
        },
      ],
      [
        "keyAccounts",
        { formula: `=SUMPRODUCT(${match}*${sources.keyAccount})`, value: r.keyAccounts },
      ],
      ["noKeyAccount", { formula: `=IF(${col(3)}${row}=0,1,0)`, value: r.noKeyAccount ? 1 : 0 }],
    ];
    rows.push(pad([r.region === "" ? words.noRegion : r.region, ...cells.map(([, c]) => c)]));
  });
  return rows;
}

const NO_KEY_SWATCH = { fill: "#FCE4D6", fontColor: "#833C0B" };

export function regionBlockFormats(
  layout: RegionBlockLayout,
  lang: Lang
): { formats: RangeFormat[]; conditionalFormats: ConditionalFormatSpec[] } {
  const at = (i: number) =>
    rangeAddress(layout.firstRow, layout.salesColumn + i, layout.lastRow, layout.salesColumn + i);
  const formats: RangeFormat[] = [
    { ref: address(layout.headingRow, 0), bold: true },
    {
      ref: rangeAddress(
        layout.headerRow,
        0,
        layout.headerRow,
        layout.salesColumn + FIGURES.length - 1
      ),
      bold: true,
    },
    { ref: at(0), numberFormat: NUMBER_FORMATS.amount },
    { ref: at(1), numberFormat: NUMBER_FORMATS.count },
    { ref: at(2), numberFormat: NUMBER_FORMATS.share },
    { ref: at(3), numberFormat: NUMBER_FORMATS.count },
    { ref: at(4), numberFormat: yesNoFormat(lang), horizontal: "center" },
  ];
  // A region without a key account is highlighted across its row.
  const flag = `$${columnLetter(layout.salesColumn + 4)}${layout.firstRow + 1}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    {
      ref: rangeAddress(layout.firstRow, 0, layout.lastRow, layout.salesColumn + 4),
      kind: "expression",
      formula: `=${flag}=1`,
      ...NO_KEY_SWATCH,
    },
  ];
  return { formats, conditionalFormats };
}
