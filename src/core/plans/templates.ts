/**
 * The templates a new plan is filled from: for each need, the default tasks; and the key-account team's
 * roles with their responsibility, authority and accountability (the article's 责权利). They live in the
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
  accountableFor: string;
}

export interface PlanTemplates {
  /** In order; the first is the KA manager, who leads the team. */
  roles: RoleTemplate[];
  tasks: TaskTemplate[];
}

/** The needs the tasks address, each once, in the order they first appear. */
export function needsOf(templates: PlanTemplates): string[] {
  return [...new Set(templates.tasks.map((t) => t.need))];
}
