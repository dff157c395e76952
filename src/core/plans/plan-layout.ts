import { address, rangeAddress } from "../sheets/a1";

/** Rows below the work plan's header that formulas, dropdowns and highlighting cover: room for new tasks. */
export const TASK_ROWS = 1000;

/** The profile figures, left to right, in the row the add-in rewrites. */
export const PROFILE_FIGURES = [
  "account",
  "region",
  "sales",
  "share",
  "rank",
  "stars",
  "keyAccount",
  "credit",
  "reason",
  "asOf",
  "dso",
] as const;
export type ProfileFigure = (typeof PROFILE_FIGURES)[number];

/** The progress formulas, left to right. */
export const PROGRESS_FIGURES = [
  "manager",
  "tasks",
  "done",
  "progress",
  "overdue",
  "nextDue",
  "nextTask",
] as const;
export type ProgressFigure = (typeof PROGRESS_FIGURES)[number];

/** The work plan's columns, left to right. */
export const TASK_COLUMNS = [
  "workItem",
  "need",
  "ownerRole",
  "person",
  "workForm",
  "start",
  "due",
  "workload",
  "status",
  "kpi",
  "result",
] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

/** The evaluation rows, top to bottom. */
export const EVALUATION_ROWS = ["sales", "share", "dso", "credit"] as const;
export type EvaluationRow = (typeof EVALUATION_ROWS)[number];
/** The evaluation's columns after the measure; then the periods the user fills with actuals. */
export const EVALUATION_COLUMNS = ["target", "actual", "variance", "attainment"] as const;
export const EVALUATION_PERIODS = 4;

/** The cooperation model's rows under its heading row: label in A, value in B. */
export const MODEL_FIELDS = [
  "visitsPerMonth",
  "reviewEveryDays",
  "supportShare",
  "supportBudget",
  "creditTermsDays",
  "workForms",
  "nextReview",
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

/** Rows of the stage history and of the contacts a new plan offers (the user inserts more). */
export const STAGE_HISTORY_ROWS = 5;
export const CONTACT_ROWS = 5;
export const CONTACT_COLUMNS = [
  "person",
  "position",
  "buyingRole",
  "attitude",
  "influence",
  "strength",
  "lastContact",
] as const;

/**
 * Where everything sits on a plan sheet (zero-based rows; columns are A–L). Top to bottom: title and
 * note; 1 Profile (figures row, status note, progress row, location, shoppers, stages); 2 Needs, the
 * cooperation model, targeted measures and the stage history; 3 Team and the account's contacts;
 * 4 Evaluation; 5 Work plan last, so tasks can be added below it without running into anything.
 */
export interface PlanLayout {
  titleRow: number;
  noteRow: number;
  profileHeading: number;
  profileRow: number;
  statusNoteRow: number;
  progressRow: number;
  /** Location, shoppers, current and target stage: label in A, value in B. */
  fieldsRow: number;
  needsHeading: number;
  firstNeedRow: number;
  modelRow: number;
  measuresRow: number;
  stageHistoryHeading: number;
  firstStageRow: number;
  teamHeading: number;
  firstRoleRow: number;
  contactsHeading: number;
  firstContactRow: number;
  evaluationHeading: number;
  firstEvaluationRow: number;
  workPlanHeading: number;
  taskHeaderRow: number;
  firstTaskRow: number;
  /** The last prefilled task. */
  lastTaskRow: number;
  /** The last row the work plan's formulas cover. */
  lastTaskAreaRow: number;
}

export function planLayout(needs: number, roles: number, tasks: number): PlanLayout {
  const needsHeading = 14;
  const modelRow = needsHeading + 2 + needs;
  const measuresRow = modelRow + MODEL_FIELDS.length + 1;
  const stageHistoryHeading = measuresRow + 2;
  const teamHeading = stageHistoryHeading + 2 + STAGE_HISTORY_ROWS + 1;
  const contactsHeading = teamHeading + 2 + roles + 1;
  const evaluationHeading = contactsHeading + 2 + CONTACT_ROWS + 1;
  const workPlanHeading = evaluationHeading + 2 + EVALUATION_ROWS.length + 1;
  const firstTaskRow = workPlanHeading + 2;
  return {
    titleRow: 0,
    noteRow: 1,
    profileHeading: 3,
    // Labels on the row above each figures row.
    profileRow: 5,
    statusNoteRow: 6,
    progressRow: 8,
    fieldsRow: 9,
    needsHeading,
    firstNeedRow: needsHeading + 2,
    modelRow,
    measuresRow,
    stageHistoryHeading,
    firstStageRow: stageHistoryHeading + 2,
    teamHeading,
    firstRoleRow: teamHeading + 2,
    contactsHeading,
    firstContactRow: contactsHeading + 2,
    evaluationHeading,
    firstEvaluationRow: evaluationHeading + 2,
    workPlanHeading,
    taskHeaderRow: firstTaskRow - 1,
    firstTaskRow,
    lastTaskRow: firstTaskRow + Math.max(1, tasks) - 1,
    lastTaskAreaRow: firstTaskRow + TASK_ROWS - 1,
  };
}

export function taskColumn(key: TaskColumn): number {
  return TASK_COLUMNS.indexOf(key);
}

/** A work-plan column over the whole task area, as formulas reference it: "F47:F1046". */
export function taskArea(layout: PlanLayout, key: TaskColumn): string {
  const col = taskColumn(key);
  return rangeAddress(layout.firstTaskRow, col, layout.lastTaskAreaRow, col);
}

/** The cell of a profile figure: ("sales") → "C6". */
export function profileCell(layout: PlanLayout, key: ProfileFigure): string {
  return address(layout.profileRow, PROFILE_FIGURES.indexOf(key));
}

export function progressCell(layout: PlanLayout, key: ProgressFigure): string {
  return address(layout.progressRow, PROGRESS_FIGURES.indexOf(key));
}

/** The value cell of a cooperation-model field: ("nextReview") → "B31". */
export function modelCell(layout: PlanLayout, key: ModelField): string {
  return address(layout.modelRow + 1 + MODEL_FIELDS.indexOf(key), 1);
}
