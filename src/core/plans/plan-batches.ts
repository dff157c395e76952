import type { Lang } from "../language";
import type { SheetSpec } from "../sheets/sheet-spec";
import type { PlanEntry, PlanWork } from "./plan-generation";
import type { TemplatesReading } from "./templates-parse";
import { templatesSheet } from "./templates-sheet";

/**
 * The sheets a generation writes before anything else, in the pane and on the command line alike:
 * the KAM Templates sheet when the workbook has none (never over the user's), KAM Team when it is
 * written for the first time (before the plans, whose dropdowns name its roster), then the new plans.
 */
export function sheetsToWrite(
  work: PlanWork,
  reading: TemplatesReading,
  lang: Lang,
  team?: SheetSpec
): SheetSpec[] {
  return [
    ...(reading.origin === "absent" ? [templatesSheet(reading.templates, lang)] : []),
    ...(team ? [team] : []),
    ...work.newPlans,
  ];
}

/**
 * The plans under the names their sheets have now: the writer may have had to choose another name than
 * the one asked for (a user's sheet had it), and the overview must link to the sheet as it is.
 */
export function entriesAsWritten(
  entries: readonly PlanEntry[],
  written: readonly { marker: string; name: string }[]
): PlanEntry[] {
  const nameOf = new Map(written.map((w) => [w.marker.toUpperCase(), w.name]));
  return entries.map((e) => ({
    ...e,
    sheetName: nameOf.get(e.marker.toUpperCase()) ?? e.sheetName,
  }));
}
