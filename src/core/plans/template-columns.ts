import { Lang } from "../language";
import { planText } from "./plan-text";
import { RoleTemplate, TaskTemplate } from "./templates";

/** The languages a template header is recognised in, whatever the display language is now. */
export const TEMPLATE_LANGS: readonly Lang[] = ["en", "zh-CN"];

/** The columns of the two template tables on the KAM Templates sheet, left to right. */
export const ROLE_COLUMNS = ["role", "responsibilities", "authority", "accountableFor"] as const;
export const TEMPLATE_TASK_COLUMNS = [
  "need",
  "workItem",
  "ownerRole",
  "workForm",
  "startAfterDays",
  "durationDays",
  "workloadDays",
  "kpi",
] as const satisfies readonly (keyof TaskTemplate)[];

export type RoleColumn = (typeof ROLE_COLUMNS)[number] & keyof RoleTemplate;
export type TemplateTaskColumn = (typeof TEMPLATE_TASK_COLUMNS)[number];

export function roleHeaders(lang: Lang): Record<RoleColumn, string> {
  const t = planText(lang).team;
  return {
    role: t.role,
    responsibilities: t.responsibilities,
    authority: t.authority,
    accountableFor: t.accountableFor,
  };
}

export function templateTaskHeaders(lang: Lang): Record<TemplateTaskColumn, string> {
  const text = planText(lang);
  return {
    need: text.needs.need,
    workItem: text.tasks.workItem,
    ownerRole: text.tasks.ownerRole,
    workForm: text.tasks.workForm,
    startAfterDays: text.tasks.startAfter,
    durationDays: text.tasks.duration,
    workloadDays: text.tasks.workload,
    kpi: text.tasks.kpi,
  };
}
