import type { NeedRule } from "./need-rules";

/**
 * The templates a new plan is filled from: for each need, the default tasks; and the key-account team's
 * roles with their responsibility, authority and accountability (the article's "responsibility, authority, benefit"). They live in the
 * workbook, on the KAM Templates sheet, as words in the user's language: the user edits them there.
 */

/** One default task: what to do for a need, who does it, how, and when relative to the plan's start. */
export interface TaskTemplate {
  need: string;
  workItem: string;
  ownerRole: string;
  workForm: string;
  /** Days from the plan's start date to the task's start. */
  startAfterDays: number;
  /** Days from the task's start to its due date. */
  durationDays: number;
  /** Working days the task takes; null when not estimated. */
  workloadDays: number | null;
  kpi: string;
}

export interface RoleTemplate {
  role: string;
  responsibilities: string;
  authority: string;
  /** Benefit: what the role gains when the account does well (blank when the sheet has no such column). */
  benefit: string;
  /** What the role is assessed on. */
  accountableFor: string;
}

/** One relationship stage of the article's progression, with what it means, in order. */
export interface StageTemplate {
  stage: string;
  definition: string;
}

/** How accounts of one star level are served: the service model a plan's cooperation block shows. */
export interface ServiceLevel {
  stars: number;
  visitsPerMonth: number | null;
  reviewEveryDays: number | null;
  /** Support budget as a share of the account's sales (0.03 = 3%). */
  supportShare: number | null;
  creditTermsDays: number | null;
  /** The work forms used with the account, as words ("group meeting, training"). */
  workForms: string;
  /** The stage a first plan records as current, and the stage it aims for. */
  startStage: string;
  targetStage: string;
}

export interface PlanTemplates {
  /** In order; the first is the KA manager, who leads the team. */
  roles: RoleTemplate[];
  tasks: TaskTemplate[];
  /** Need priorities from the account's figures (see need-rules.ts). */
  rules: NeedRule[];
  service: ServiceLevel[];
  stages: StageTemplate[];
}

/** The needs the tasks and the rules address, each once, in the order they first appear. */
export function needsOf(templates: PlanTemplates): string[] {
  const needs: string[] = [];
  const seen = new Set<string>();
  for (const need of [
    ...templates.tasks.map((t) => t.need),
    ...templates.rules.map((r) => r.need),
  ]) {
    const key = need.trim().toLowerCase();
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    needs.push(need);
  }
  return needs;
}

/** The service level of an account: its star level's row, or the nearest level below it. */
export function serviceLevelOf(templates: PlanTemplates, stars: number): ServiceLevel | undefined {
  const below = templates.service.filter((s) => s.stars <= stars).sort((a, b) => b.stars - a.stars);
  return below[0];
}
