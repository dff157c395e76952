import type { Analysis } from "../core/analysis-types";
import type { Lang } from "../core/language";
import { entriesAsWritten, sheetsToWrite } from "../core/plans/plan-batches";
import type { PlanEntry } from "../core/plans/plan-generation";
import { TEAM_MARKER } from "../core/plans/plan-names";
import { sheetNames } from "../core/sheets/sheet-names";
import type { TemplatesOrigin } from "../core/plans/templates-parse";
import type { KamWorkbook, WrittenSheet } from "../excel/kam-workbook";
import type { PaneFlow } from "./flow";

/** The steps of a plan generation, in the order the progress bar shows them. */
export type PlanStep = "reading" | "writingPlans" | "updating" | "overview";

export interface PlanInput {
  analysis: Analysis;
  /** The accounts ticked for a plan. */
  chosen: readonly string[];
  /** The generation day, "2025-03-01". */
  today: string;
}

export interface PlanOutcome {
  /** Every plan, under the sheet name it has now; `isNew` for the ones this generation wrote. */
  entries: PlanEntry[];
  overview?: WrittenSheet;
  /** Whether the templates came from the workbook, were written to it now, or could not be read. */
  templates: TemplatesOrigin;
  /** Hidden names of existing plans that are gone, so their figures could not be updated. */
  missing: string[];
}

// How much of the bar each phase takes: writing new sheets is the long part.
const READ_END = 0.1;
const PLANS_END = 0.8;
const UPDATE_END = 0.9;

/**
 * Generates plans: reads the templates and the plans already in the workbook, writes the templates
 * sheet if the workbook has none, KAM Team the first time (afterwards only the cells it owns, with the
 * updates) and a sheet for each chosen account without a plan, updates the named cells of the plans
 * already there, then rewrites the KAM Plans overview under the sheet names
 * the plans have now (the writer may have had to pick another name than the one asked for).
 */
export async function generatePlans(
  workbook: KamWorkbook,
  flow: PaneFlow,
  lang: Lang,
  input: PlanInput,
  onStep: (step: PlanStep, fraction: number) => void
): Promise<PlanOutcome> {
  onStep("reading", 0);
  const values = await workbook.readTemplates();
  const plans = await workbook.listPlans();
  const reading = flow.readTemplates(values, lang);
  const work = flow.planWork({ ...input, plans, templates: reading.templates, lang });
  const hasTeam = work.entries.length > 0 && (await workbook.hasSheet(TEAM_MARKER));
  const team = flow.teamWork(work.entries, reading.templates, lang, input.today, hasTeam);

  onStep("writingPlans", READ_END);
  const specs = sheetsToWrite(work, reading, lang, team.sheet);
  const written =
    specs.length === 0
      ? []
      : await workbook.writeSheets(specs, (p) =>
          onStep("writingPlans", READ_END + (PLANS_END - READ_END) * p.fraction)
        );
  const entries = entriesAsWritten(work.entries, written);

  onStep("updating", PLANS_END);
  const teamUpdate = { marker: TEAM_MARKER, sheetName: sheetNames(lang).team, writes: team.writes };
  const missing = await workbook.updatePlans(
    team.writes.length > 0 ? [...work.updates, teamUpdate] : work.updates
  );
  if (entries.length === 0) return { entries, templates: reading.origin, missing };

  onStep("overview", UPDATE_END);
  const [overview] = await workbook.writeSheets(
    [flow.plansOverview(entries, lang, work.scoring)],
    (p) => onStep("overview", UPDATE_END + (1 - UPDATE_END) * p.fraction)
  );
  return { entries, overview, templates: reading.origin, missing };
}
