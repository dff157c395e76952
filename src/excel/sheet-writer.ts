import type { SheetSpec } from "../core/sheets/sheet-spec";
import type { WrittenSheet } from "./kam-workbook";
import { RangeWrite, specRows, writeRequests } from "./block-plan";
import { supports } from "./features";
import { addChart } from "./charts";
import { RequestBudget } from "./request-budget";
import { applyColumnWidths, applyFormats } from "./sheet-formats";
import { addSheetObjects } from "./sheet-objects";
import { prepareSheet } from "./sheet-replacement";
import { WorkbookSurvey } from "./sheet-survey";

export type SheetStep = "clearing" | "values" | "formats" | "chart";

/** Progress within one sheet: the step, and 0–1 of the sheet done. */
export type SheetProgress = (step: SheetStep, fraction: number) => void;

/** Where each step starts within a sheet's progress; values take most of the time. */
const STEP_START: Record<SheetStep, number> = {
  clearing: 0,
  values: 0.05,
  formats: 0.85,
  chart: 0.95,
};

function queueWrite(sheet: Excel.Worksheet, write: RangeWrite): void {
  const range = sheet.getRange(write.address);
  if (write.property === "numberFormat") range.numberFormat = write.data;
  else if (write.property === "formulas") range.formulas = write.data;
  else range.values = write.data;
}

/**
 * Renders one SheetSpec: the sheet (new, or the add-in's own one emptied and reused in place, under
 * the name the user gave it), then the values in row blocks of one request and one sync each (text
 * columns formatted "@" in the same request, before their values), then formats and Excel objects in
 * as few requests as fit, then the chart.
 * Syncs: 1 to prepare (emptying included) + 1 per value block + usually 1 for formats + 1 per chart.
 */
export async function writeSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  survey: WorkbookSurvey,
  progress: SheetProgress = () => undefined
): Promise<WrittenSheet> {
  progress("clearing", STEP_START.clearing);
  const { sheet, name } = await prepareSheet(context, spec, survey);

  const total = Math.max(1, specRows(spec));
  const suspend = supports("suspendCalculation");
  let written = 0;
  progress("values", STEP_START.values);
  for (const request of writeRequests(spec)) {
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    request.writes.forEach((write) => queueWrite(sheet, write));
    // One sync per block of thousands of rows, by design: one request cannot carry them all.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    written += request.rows;
    progress(
      "values",
      STEP_START.values + (STEP_START.formats - STEP_START.values) * (written / total)
    );
  }

  progress("formats", STEP_START.formats);
  const budget = new RequestBudget(context);
  await applyColumnWidths(sheet, spec.columns ?? [], budget);
  await applyFormats(sheet, spec.formats ?? [], budget);
  await addSheetObjects(sheet, name, spec, survey, budget);
  await budget.flush();

  if (spec.charts && spec.charts.length > 0) {
    progress("chart", STEP_START.chart);
    spec.charts.forEach((chart) => addChart(sheet, chart, name));
    await context.sync();
  }
  progress("chart", 1);
  return { kind: spec.kind, marker: spec.marker, name };
}
