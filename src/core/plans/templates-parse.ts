import { Lang } from "../language";
import { CellValue } from "../sheets/sheet-spec";
import { defaultTemplates } from "./default-templates";
import {
  ROLE_COLUMNS,
  RoleColumn,
  TemplateTaskColumn,
  roleHeaders,
  templateTaskHeaders,
  TEMPLATE_LANGS,
} from "./template-columns";
import { PlanTemplates, RoleTemplate, TaskTemplate } from "./templates";

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
  | { kind: "tasks"; at: Partial<Record<TemplateTaskColumn, number>> };

function sectionAt(row: CellValue[]): Section | undefined {
  const roles = headerColumns(row, TEMPLATE_LANGS.map(roleHeaders));
  if (roles.role !== undefined && roles.responsibilities !== undefined)
    return { kind: "roles", at: roles };
  const tasks = headerColumns(row, TEMPLATE_LANGS.map(templateTaskHeaders));
  if (tasks.need !== undefined && tasks.workItem !== undefined) return { kind: "tasks", at: tasks };
  return undefined;
}

function roleOf(
  row: CellValue[],
  at: Partial<Record<RoleColumn, number>>
): RoleTemplate | undefined {
  const get = (key: RoleColumn) =>
    clean(at[key] === undefined ? undefined : row[at[key] as number]);
  const [role, responsibilities, authority, accountableFor] = ROLE_COLUMNS.map(get);
  // A role and no text beside it is a heading or a note the user wrote, not a role.
  if (role === "" || responsibilities + authority + accountableFor === "") return undefined;
  return { role, responsibilities, authority, accountableFor };
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
 * blank.
 */
export function parseTemplates(values: CellValue[][] | undefined, lang: Lang): TemplatesReading {
  if (values === undefined) return { templates: defaultTemplates(lang), origin: "absent" };
  const templates: PlanTemplates = { roles: [], tasks: [] };
  let section: Section | undefined;
  for (const row of values) {
    const header = sectionAt(row);
    if (header) section = header;
    else if (section?.kind === "roles") {
      const role = roleOf(row, section.at);
      if (role) templates.roles.push(role);
    } else if (section?.kind === "tasks") {
      const task = taskOf(row, section.at);
      if (task) templates.tasks.push(task);
    }
  }
  if (templates.roles.length === 0 || templates.tasks.length === 0)
    return { templates: defaultTemplates(lang), origin: "unreadable" };
  return { templates, origin: "workbook" };
}
