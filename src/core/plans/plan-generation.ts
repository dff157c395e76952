import { quadrantsOf } from "../portfolio/portfolio";
import { AccountTier, Analysis } from "../analysis-types";
import { Lang } from "../language";
import { SheetSpec } from "../sheets/sheet-spec";
import { accountKey } from "../tiers";
import { planNames, planSheetNames } from "./plan-names";
import { ExistingPlan, PlanSheetInfo, planRegistry } from "./plan-registry";
import { planSheet } from "./plan-sheet";
import { PlanUpdate, planUpdate } from "./plan-update";
import { PlanTemplates } from "./templates";
import { planModel } from "./plan-model";
import {
  EntryHealth,
  HealthScoring,
  entryHealth,
  planHealth,
  planStages,
  stageGap,
} from "./plan-health";

export interface PlanRequest {
  analysis: Analysis;
  /** The accounts ticked for a plan, by name; those that have one already are updated, not doubled. */
  chosen: readonly string[];
  /** Every plan marker in the workbook (KamWorkbook.listPlans). */
  plans: readonly PlanSheetInfo[];
  templates: PlanTemplates;
  lang: Lang;
  /** The generation day, "2025-03-01". */
  today: string;
}

/** One plan, as the overview lists it. */
export interface PlanEntry {
  number: number;
  marker: string;
  /** The account as the analysis (or, for an account no longer in it, the plan) names it. */
  account: string;
  sheetName: string;
  isNew: boolean;
  /** False when the plan's figures cannot be found (its profile row is gone). */
  linked: boolean;
  /** The account's health now and at the previous generation (accounts in the analysis only). */
  health?: EntryHealth;
}

export interface PlanWork {
  /** New plan sheets, one per chosen account without a plan. */
  newPlans: SheetSpec[];
  /** Profile figures and status notes for the plans already in the workbook. */
  updates: PlanUpdate[];
  /** Every plan: the analysis's accounts largest first, then plans of accounts no longer in it. */
  entries: PlanEntry[];
  /** The stage words and weights the overview's health formulas use. */
  scoring: HealthScoring;
}

/**
 * What a generation does, decided from the analysis and what the workbook holds: a new plan for
 * each chosen account that has none, and an update of the named cells of every plan already there.
 * Nothing is deleted, and nothing else on an existing plan is touched.
 */
export function planWork(request: PlanRequest): PlanWork {
  const { analysis, lang, today } = request;
  const registry = planRegistry(request.plans);
  const byKey = new Map(analysis.accounts.map((a) => [accountKey(a.account), a]));
  const chosen = new Set(request.chosen.map(accountKey));
  const plansByKey = new Map<string, ExistingPlan[]>();
  for (const p of registry.plans) {
    if (p.account === undefined) continue;
    const key = accountKey(p.account);
    plansByKey.set(key, [...(plansByKey.get(key) ?? []), p]);
  }
  const plansOf = (account: string) => plansByKey.get(accountKey(account)) ?? [];
  const fresh: AccountTier[] = analysis.accounts.filter(
    (a) => chosen.has(accountKey(a.account)) && plansOf(a.account).length === 0
  );
  const sheetNames = planSheetNames(
    fresh.map((a) => a.account),
    registry.plans.map((p) => p.sheetName),
    lang
  );
  const { criteria } = analysis;
  const stages = planStages(request.templates, lang);
  // A new plan's health: its tasks are not started, so those due before today are overdue.
  const freshHealth = fresh.map(
    (account) => planModel(account, request.templates, criteria, lang, today).health
  );
  const quadrants = quadrantsOf(analysis);
  const newPlans = fresh.map((account, i) =>
    planSheet({
      quadrant: quadrants.get(account.account),
      account,
      number: registry.nextNumber + i,
      sheetName: sheetNames[i],
      templates: request.templates,
      criteria,
      lang,
      today,
      health: freshHealth[i].score,
    })
  );
  // An existing plan's health: its overdue count and stages as the workbook has them now.
  const healthOf = new Map<ExistingPlan, EntryHealth>();
  const updates = registry.plans
    .filter((p) => p.account !== undefined)
    .map((p) => {
      const account = byKey.get(accountKey(p.account as string));
      const update = planUpdate(
        p,
        account,
        lang,
        today,
        criteria,
        request.templates,
        account && quadrants.get(account.account)
      );
      if (account) {
        const overdue = p.health?.overdue;
        const gap = stageGap(p.health?.stage, p.health?.targetStage, stages);
        const health = planHealth(
          account,
          typeof overdue === "number" ? overdue : 0,
          gap,
          criteria
        );
        healthOf.set(p, entryHealth(account, health, p.health?.previous));
        if (p.health)
          update.writes.push({ name: planNames(p.number).health, rows: [[health.score ?? ""]] });
      }
      return update;
    });

  const entries: PlanEntry[] = [];
  const freshIndex = new Map(fresh.map((a, i) => [a, i]));
  const newEntry = (a: AccountTier, i: number): PlanEntry => {
    const number = registry.nextNumber + i;
    const marker = planNames(number).marker;
    return {
      number,
      marker,
      account: a.account,
      sheetName: sheetNames[i],
      isNew: true,
      linked: true,
      health: entryHealth(a, freshHealth[i], undefined),
    };
  };
  for (const account of analysis.accounts) {
    for (const p of plansOf(account.account))
      entries.push({
        number: p.number,
        marker: p.marker,
        sheetName: p.sheetName,
        account: account.account,
        isNew: false,
        linked: true,
        ...(healthOf.has(p) ? { health: healthOf.get(p) } : {}),
      });
    const i = freshIndex.get(account) ?? -1;
    if (i >= 0) entries.push(newEntry(account, i));
  }
  for (const p of registry.plans)
    if (p.account === undefined || !byKey.has(accountKey(p.account)))
      entries.push({
        number: p.number,
        marker: p.marker,
        account: p.account ?? p.sheetName,
        sheetName: p.sheetName,
        isNew: false,
        linked: p.account !== undefined,
      });
  return { newPlans, updates, entries, scoring: { stages, criteria } };
}
