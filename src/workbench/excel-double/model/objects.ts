import { Rect } from "../a1";
import type { SheetModel } from "./sheet-model";

/** A rectangle on a particular sheet; it follows the sheet through renames. */
export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** The whole table, header row included. */
  rect: Rect;
  style: string;
  showTotals: boolean;
}

export interface SeriesModel {
  name: string;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  values?: RangeRef;
  xValues?: RangeRef;
  /** Bubble charts: each point's size (ChartSeries.setBubbleSizes). */
  bubbleSizes?: RangeRef;
  /** Points given a data label (ChartPoint.hasDataLabel), by index: the label's formula, if set. */
  pointLabels?: Map<number, { formula?: string }>;
}

export interface ChartAxisModel {
  numberFormat: string;
  visible: boolean;
  title?: string;
}

export interface ChartModel {
  id: string;
  name: string;
  sheet: SheetModel;
  chartType: string;
  title: string;
  titleVisible: boolean;
  series: SeriesModel[];
  /** The cells the chart covers, as given to setPosition. */
  position?: { start: string; end?: string };
  axes: Map<string, ChartAxisModel>;
  legendPosition: string;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  sheet: SheetModel;
  rect: Rect;
  /** cellValue: formula1 (+ formula2) and operator; custom: formula. */
  rule: { formula1?: string; formula2?: string; operator?: string; formula?: string };
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown>;
}

/** A custom document property (Workbook.properties.custom), as Excel keeps it in the file. */
export interface CustomPropertyModel {
  key: string;
  value: string | number | boolean | Date;
  type: "String" | "Number" | "Float" | "Boolean" | "Date";
}

export interface NameModel {
  name: string;
  /** A range the name refers to, or a formula of constants ("=0.7"). */
  ref?: RangeRef;
  formula?: string;
  visible: boolean;
  comment: string;
}
