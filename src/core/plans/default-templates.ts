import { Lang } from "../language";
import { EN_TEMPLATES } from "./default-templates-en";
import { ZH_TEMPLATES } from "./default-templates-zh";
import { WorkForm, planVocabulary } from "./plan-vocabulary";
import { PlanTemplates } from "./templates";

/** [role, responsibilities, authority, accountable for]. */
export type RoleRow = [string, string, string, string];
/** [need, work item, owner (index into the roles), work form, start after, duration, workload, KPI]. */
export type TaskRow = [string, string, number, WorkForm, number, number, number, string];

export interface DefaultTemplateRows {
  roles: RoleRow[];
  tasks: TaskRow[];
}

const ROWS: Record<Lang, DefaultTemplateRows> = { en: EN_TEMPLATES, "zh-CN": ZH_TEMPLATES };

/**
 * The templates a workbook starts with, in the display language: the article's six roles, and for each
 * of its needs (management guidance … in-store promotion) one or two tasks in the article's work
 * forms. Written to the KAM Templates sheet once; from then on the sheet is the user's.
 */
export function defaultTemplates(lang: Lang): PlanTemplates {
  const forms = planVocabulary(lang).workForm;
  const rows = ROWS[lang];
  const roles = rows.roles.map(([role, responsibilities, authority, accountableFor]) => ({
    role,
    responsibilities,
    authority,
    accountableFor,
  }));
  const tasks = rows.tasks.map(([need, workItem, owner, form, start, duration, workload, kpi]) => ({
    need,
    workItem,
    ownerRole: roles[owner].role,
    workForm: forms[form],
    startAfterDays: start,
    durationDays: duration,
    workloadDays: workload,
    kpi,
  }));
  return { roles, tasks };
}
