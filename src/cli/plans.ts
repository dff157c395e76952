import { quadrantsOf } from "../core/portfolio/portfolio";
import type { Analysis } from "../core/analysis-types";
import type { Lang } from "../core/language";
import { localIsoDay } from "../core/plans/plan-dates";
import { planWork } from "../core/plans/plan-generation";
import { plansOverview } from "../core/plans/plans-overview";
import { parseTemplates } from "../core/plans/templates-parse";
import { PlanJson, planJson, planModel } from "../core/plans/plan-model";
import { entriesAsWritten, sheetsToWrite } from "../core/plans/plan-batches";
import { plannedAccounts } from "../core/plans/plan-registry";
import { listPlanSheets, planTeamCells, rosterValues, templateValues } from "../xlsx/plan-sheets";
import { planPerson } from "../core/plans/team-people";
import { accountKey } from "../core/tiers";
import { ourMarker } from "../xlsx/add-in-sheets";
import { TEAM_MARKER } from "../core/plans/plan-names";
import { exampleRoster, teamWork } from "../core/plans/team-sheet";
import { DEFAULT_PLAN_LIMIT, type PlanOptions, checkPlanCount, planAccounts } from "./plan-choice";
import type { LoadedWorkbook } from "../xlsx/read-workbook";
import type { SheetBatch, WorkbookChanges } from "../xlsx/save-workbook";

export interface PlanChanges extends WorkbookChanges {
  /** The templates on the KAM Templates sheet could not be read: the defaults were used. */
  templatesUnreadable: boolean;
  /** What each key account's plan says (the plan a generation makes now), for --json. */
  plans: PlanJson[];
}

/**
 * --plans, as the pane generates plans (src/taskpane/run-plans.ts): a plan sheet for each chosen
 * account (every key account, the N largest, or those named; see plan-choice.ts) that has none, the KAM Templates sheet when the workbook has none, KAM Team the first time (then only its owned cells), the named cells of the plans
 * already there updated (nothing else on them is touched, so the user's tasks, team and notes stay),
 * then the KAM Plans overview under the sheet names the plans got.
 */
export function planChanges(
  analysis: Analysis,
  loaded: LoadedWorkbook,
  lang: Lang,
  now = new Date(),
  options: PlanOptions = { limit: DEFAULT_PLAN_LIMIT }
): PlanChanges {
  const chosen = planAccounts(analysis, options);
  const plans = listPlanSheets(loaded);
  // Counted before any sheet is built: the sheets of thousands of plans would not fit in memory.
  const planned = plannedAccounts(plans, chosen);
  checkPlanCount(chosen.length - planned.length, options.limit);
  const reading = parseTemplates(templateValues(loaded), lang);
  const today = localIsoDay(now);
  const work = planWork({
    analysis,
    chosen,
    plans,
    templates: reading.templates,
    lang,
    today,
  });
  const team = teamWork(
    work.entries,
    reading.templates,
    lang,
    today,
    ourMarker(loaded, TEAM_MARKER) !== undefined
  );
  const newSheets: SheetBatch = () => sheetsToWrite(work, reading, lang, team.sheet);
  const overview: SheetBatch = (written) => {
    const entries = entriesAsWritten(work.entries, written);
    return entries.length === 0 ? [] : [plansOverview(entries, lang, work.scoring)];
  };
  const quadrants = quadrantsOf(analysis);
  // The people the plans name: the roster the user edited, else the one this run writes; a plan
  // already in the file names the people typed into its team (the new ones' team is all formulas).
  const roster =
    rosterValues(loaded) ??
    exampleRoster(reading.templates, lang).map(([person, role]) => ({ person, role }));
  const newTeam = reading.templates.roles.map((r) => ({ role: r.role }));
  const teams = new Map(
    work.entries
      .filter((e) => !e.isNew)
      .reverse()
      .map((e) => [accountKey(e.account), planTeamCells(loaded, e.number)])
  );
  const personOf = (account: string) => (role: string) =>
    planPerson(roster, role, teams.get(accountKey(account)) ?? newTeam);
  return {
    batches: [newSheets, overview],
    named: [...work.updates.flatMap((u) => u.writes), ...team.writes],
    templatesUnreadable: reading.origin === "unreadable",
    plans: analysis.accounts
      .filter((a) => a.keyAccount)
      .map((a) =>
        planJson(
          planModel(a, reading.templates, analysis.criteria, lang, today, quadrants.get(a.account)),
          personOf(a.account)
        )
      ),
  };
}
