import { planNames, planNumber, TEMPLATES_MARKER } from "../core/plans/plan-names";
import { FILLED_BLOCKS, FilledBlock, fillNames } from "../core/plans/plan-fills";
import type { PlanSheetInfo } from "../core/plans/plan-registry";
import type { PlanUpdate } from "../core/plans/plan-update";
import type { CellValue } from "../core/sheets/sheet-spec";
import { RECT_PROPERTIES, rectOf } from "./addresses";
import { cellInput } from "./cell-input";
import { jsonSize } from "./limits";
import { ReadOptions, readValues } from "./reader";
import { ACTION_BYTES, RequestBudget } from "./request-budget";
import { surveyWorkbook } from "./sheet-survey";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * The values of the KAM Templates sheet (its used range), found by its marker whatever the user has
 * renamed it to; undefined when the workbook has no such sheet of the add-in's (a user's sheet that
 * their own name KAM_Templates points at is not read). An emptied sheet reads as no rows.
 */
export async function readTemplateValues(
  context: Excel.RequestContext,
  read: ReadOptions
): Promise<CellValue[][] | undefined> {
  const survey = await surveyWorkbook(context);
  const marked = survey.marked.get(TEMPLATES_MARKER.toUpperCase());
  if (!marked) return undefined;
  const used = context.workbook.worksheets
    .getItem(marked.name)
    .getUsedRangeOrNullObject(true)
    .load(RECT_PROPERTIES);
  await context.sync();
  if (used.isNullObject) return [];
  return readValues(context, marked.name, rectOf(used), read);
}

/**
 * Every plan marker (KAM_Plan_<n>): the survey of the add-in's sheets; then, for each marker of the
 * add-in's that still points at a sheet, the values of the plan's profile row when its name is still
 * there. Markers of deleted sheets are listed too, so their numbers are never given to a new plan; so
 * are a user's own names of that form, whose sheets are never taken for plans.
 */
export async function listPlanSheets(context: Excel.RequestContext): Promise<PlanSheetInfo[]> {
  const survey = await surveyWorkbook(context);
  const { names } = context.workbook;
  const isRange = (name: string) =>
    survey.names.some((n) => same(n.name, name) && n.type === "Range");
  type Found = {
    marker: string;
    sheetName?: string;
    profile?: Excel.Range;
    filled?: [FilledBlock, Excel.Range, Excel.Range][];
    /** The kept health, the progress row and the stages (plan-registry.ts reads them together). */
    health?: [Excel.Range, Excel.Range | undefined, Excel.Range | undefined];
    /** The cooperation model's heading: the cell above its values. */
    heading?: Excel.Range;
  };
  const load = (name: string) => names.getItem(name).getRange().load("values");
  const found = survey.names.flatMap((item): Found[] => {
    const number = planNumber(item.name);
    if (number === undefined) return [];
    const sheet = survey.marked.get(item.name.toUpperCase());
    if (!sheet) return [{ marker: item.name }];
    const profileName = planNames(number).profile;
    const profile = isRange(profileName) ? load(profileName) : undefined;
    // The blocks a generation fills again, with the add-in's copy (plans made before have neither).
    const filled = FILLED_BLOCKS.flatMap((block): [FilledBlock, Excel.Range, Excel.Range][] => {
      const n = fillNames(planNames(number), block);
      return isRange(n.cells) && isRange(n.copy) ? [[block, load(n.cells), load(n.copy)]] : [];
    });
    const n = planNames(number);
    const health: Found["health"] = isRange(n.health)
      ? [
          load(n.health),
          isRange(n.progress) ? load(n.progress) : undefined,
          isRange(n.stages) ? load(n.stages) : undefined,
        ]
      : undefined;
    const heading = isRange(n.model)
      ? names.getItem(n.model).getRange().getCell(0, 0).getOffsetRange(-1, 0).load("values")
      : undefined;
    return [{ marker: item.name, sheetName: sheet.name, profile, filled, health, heading }];
  });
  if (found.some((f) => f.profile || f.health || f.heading || (f.filled ?? []).length > 0))
    await context.sync();
  return found.map(({ marker, sheetName, profile, filled, health, heading }) => ({
    marker,
    ...(heading ? { modelHeading: (heading.values as CellValue[][])[0][0] ?? null } : {}),
    ...(sheetName !== undefined ? { sheetName } : {}),
    ...(profile ? { profile: (profile.values as CellValue[][])[0] } : {}),
    ...(health
      ? {
          health: (health[0].values as CellValue[][])[0],
          ...(health[1] ? { progress: (health[1].values as CellValue[][])[0] } : {}),
          ...(health[2]
            ? { stages: (health[2].values as CellValue[][]).map((row) => row[0] ?? null) }
            : {}),
        }
      : {}),
    filled: Object.fromEntries(
      (filled ?? []).map(([block, cells, copy]) => [
        block,
        { cells: cells.values as CellValue[][], copy: copy.values as CellValue[][] },
      ])
    ),
  }));
}

/**
 * Writes the named cells of existing plans (profile figures, status notes), each from the top-left
 * cell of the range its name points at now, so cells the user moved by inserting rows are still the
 * ones written. Nothing else on the sheets is touched. Two syncs for any number of plans (more only
 * if the writes outgrow one request); returns the names that no longer point at a range.
 */
export async function writePlanUpdates(
  context: Excel.RequestContext,
  updates: readonly PlanUpdate[]
): Promise<string[]> {
  const writes = updates.flatMap((u) => u.writes);
  if (writes.length === 0) return [];
  const items = writes.map((write) => ({
    write,
    item: context.workbook.names.getItemOrNullObject(write.name).load("type"),
  }));
  await context.sync();
  const missing: string[] = [];
  const budget = new RequestBudget(context);
  for (const { write, item } of items) {
    if (item.isNullObject || item.type !== "Range" || write.rows.length === 0) {
      missing.push(write.name);
      continue;
    }
    const columns = Math.max(1, ...write.rows.map((row) => row.length));
    const data = write.rows.map((row) =>
      Array.from({ length: columns }, (_, c) => cellInput(row[c] ?? null, false))
    );
    await budget.reserve(ACTION_BYTES * 2 + jsonSize(data));
    const target = item
      .getRange()
      .getCell(0, 0)
      .getOffsetRange(write.rowOffset ?? 0, 0)
      .getResizedRange(data.length - 1, columns - 1);
    target.formulas = data;
  }
  await budget.flush();
  return missing;
}
