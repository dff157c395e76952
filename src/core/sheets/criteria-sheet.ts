import { CRITERIA_SPECS, Criteria, CriterionSpec, criterionChoices } from "../criteria";
import { Lang } from "../language";
import { address, rangeAddress } from "./a1";
import {
  NUMBER_FORMATS,
  NOTE_COLOR,
  TABLE_STYLES,
  TAB_COLORS,
  TITLE_FONT_SIZE,
  textWidth,
} from "./sheet-styles";
import {
  CRITERIA_MARKER,
  CRITERIA_RANGE_NAME,
  CRITERIA_TABLE_NAME,
  sheetNames,
} from "./sheet-names";
import { CellValue, RangeFormat, SheetSpec } from "./sheet-spec";
import { criteriaSheetText } from "./sheet-text";
import { criteriaLabels } from "./criteria-labels";
import { pageSetup } from "./page-setup";

/** Where things sit on the criteria sheet (zero-based rows and columns). */
export const CRITERIA_LAYOUT = {
  titleRow: 0,
  introRow: 1,
  headerRow: 3,
  firstRow: 4,
  nameColumn: 0,
  valueColumn: 1,
  /** The criterion in words (issue 14): after the value, so name and value stay the two columns of KAM_Criteria. */
  labelColumn: 2,
  explanationColumn: 3,
} as const;

const L = CRITERIA_LAYOUT;

/** The row of one criterion, e.g. to link to it from the pane. */
export function criterionRow(name: string): number {
  const index = CRITERIA_SPECS.findIndex((s) => s.name === name);
  if (index < 0) throw new RangeError(`unknown criterion "${name}"`);
  return L.firstRow + index;
}

function valueFormat(spec: CriterionSpec, value: number | string): string {
  if (spec.format === "text") return NUMBER_FORMATS.text;
  // "0" or "0%" would show a threshold of 3.5 as 4 and 72.5% as 73%: a different rule than the one used.
  if (spec.format === "number") return NUMBER_FORMATS.general;
  const percent = Math.round(Number(value) * 100 * 1e6) / 1e6;
  return Number.isInteger(percent) ? NUMBER_FORMATS.percent : NUMBER_FORMATS.finePercent;
}

/**
 * The "KAM Criteria" sheet: a title, a line of explanation, and a table criterion | value |
 * explanation with one row per CRITERIA_SPECS entry. The workbook name KAM_Criteria covers the name
 * and value cells only (no header), the two-column shape parseCriteria and every KAM function read.
 * The sheet is named in the user's language (sheetNames); the workbook names are the same in all.
 */
export function criteriaSheet(criteria: Criteria, lang: Lang): SheetSpec {
  const text = criteriaSheetText(lang);
  const lastRow = L.firstRow + CRITERIA_SPECS.length - 1;
  const words = criteriaLabels(lang);
  const rows: CellValue[][] = CRITERIA_SPECS.map((spec) => [
    spec.name,
    criteria[spec.key],
    words.labels[spec.key],
    text.explanations[spec.key],
  ]);
  const valueFormats: RangeFormat[] = CRITERIA_SPECS.map((spec, i) => ({
    ref: address(L.firstRow + i, L.valueColumn),
    numberFormat: valueFormat(spec, criteria[spec.key]),
  }));
  const explanationWidth = Math.max(
    ...rows.map((row) => textWidth(String(row[L.explanationColumn])))
  );
  const labelWidth = Math.max(...rows.map((row) => textWidth(String(row[L.labelColumn]))));

  return {
    kind: "criteria",
    name: sheetNames(lang).criteria,
    marker: CRITERIA_MARKER,
    blocks: [
      { at: address(L.titleRow, 0), rows: [[text.title], [text.intro]] },
      {
        at: address(L.headerRow, 0),
        rows: [
          [text.headers.name, text.headers.value, words.header, text.headers.explanation],
          ...rows,
        ],
      },
    ],
    columns: [
      // Criterion names are what users type into formulas: never let Excel read one as anything else.
      { index: L.nameColumn, width: 30, text: true },
      { index: L.valueColumn, width: 12 },
      { index: L.labelColumn, width: Math.min(Math.max(labelWidth, 16), 40) },
      { index: L.explanationColumn, width: Math.min(Math.max(explanationWidth, 40), 110) },
    ],
    formats: [
      { ref: address(L.titleRow, 0), bold: true, fontSize: TITLE_FONT_SIZE },
      { ref: address(L.introRow, 0), italic: true, fontColor: NOTE_COLOR },
      ...valueFormats,
      { ref: rangeAddress(L.firstRow, L.valueColumn, lastRow, L.valueColumn), horizontal: "right" },
    ],
    pageSetup: pageSetup(lang, { titleRow: L.headerRow }),
    tables: [
      {
        name: CRITERIA_TABLE_NAME,
        ref: rangeAddress(L.headerRow, 0, lastRow, L.explanationColumn),
        style: TABLE_STYLES.criteria,
      },
    ],
    validations: CRITERIA_SPECS.flatMap((spec, i) => {
      const choices = criterionChoices(spec.key);
      return choices ? [{ ref: address(L.firstRow + i, L.valueColumn), list: [...choices] }] : [];
    }),
    names: [
      {
        name: CRITERIA_RANGE_NAME,
        // Absolute: a relative reference in a workbook name moves with the cell that uses it.
        ref: rangeAddress(L.firstRow, L.nameColumn, lastRow, L.valueColumn, { absolute: true }),
        comment: text.nameComment,
      },
    ],
    tabColor: TAB_COLORS.criteria,
  };
}
