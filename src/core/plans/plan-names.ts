import { accountKey } from "../tiers";
import type { Lang } from "../language";
import { sheetNames, validSheetName } from "../sheets/sheet-names";

/**
 * The names of the plan sheets and of the workbook names they define. Sheet names are in the user's
 * language (SHEET_NAMES); the workbook names are the same in every language.
 */

export const TEMPLATES_MARKER = "KAM_Templates";
export const PLANS_MARKER = "KAM_Plans";
export const PLANS_TABLE_NAME = "KAM_Plans_Table";
export const TEAM_MARKER = "KAM_Team";

/**
 * The hidden names of the KAM Team sheet: the roster's columns (people, roles, days available per
 * month), the note on plans not counted, the first month counted, the month header and the workload block. The plans' dropdowns and
 * formulas read the roster through them, and a new generation writes the months and workload through
 * them, wherever the user has moved them.
 */
export const TEAM_NAMES = {
  people: "KAM_Team_People",
  roles: "KAM_Team_Roles",
  days: "KAM_Team_Days",
  note: "KAM_Team_Note",
  from: "KAM_Team_From",
  months: "KAM_Team_Months",
  workload: "KAM_Team_Workload",
} as const;

/** A plan's marker: "KAM_Plan_3". The number is the plan's for good: it never passes to another account. */
const PLAN_MARKER = /^KAM_Plan_(\d+)$/i;

/**
 * The hidden workbook names of plan n. They follow the cells through inserted rows and renamed sheets,
 * so the add-in (and the overview's formulas) find them wherever the user has moved them:
 * - marker: the sheet's A1, which makes it the add-in's plan sheet;
 * - profile: the row of profile figures, the only cells a new generation writes;
 * - note: the cell that says when the account is no longer a key account;
 * - progress: the row of progress formulas (KA manager, tasks, done, % done, overdue, next due task);
 * - tasks: the table of tasks (a table name, in the same namespace as workbook names);
 * - stages: the current and target relationship stage (one column, two rows);
 * - model: the cooperation model's values (one column, MODEL_FIELDS order);
 * - evaluation: the evaluation's rows (measure, target, actual, variance, attainment, periods);
 * - health: the account health the last generation computed (column Z), the overview's "before".
 * - person, start, workload: those columns of the work plan's task area, which KAM Team sums;
 * - team: the team's role and person columns (A:B of its rows), where the user may name a person.
 */
export interface PlanNames {
  number: number;
  marker: string;
  profile: string;
  note: string;
  progress: string;
  tasks: string;
  stages: string;
  model: string;
  evaluation: string;
  health: string;
  person: string;
  start: string;
  workload: string;
  team: string;
}

export function planNames(number: number): PlanNames {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`plan number ${number}`);
  const marker = `KAM_Plan_${number}`;
  return {
    number,
    marker,
    profile: `${marker}_Profile`,
    note: `${marker}_Note`,
    progress: `${marker}_Progress`,
    tasks: `${marker}_Tasks`,
    stages: `${marker}_Stages`,
    model: `${marker}_Model`,
    evaluation: `${marker}_Evaluation`,
    health: `${marker}_Health`,
    person: `${marker}_Person`,
    start: `${marker}_Start`,
    workload: `${marker}_Workload`,
    team: `${marker}_Team`,
  };
}

/** "KAM_Plan_3" → 3; any other name → undefined. */
export function planNumber(marker: string): number | undefined {
  const match = PLAN_MARKER.exec(marker);
  return match ? Number(match[1]) : undefined;
}

/**
 * The sheet names for new plans, one per account, in order: "Plan - <account>" (the catalogue's prefix
 * in other languages) made valid for Excel (31 characters, no : \ / ? * [ ]) and distinct from every name in
 * `taken` and from each other, so two accounts whose names shorten to the same sheet name both get a
 * plan ("Plan - …", "Plan - … (2)").
 */
export function planSheetNames(
  accounts: readonly string[],
  taken: readonly string[],
  lang: Lang
): string[] {
  const used = [...taken];
  const prefix = sheetNames(lang).planPrefix;
  return accounts.map((account) => {
    const name = validSheetName(`${prefix}${account.trim()}`, used);
    used.push(name);
    return name;
  });
}

/** Accounts are the same account when their keys are: letter case and surrounding spaces do not count. */
export function sameAccount(a: string, b: string): boolean {
  return accountKey(a) === accountKey(b);
}
