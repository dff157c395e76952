import { isMarkerName, showsAddInTitle } from "../core/sheets/add-in-marks";
import { type DocumentProperty, isAddInMark } from "../core/sheets/sheet-names";
import { supports } from "./features";

/** What the writer and the source lister need to know about the workbook before touching it. */
export interface SheetInfo {
  name: string;
  position: number;
  visibility: string;
}

export interface NameInfo {
  name: string;
  type: string;
  visible: boolean;
}

/** A workbook name with a marker's name that is the user's own (see isAddInMark). */
export interface UserMarker {
  name: string;
  /** The sheet it points at; undefined for a name holding a constant or a formula. */
  sheetName?: string;
}

export interface WorkbookSurvey {
  sheets: SheetInfo[];
  names: NameInfo[];
  tables: { name: string; sheetName: string }[];
  /** The custom document properties (none before ExcelApi 1.7, where they cannot be read). */
  properties: DocumentProperty[];
  /**
   * Marker name (upper case) → the add-in's sheet it points at, for the markers that are the add-in's
   * marks (see isAddInMark) and still point at a sheet.
   */
  marked: Map<string, SheetInfo>;
  /** Names with a marker's name that are the user's: never re-pointed, their sheets never written. */
  userMarkers: UserMarker[];
  /** Name (upper case) → the sheet it points at, for the names the caller asked to locate. */
  located: Map<string, string>;
  /**
   * Marker name (upper case) → the charts on its sheet, loaded for the markers the caller asked for:
   * the writer deletes them when it reuses the sheet.
   */
  charts: Map<string, Excel.ChartCollection>;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export interface SurveyOptions {
  /** Markers whose sheets' charts are loaded (the writer deletes them when it reuses the sheet). */
  withCharts?: (name: string) => boolean;
  /** Other names whose sheets are wanted (the names a spec defines, to tell the user's from ours). */
  locate?: (name: string) => boolean;
}

/**
 * Two syncs: sheets, names, tables and the custom document properties; then, for every name with a
 * marker's name that refers to a range, the sheet it is on (a marker follows its sheet through
 * renames), that sheet's A1 when only a hidden name could make it the add-in's (a sheet an earlier
 * version wrote), and, where `withCharts` says so, that sheet's charts.
 */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  options: SurveyOptions = {}
): Promise<WorkbookSurvey> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load("items/name,items/position,items/visibility");
  names.load("items/name,items/type,items/visible");
  tables.load("items/name,items/worksheet/name");
  const custom = supports("customProperties")
    ? context.workbook.properties.custom.load("items/key,items/value")
    : undefined;
  await context.sync();
  const survey: WorkbookSurvey = {
    sheets: worksheets.items.map((s) => ({
      name: s.name,
      position: s.position,
      visibility: s.visibility,
    })),
    names: names.items.map((n) => ({ name: n.name, type: n.type, visible: n.visible })),
    tables: tables.items.map((t) => ({ name: t.name, sheetName: t.worksheet.name })),
    properties: (custom?.items ?? []).map((p) => ({ key: p.key, value: p.value })),
    marked: new Map(),
    userMarkers: [],
    located: new Map(),
    charts: new Map(),
  };
  // A name that holds a constant is the user's too; one that points nowhere (#REF!) holds nothing.
  for (const n of survey.names)
    if (isMarkerName(n.name) && n.type !== "Range" && n.type !== "Error")
      survey.userMarkers.push({ name: n.name });
  const ranges = survey.names.filter((n) => n.type === "Range");
  const markers = ranges.filter((n) => isMarkerName(n.name));
  const others = ranges.filter((n) => !isMarkerName(n.name) && options.locate?.(n.name));
  if (markers.length === 0 && others.length === 0) return survey;
  const found = markers.map((m) => {
    const sheet = names.getItem(m.name).getRange().worksheet;
    sheet.load("name");
    const proven = isAddInMark(m.name, survey.properties);
    const a1 = !proven && !m.visible ? sheet.getRange("A1").load("values") : undefined;
    const charts = options.withCharts?.(m.name) ? sheet.charts.load("items/name") : undefined;
    return { marker: m, sheet, a1, charts };
  });
  const pointed = others.map((n) => ({
    name: n.name,
    sheet: names.getItem(n.name).getRange().worksheet.load("name"),
  }));
  await context.sync();
  for (const { name, sheet } of pointed) survey.located.set(name.toUpperCase(), sheet.name);
  for (const { marker, sheet, a1, charts } of found) {
    survey.located.set(marker.name.toUpperCase(), sheet.name);
    const ours = isAddInMark(marker.name, survey.properties, {
      hidden: !marker.visible,
      titled: showsAddInTitle(marker.name, a1?.values[0][0]),
    });
    if (!ours) {
      survey.userMarkers.push({ name: marker.name, sheetName: sheet.name });
      continue;
    }
    const info = survey.sheets.find((s) => same(s.name, sheet.name));
    if (!info) continue;
    survey.marked.set(marker.name.toUpperCase(), info);
    if (charts) survey.charts.set(marker.name.toUpperCase(), charts);
  }
  return survey;
}

/** Whether a sheet is one of the add-in's (its marker is the add-in's mark). */
export function isAddInSheet(survey: WorkbookSurvey, sheetName: string): boolean {
  return [...survey.marked.values()].some((s) => same(s.name, sheetName));
}

/**
 * Whether the workbook has the name already for a place of the user's (not the add-in's sheets, not
 * #REF!), the caller having asked the survey to locate it: a name the user made is never re-pointed,
 * as their formulas use it. Their own KAM_Criteria is read as the criteria instead.
 */
export function isUsersName(survey: WorkbookSurvey, name: string, sheetName: string): boolean {
  const found = findName(survey, name);
  if (!found || found.type === "Error") return false;
  if (found.type !== "Range") return true;
  const at = survey.located.get(name.toUpperCase());
  return at !== undefined && !same(at, sheetName) && !isAddInSheet(survey, at);
}

export function findName(survey: WorkbookSurvey, name: string): NameInfo | undefined {
  return survey.names.find((n) => same(n.name, name));
}

export function sheetNamed(survey: WorkbookSurvey, name: string): SheetInfo | undefined {
  return survey.sheets.find((s) => same(s.name, name));
}
