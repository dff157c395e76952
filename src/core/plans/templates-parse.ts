import { LANGS, Lang } from "../language";
import { CellValue } from "../sheets/sheet-spec";
import { defaultTemplates } from "./default-templates";
import { NeedRule } from "./need-rules";
import {
  ROLE_COLUMNS,
  RoleColumn,
  RuleColumn,
  ServiceColumn,
  StageColumn,
  TemplateTaskColumn,
  earlierTemplateHeaders,
  roleHeaders,
  ruleHeaders,
  serviceHeaders,
  stageHeaders,
  templateTaskHeaders,
} from "./template-columns";
import {
  PlanTemplates,
  RoleTemplate,
  ServiceLevel,
  StageTemplate,
  TaskTemplate,
} from "./templates";

/**
 * Where the templates for a generation come from: the workbook's KAM Templates sheet; the defaults
 * because the workbook has none (the sheet is then written); or the defaults because the sheet could
 * not be read (it has no role or no task left that we can recognise), which the pane reports.
 */
export type TemplatesOrigin = "workbook" | "absent" | "unreadable";

export interface TemplatesReading {
  templates: PlanTemplates;
  origin: TemplatesOrigin;
}

const clean = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The header of one table in any language: each known column's index in the row, if it is there. */
function headerColumns<K extends string>(
  row: CellValue[],
  headersByLang: Record<K, string>[]
): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  row.forEach((cell, i) => {
    for (const headers of headersByLang)
      for (const key of Object.keys(headers) as K[])
        if (found[key] === undefined && same(clean(cell), headers[key])) found[key] = i;
  });
  return found;
}

/** A whole number of days: 3, "3", 2.6 → 3; anything else is `fallback`. */
function days(value: CellValue | undefined, fallback: number | null): number | null {
  const n = typeof value === "number" ? value : Number(clean(value) || NaN);
  return Number.isFinite(n) ? Math.round(n) : fallback;
}

type Section =
  | { kind: "roles"; at: Partial<Record<RoleColumn, number>> }
  | { kind: "tasks"; at: Partial<Record<TemplateTaskColumn, number>> }
  | { kind: "rules"; at: Partial<Record<RuleColumn, number>> }
  | { kind: "service"; at: Partial<Record<ServiceColumn, number>> }
  | { kind: "stages"; at: Partial<Record<StageColumn, number>> };

/**
 * Headers an earlier version wrote, before a native reader's fixes (issue 14), in every language: a
 * KAM Templates sheet it wrote keeps being read.
 */
const EARLIER_ROLE_HEADERS = LANGS.flatMap((lang) => earlierTemplateHeaders(lang).roles);
const EARLIER_TASK_HEADERS = LANGS.flatMap((lang) => earlierTemplateHeaders(lang).tasks);

function sectionAt(row: CellValue[]): Section | undefined {
  const roles = headerColumns(row, [
    ...LANGS.map(roleHeaders),
    ...(EARLIER_ROLE_HEADERS as Record<RoleColumn, string>[]),
  ]);
  if (roles.role !== undefined && roles.responsibilities !== undefined)
    return { kind: "roles", at: roles };
  const rules = headerColumns(row, LANGS.map(ruleHeaders));
  if (rules.need !== undefined && rules.figure !== undefined && rules.test !== undefined)
    return { kind: "rules", at: rules };
  const tasks = headerColumns(row, [
    ...LANGS.map(templateTaskHeaders),
    ...(EARLIER_TASK_HEADERS as Record<TemplateTaskColumn, string>[]),
  ]);
  if (tasks.need !== undefined && tasks.workItem !== undefined) return { kind: "tasks", at: tasks };
  const service = headerColumns(row, LANGS.map(serviceHeaders));
  if (service.stars !== undefined && service.visitsPerMonth !== undefined)
    return { kind: "service", at: service };
  const stages = headerColumns(row, LANGS.map(stageHeaders));
  if (stages.stage !== undefined && stages.definition !== undefined)
    return { kind: "stages", at: stages };
  return undefined;
}

/** A cell of a row by the column its header was found in; undefined when that column is missing. */
function cellOf<K extends string>(
  row: CellValue[],
  at: Partial<Record<K, number>>,
  key: K
): CellValue | undefined {
  return at[key] === undefined ? undefined : row[at[key] as number];
}

function ruleOf(row: CellValue[], at: Partial<Record<RuleColumn, number>>): NeedRule | undefined {
  const need = clean(cellOf(row, at, "need"));
  const figure = clean(cellOf(row, at, "figure"));
  if (need === "" || figure === "") return undefined;
  const value = cellOf(row, at, "value");
  return {
    need,
    figure,
    test: clean(cellOf(row, at, "test")),
    value: typeof value === "string" ? value.trim() : (value ?? null),
    priority: clean(cellOf(row, at, "priority")),
  };
}

/** A number (3, "3", "2.5", "3%" → 0.03), or null when the cell holds none. */
function amount(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = clean(value);
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const n = Number(text || NaN);
  return Number.isFinite(n) ? n : null;
}

function serviceOf(
  row: CellValue[],
  at: Partial<Record<ServiceColumn, number>>
): ServiceLevel | undefined {
  const stars = amount(cellOf(row, at, "stars"));
  if (stars === null) return undefined;
  const get = (key: ServiceColumn) => amount(cellOf(row, at, key));
  return {
    stars: Math.round(stars),
    visitsPerMonth: get("visitsPerMonth"),
    reviewEveryDays: get("reviewEveryDays"),
    supportShare: get("supportShare"),
    creditTermsDays: get("creditTermsDays"),
    workForms: clean(cellOf(row, at, "workForms")),
    startStage: clean(cellOf(row, at, "startStage")),
    targetStage: clean(cellOf(row, at, "targetStage")),
  };
}

function stageOf(
  row: CellValue[],
  at: Partial<Record<StageColumn, number>>
): StageTemplate | undefined {
  const stage = clean(cellOf(row, at, "stage"));
  const definition = clean(cellOf(row, at, "definition"));
  // A stage and no definition beside it is a heading or a note the user wrote, as for the roles.
  return stage === "" || definition === "" ? undefined : { stage, definition };
}

function roleOf(
  row: CellValue[],
  at: Partial<Record<RoleColumn, number>>
): RoleTemplate | undefined {
  const get = (key: RoleColumn) =>
    clean(at[key] === undefined ? undefined : row[at[key] as number]);
  const [role, responsibilities, authority, benefit, accountableFor] = ROLE_COLUMNS.map(get);
  // A role and no text beside it is a heading or a note the user wrote, not a role.
  if (role === "" || responsibilities + authority + benefit + accountableFor === "")
    return undefined;
  return { role, responsibilities, authority, benefit, accountableFor };
}

function taskOf(
  row: CellValue[],
  at: Partial<Record<TemplateTaskColumn, number>>
): TaskTemplate | undefined {
  const raw = (key: TemplateTaskColumn) =>
    at[key] === undefined ? undefined : row[at[key] as number];
  const text = (key: TemplateTaskColumn) => clean(raw(key));
  if (text("need") === "" || text("workItem") === "") return undefined;
  return {
    need: text("need"),
    workItem: text("workItem"),
    ownerRole: text("ownerRole"),
    workForm: text("workForm"),
    startAfterDays: days(raw("startAfterDays"), 0) as number,
    durationDays: days(raw("durationDays"), 0) as number,
    workloadDays: days(raw("workloadDays"), null),
    kpi: text("kpi"),
  };
}

/**
 * The templates from the values of the KAM Templates sheet (its used range, as the workbook returns
 * it), or the defaults in `lang` when there is no sheet or nothing in it can be read. Each table is
 * found by its header row, in either language and wherever the user moved it; its columns by their
 * header, in any order; a row counts when it has a role and a text for it (or a need and a work
 * item), so blank rows, headings, notes and extra rows do no harm. Columns the user deleted read as
 * blank. A sheet written before the need rules, the service model and the stages existed has no such
 * table: those come from the defaults (a table the user emptied stays empty).
 */
export function parseTemplates(values: CellValue[][] | undefined, lang: Lang): TemplatesReading {
  if (values === undefined) return { templates: defaultTemplates(lang), origin: "absent" };
  const templates: PlanTemplates = { roles: [], tasks: [], rules: [], service: [], stages: [] };
  const found = new Set<Section["kind"]>();
  let section: Section | undefined;
  for (const row of values) {
    const header = sectionAt(row);
    if (header) {
      section = header;
      found.add(header.kind);
    } else if (section?.kind === "roles") {
      const role = roleOf(row, section.at);
      if (role) templates.roles.push(role);
    } else if (section?.kind === "tasks") {
      const task = taskOf(row, section.at);
      if (task) templates.tasks.push(task);
    } else if (section?.kind === "rules") {
      const rule = ruleOf(row, section.at);
      if (rule) templates.rules.push(rule);
    } else if (section?.kind === "service") {
      const level = serviceOf(row, section.at);
      if (level) templates.service.push(level);
    } else if (section?.kind === "stages") {
      const stage = stageOf(row, section.at);
      if (stage) templates.stages.push(stage);
    }
  }
  if (templates.roles.length === 0 || templates.tasks.length === 0)
    return { templates: defaultTemplates(lang), origin: "unreadable" };
  const defaults = defaultTemplates(lang);
  // The default rules only for the needs this sheet has: its own needs may have other names.
  const needs = new Set(templates.tasks.map((t) => t.need.toLowerCase()));
  if (!found.has("rules"))
    templates.rules = defaults.rules.filter((r) => needs.has(r.need.toLowerCase()));
  if (!found.has("service")) templates.service = defaults.service;
  if (!found.has("stages")) templates.stages = defaults.stages;
  return { templates, origin: "workbook" };
}
