import { Lang, words } from "../language";
import { NeedRule } from "./need-rules";
import { planText } from "./plan-text";
import { RoleTemplate, ServiceLevel, StageTemplate, TaskTemplate } from "./templates";

/** The columns of the template tables on the KAM Templates sheet, left to right. */
export const ROLE_COLUMNS = [
  "role",
  "responsibilities",
  "authority",
  "benefit",
  "accountableFor",
] as const satisfies readonly (keyof RoleTemplate)[];
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
export const RULE_COLUMNS = [
  "need",
  "figure",
  "test",
  "value",
  "priority",
] as const satisfies readonly (keyof NeedRule)[];
export const SERVICE_COLUMNS = [
  "stars",
  "visitsPerMonth",
  "reviewEveryDays",
  "supportShare",
  "creditTermsDays",
  "workForms",
  "startStage",
  "targetStage",
] as const satisfies readonly (keyof ServiceLevel)[];
export const STAGE_COLUMNS = [
  "stage",
  "definition",
] as const satisfies readonly (keyof StageTemplate)[];

export type RoleColumn = (typeof ROLE_COLUMNS)[number];
export type TemplateTaskColumn = (typeof TEMPLATE_TASK_COLUMNS)[number];
export type RuleColumn = (typeof RULE_COLUMNS)[number];
export type ServiceColumn = (typeof SERVICE_COLUMNS)[number];
export type StageColumn = (typeof STAGE_COLUMNS)[number];

/**
 * Headers an earlier version wrote, before a native reader's fixes (issue 14), per catalogue: a KAM
 * Templates sheet it wrote keeps being read.
 */
export interface EarlierTemplateHeaders {
  roles: Partial<Record<RoleColumn, string>>[];
  tasks: Partial<Record<TemplateTaskColumn, string>>[];
}

export function earlierTemplateHeaders(lang: Lang): EarlierTemplateHeaders {
  return words(lang).planEarlierHeaders;
}

export function roleHeaders(lang: Lang): Record<RoleColumn, string> {
  const t = planText(lang).team;
  return {
    role: t.role,
    responsibilities: t.responsibilities,
    authority: t.authority,
    benefit: t.benefit,
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

export function ruleHeaders(lang: Lang): Record<RuleColumn, string> {
  const text = planText(lang);
  const t = text.templates;
  return {
    need: text.needs.need,
    figure: t.figure,
    test: t.test,
    value: t.value,
    priority: text.needs.priority,
  };
}

export function serviceHeaders(lang: Lang): Record<ServiceColumn, string> {
  const text = planText(lang);
  const m = text.model;
  return {
    stars: text.templates.stars,
    visitsPerMonth: m.visitsPerMonth,
    reviewEveryDays: m.reviewEveryDays,
    supportShare: m.supportShare,
    creditTermsDays: m.creditTermsDays,
    workForms: m.workForms,
    startStage: text.templates.startStage,
    targetStage: text.templates.targetStage,
  };
}

export function stageHeaders(lang: Lang): Record<StageColumn, string> {
  const t = planText(lang).templates;
  return { stage: t.stage, definition: t.definition };
}
