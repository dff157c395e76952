/**
 * Driving the pane's real plan code (officeWorkbook + runAnalysis + generatePlans + the core flow)
 * on the in-memory Excel, and reading what it wrote back out of the double's model.
 */
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { officeWorkbook } from "../../src/excel/office-workbook";
import { coreFlow } from "../../src/taskpane/flow";
import { runAnalysis } from "../../src/taskpane/run-analysis";
import { generatePlans } from "../../src/taskpane/run-plans";
import { ExcelHost, SheetModel, selectRange } from "../../src/workbench/excel-double";

export async function analyse(host: ExcelHost, lang: Lang, at: string) {
  selectRange(host, at);
  const workbook = officeWorkbook({ cellEditWaitMs: 0 });
  const source = await workbook.detectSource();
  const detected = coreFlow.detectColumns(source.values);
  if (!detected) throw new Error("no header detected");
  const outcome = await runAnalysis(
    workbook,
    coreFlow,
    lang,
    { source, detected, criteria: DEFAULT_CRITERIA },
    { onStep: () => undefined, onSource: () => undefined }
  );
  if (outcome.kind !== "done") throw new Error(`analysis did not finish: ${outcome.kind}`);
  return outcome.analysis;
}

export async function plan(
  host: ExcelHost,
  lang: Lang,
  analysis: Awaited<ReturnType<typeof analyse>>,
  chosen: string[],
  today: string
) {
  const steps: string[] = [];
  const before = host.syncCount;
  const outcome = await generatePlans(
    officeWorkbook({ cellEditWaitMs: 0 }),
    coreFlow,
    lang,
    { analysis, chosen, today },
    (step) => steps.push(step)
  );
  return { outcome, steps, syncs: host.syncCount - before };
}

/** A row of a sheet as values (blanks as null), columns A onwards. */
export function rowValues(sheet: SheetModel, row: number, columns = 10) {
  return Array.from({ length: columns }, (_, c) => sheet.cells.value(row, c) ?? null);
}

/** The first row (zero-based) whose column A holds `text`. */
export function rowOf(sheet: SheetModel, text: string, from = 0): number {
  for (let r = from; r < from + 2000; r++) if (sheet.cells.value(r, 0) === text) return r;
  throw new Error(`"${text}" is not in column A of ${sheet.name}`);
}

/** Where a workbook name points: its sheet and zero-based top-left. */
export function named(host: ExcelHost, name: string) {
  const item = host.model.name(name);
  if (!item?.ref) throw new Error(`no range name ${name}`);
  return { sheet: item.ref.sheet, row: item.ref.rect.row, column: item.ref.rect.column, item };
}
