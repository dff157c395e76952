import { AccountTier } from "../analysis-types";
import { Lang } from "../language";
import { address, rangeAddress } from "../sheets/a1";
import { SheetSpec } from "../sheets/sheet-spec";
import { planBlocks } from "./plan-blocks";
import { OVERDUE_FILL, planFormats } from "./plan-formats";
import {
  PROFILE_FIGURES,
  PROGRESS_FIGURES,
  TASK_COLUMNS,
  planLayout,
  taskArea,
} from "./plan-layout";
import { overdueRule } from "./plan-formulas";
import { planNames } from "./plan-names";
import { planText } from "./plan-text";
import { choices, planVocabulary } from "./plan-vocabulary";
import { PlanTemplates, needsOf } from "./templates";
import { pageSetup } from "../sheets/page-setup";

export interface PlanInput {
  account: AccountTier;
  /** The plan's number, for its marker and names (KAM_Plan_<number>). */
  number: number;
  sheetName: string;
  templates: PlanTemplates;
  lang: Lang;
  /** The generation day, "2025-03-01": the plan's start and the profile's "as of". */
  today: string;
}

const TAB_COLOR = "#1F6FB2";

/**
 * One key account's plan sheet (see PlanLayout for where everything sits): the profile from the
 * analysis, the needs and the team from the templates, an evaluation against the profile's figures,
 * and the work plan as an Excel table prefilled from the templates with dates from `today`. Dropdowns
 * are data validations over the task area; overdue tasks are highlighted by a conditional format.
 * The profile figures, the status note and the progress row carry hidden workbook names, so a later
 * generation and the KAM Plans overview find them wherever the user has moved them.
 */
export function planSheet(input: PlanInput): SheetSpec {
  const { templates, lang } = input;
  const text = planText(lang);
  const words = planVocabulary(lang);
  const needs = needsOf(templates);
  const layout = planLayout(needs.length, templates.roles.length, templates.tasks.length);
  const names = planNames(input.number);
  const lastColumn = TASK_COLUMNS.length - 1;
  const area = (key: (typeof TASK_COLUMNS)[number]) => taskArea(layout, key);
  const stages = rangeAddress(layout.fieldsRow + 2, 1, layout.fieldsRow + 3, 1);
  const priorities = rangeAddress(
    layout.firstNeedRow,
    1,
    layout.firstNeedRow + needs.length - 1,
    1
  );
  return {
    kind: "plan",
    name: input.sheetName,
    marker: names.marker,
    blocks: planBlocks(input, layout, text),
    columns: [34, 22, 26, 24, 24, 12, 12, 14, 30, 30].map((width, index) => ({ index, width })),
    // Ten wide columns: two pages across, as many down as the tasks need.
    pageSetup: pageSetup(lang, { pagesWide: 2 }),
    formats: planFormats(layout, needs.length, templates.roles.length),
    tables: [
      {
        name: names.tasks,
        ref: rangeAddress(layout.taskHeaderRow, 0, layout.lastTaskRow, lastColumn),
        style: "TableStyleMedium2",
      },
    ],
    conditionalFormats: [
      {
        ref: rangeAddress(layout.firstTaskRow, 0, layout.lastTaskAreaRow, lastColumn),
        kind: "expression",
        formula: overdueRule(layout, words.status.done),
        ...OVERDUE_FILL,
      },
    ],
    validations: [
      { ref: stages, list: choices(words.stage) },
      ...(needs.length > 0 ? [{ ref: priorities, list: choices(words.priority) }] : []),
      { ref: area("need"), list: needs },
      { ref: area("ownerRole"), list: templates.roles.map((r) => r.role) },
      { ref: area("workForm"), list: choices(words.workForm) },
      { ref: area("status"), list: choices(words.status) },
    ],
    names: [
      {
        name: names.profile,
        ref: rangeAddress(layout.profileRow, 0, layout.profileRow, PROFILE_FIGURES.length - 1),
        hidden: true,
      },
      { name: names.note, ref: address(layout.statusNoteRow, 0), hidden: true },
      {
        name: names.progress,
        ref: rangeAddress(layout.progressRow, 0, layout.progressRow, PROGRESS_FIGURES.length - 1),
        hidden: true,
      },
    ],
    tabColor: TAB_COLOR,
  };
}
