import { supportsExcelApi } from "./host";

/**
 * The ExcelApi requirement set each optional feature needs (from the API reference). The add-in's
 * core — values, formats, tables, charts of one type — needs only ExcelApi 1.1–1.2; without a set
 * below, that feature is left out rather than failing the whole sheet.
 */
export const FEATURE_SETS = {
  /** names.add (the marker that tells our sheets apart, and KAM_Criteria). */
  names: "1.4",
  suspendCalculation: "1.6",
  conditionalFormats: "1.6",
  /** Range.getSurroundingRegion, worksheet.tabColor, freeze panes, range hyperlinks. */
  surroundingRegion: "1.7",
  /** NamedItem.formula can be set: a name is re-pointed instead of deleted and added again. */
  repointNames: "1.7",
  tabColor: "1.7",
  /** worksheet.onChanged: the pane's preview follows edits of the source table. */
  changeEvents: "1.7",
  freezePanes: "1.7",
  hyperlinks: "1.7",
  /** Workbook.properties.custom: the document properties that mark the add-in's sheets. */
  customProperties: "1.7",
  /** Series values, x values and a series' own chart type: what a combo chart needs. */
  comboChart: "1.7",
  /** ChartSeries.axisGroup and ChartAxis.numberFormat. */
  secondaryAxis: "1.8",
  dataValidation: "1.8",
  /** worksheet.pageLayout: paper, orientation, fit to pages, print titles, headers and footers. */
  pageLayout: "1.9",
  /** Range.rowHidden (1.2) and Range.getVisibleView (1.3): which rows of the source are hidden. */
  hiddenRows: "1.3",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export function supports(feature: Feature): boolean {
  return supportsExcelApi(FEATURE_SETS[feature]);
}
