import { CRITERIA_RANGE_NAME } from "../core/sheets/sheet-names";
import type { PlanUpdate } from "../core/plans/plan-update";
import type { CellValue, SheetSpec } from "../core/sheets/sheet-spec";
import type { KamWorkbook, SourceData, WriteProgress, WrittenSheet } from "./kam-workbook";
import { RECT_PROPERTIES, rectOf, sheetRangeId } from "./addresses";
import { excelRun } from "./host";
import { OfficeWorkbookError, RetryOptions, guarded } from "./office-errors";
import { ReadOptions, readValues } from "./reader";
import { listPlanSheets, readTemplateValues, writePlanUpdates } from "./plan-sheets";
import { writeSheet } from "./sheet-writer";
import { markSheets } from "./sheet-replacement";
import { surveyWorkbook } from "./sheet-survey";
import { SourceLocation, listLocations, locateAroundCursor, locateById } from "./sources";
import { watchSource } from "./source-watch";
import { askHiddenRows } from "./hidden-rows";

export interface OfficeWorkbookOptions extends Partial<RetryOptions> {
  /** Read block sizes; the defaults keep each read well inside Excel's limits. */
  read?: Omit<ReadOptions, "onBlock">;
}

async function readLocation(
  context: Excel.RequestContext,
  location: SourceLocation,
  read: ReadOptions
): Promise<SourceData> {
  const dates = { found: [] as string[] };
  // Asked before the values are read, so the question goes with their first block.
  const hidden = askHiddenRows(context, location.sheetName, location.rect);
  const values = await readValues(context, location.sheetName, location.rect, read, dates);
  const hiddenRows = await hidden();
  const { id, label, kind, sheetName, rect } = location;
  return {
    id,
    label,
    kind,
    sheetName,
    address: sheetRangeId(sheetName, rect),
    firstRow: rect.row + 1,
    firstColumn: rect.column + 1,
    values,
    dateCells: dates.found,
    hiddenRows,
  };
}

/** Where a source read earlier sits, from what the read gave (its first cell and its values' size). */
function watchedOf(source: SourceData) {
  const columns = source.values.reduce((width, row) => Math.max(width, row.length), 0);
  const rect = {
    row: source.firstRow - 1,
    column: source.firstColumn - 1,
    rows: Math.max(1, source.values.length),
    columns: Math.max(1, columns),
  };
  return { sheetName: source.sheetName, rect, kind: source.kind };
}

/**
 * The KamWorkbook of the running Excel, through Office.js (or whatever stands in for its globals).
 * Every method fails only with an OfficeWorkbookError whose `messageKey` the pane translates; a
 * request refused because the user is editing a cell is retried once after a short wait.
 */
export function officeWorkbook(options: OfficeWorkbookOptions = {}): KamWorkbook {
  const retry: RetryOptions = { cellEditWaitMs: options.cellEditWaitMs ?? 1000 };
  const read = options.read ?? {};
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    guarded(() => excelRun(batch), retry);

  return {
    detectSource: () =>
      run(async (context) => readLocation(context, await locateAroundCursor(context), read)),

    listSources: () =>
      run(async (context) =>
        (await listLocations(context)).map(({ id, label, kind }) => ({ id, label, kind }))
      ),

    readSource: (id: string) =>
      run(async (context) => readLocation(context, await locateById(context, id), read)),

    watchSource: (source: SourceData, onChange: () => void) =>
      guarded(() => watchSource(watchedOf(source), onChange), retry),

    readCriteria: () =>
      run(async (context): Promise<CellValue[][] | undefined> => {
        const name = context.workbook.names.getItemOrNullObject(CRITERIA_RANGE_NAME).load("type");
        await context.sync();
        if (name.isNullObject || name.type !== "Range") return undefined;
        const range = name.getRange().load(RECT_PROPERTIES);
        const sheet = range.worksheet.load("name");
        await context.sync();
        return readValues(context, sheet.name, rectOf(range), read);
      }),

    writeSheets: (specs: SheetSpec[], onProgress?: (p: WriteProgress) => void) =>
      run(async (context): Promise<WrittenSheet[]> => {
        const upper = (s: string) => s.toUpperCase();
        const markers = new Set(specs.map((s) => upper(s.marker)));
        const defined = new Set(specs.flatMap((s) => (s.names ?? []).map((n) => upper(n.name))));
        const survey = await surveyWorkbook(context, {
          withCharts: (name) => markers.has(upper(name)),
          locate: (name) => defined.has(upper(name)),
        });
        // A name of the user's that the add-in would mark its sheet with: their name is never
        // re-pointed and its sheet never written to, so nothing is written at all.
        const taken = survey.userMarkers.find((m) => markers.has(upper(m.name)));
        if (taken)
          throw new OfficeWorkbookError("nameTaken", undefined, {
            detail:
              taken.sheetName === undefined ? taken.name : `${taken.name} → '${taken.sheetName}'`,
          });
        // Sheets an earlier version wrote get the mark they lack.
        markSheets(
          context,
          survey,
          survey.names.filter((n) => survey.marked.has(upper(n.name))).map((n) => n.name)
        );
        const written: WrittenSheet[] = [];
        for (const [i, spec] of specs.entries()) {
          const progress = (step: string, fraction: number) =>
            onProgress?.({ step, fraction: (i + fraction) / specs.length, kind: spec.kind });
          written.push(await writeSheet(context, spec, survey, progress));
        }
        return written;
      }),

    readTemplates: () => run((context) => readTemplateValues(context, read)),

    hasSheet: (marker: string) =>
      run(async (context) => (await surveyWorkbook(context)).marked.has(marker.toUpperCase())),

    listPlans: () => run((context) => listPlanSheets(context)),

    updatePlans: (updates: PlanUpdate[]) => run((context) => writePlanUpdates(context, updates)),

    goTo: (sheetName: string, address: string) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      }),
  };
}
