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

export interface WorkbookSurvey {
  sheets: SheetInfo[];
  names: NameInfo[];
  tables: { name: string; sheetName: string }[];
  /** Marker name (upper case) → the sheet it points at, for markers that still point at a sheet. */
  marked: Map<string, SheetInfo>;
  /**
   * Marker name (upper case) → the charts on its sheet, loaded for the markers the caller asked for:
   * the writer deletes them when it reuses the sheet.
   */
  charts: Map<string, Excel.ChartCollection>;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * A hidden name starting "KAM_" marks a sheet the add-in created (see SheetSpec.marker): the source
 * lister leaves such sheets out, whatever the user has renamed them to.
 */
export function isAddinMarker(item: NameInfo): boolean {
  return !item.visible && /^KAM_/i.test(item.name) && item.type === "Range";
}

/**
 * Two syncs: sheets, names and tables; then, for each marker name given that still refers to a
 * range, the sheet it is on (a marker follows its sheet through renames) and, where `withCharts`
 * says so, that sheet's charts.
 */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  isMarker: (item: NameInfo) => boolean,
  withCharts: (item: NameInfo) => boolean = () => false
): Promise<WorkbookSurvey> {
  const { worksheets, names, tables } = context.workbook;
  worksheets.load("items/name,items/position,items/visibility");
  names.load("items/name,items/type,items/visible");
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  const survey: WorkbookSurvey = {
    sheets: worksheets.items.map((s) => ({
      name: s.name,
      position: s.position,
      visibility: s.visibility,
    })),
    names: names.items.map((n) => ({ name: n.name, type: n.type, visible: n.visible })),
    tables: tables.items.map((t) => ({ name: t.name, sheetName: t.worksheet.name })),
    marked: new Map(),
    charts: new Map(),
  };
  const markers = survey.names.filter((n) => n.type === "Range" && isMarker(n));
  if (markers.length === 0) return survey;
  const located = markers.map((m) => {
    const sheet = names.getItem(m.name).getRange().worksheet;
    sheet.load("name");
    const charts = withCharts(m) ? sheet.charts.load("items/name") : undefined;
    return { marker: m.name, sheet, charts };
  });
  await context.sync();
  for (const { marker, sheet, charts } of located) {
    const info = survey.sheets.find((s) => same(s.name, sheet.name));
    if (!info) continue;
    survey.marked.set(marker.toUpperCase(), info);
    if (charts) survey.charts.set(marker.toUpperCase(), charts);
  }
  return survey;
}

export function findName(survey: WorkbookSurvey, name: string): NameInfo | undefined {
  return survey.names.find((n) => same(n.name, name));
}

export function sheetNamed(survey: WorkbookSurvey, name: string): SheetInfo | undefined {
  return survey.sheets.find((s) => same(s.name, name));
}
