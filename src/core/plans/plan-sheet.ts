import type { Quadrant } from "../portfolio/quadrant";
import { AccountTier } from "../analysis-types";
import { Criteria } from "../criteria";
import { Lang } from "../language";
import { address, rangeAddress } from "../sheets/a1";
import { SheetSpec } from "../sheets/sheet-spec";
import { planBlocks } from "./plan-blocks";
import { OVERDUE_FILL, planFormats, taskColumnFormats } from "./plan-formats";
import {
  CONTACT_COLUMNS,
  CONTACT_ROWS,
  EVALUATION_COLUMNS,
  EVALUATION_PERIODS,
  EVALUATION_ROWS,
  MODEL_FIELDS,
  PROFILE_FIGURES,
  PROGRESS_FIGURES,
  STAGE_HISTORY_ROWS,
  TASK_COLUMNS,
  planLayout,
  taskArea,
} from "./plan-layout";
import { planModel } from "./plan-model";
import { COPY_COLUMN, fillNames, filledValues } from "./plan-fills";
import { overdueRule } from "./plan-formulas";
import { TEAM_NAMES, planNames } from "./plan-names";
import { planText } from "./plan-text";
import { choices, planVocabulary } from "./plan-vocabulary";
import { PlanTemplates } from "./templates";
import { pageSetup } from "../sheets/page-setup";

export interface PlanInput {
  account: AccountTier;
  /** The plan's number, for its marker and names (KAM_Plan_<number>). */
  number: number;
  sheetName: string;
  templates: PlanTemplates;
  criteria: Criteria;
  lang: Lang;
  /** The generation day, "2025-03-01": the plan's start and the profile's "as of". */
  today: string;
  /** The account's health on `today`, kept beside the profile for the next overview's trend. */
  health?: number;
  /** The account's portfolio quadrant, when the analysis places it (issue 15). */
  quadrant?: Quadrant;
}

const TAB_COLOR = "#1F6FB2";

/**
 * One key account's plan sheet (see PlanLayout for where everything sits), from its planModel: the
 * profile from the analysis, the needs prioritised by the rules, the cooperation model of its star
 * level, the team and contacts, an evaluation of targets against the profile's figures, and the work
 * plan as an Excel table of the tasks of its high and medium needs, with dates from `today`. Dropdowns
 * are data validations over the task area; overdue tasks are highlighted by a conditional format.
 * The profile figures, the status note and the progress row carry hidden workbook names, so a later
 * generation and the KAM Plans overview find them wherever the user has moved them.
 */
export function planSheet(input: PlanInput): SheetSpec {
  const { templates, lang } = input;
  const text = planText(lang);
  const words = planVocabulary(lang);
  const model = planModel(
    input.account,
    templates,
    input.criteria,
    lang,
    input.today,
    input.quadrant
  );
  const needs = model.needs.map((n) => n.need);
  const layout = planLayout(needs.length, templates.roles.length, model.tasks.length);
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
  const stageWords = templates.stages.length
    ? templates.stages.map((st) => st.stage)
    : choices(words.stage);
  const stageColumn = rangeAddress(
    layout.firstStageRow,
    1,
    layout.firstStageRow + STAGE_HISTORY_ROWS - 1,
    1
  );
  const contactColumn = (key: (typeof CONTACT_COLUMNS)[number]) =>
    rangeAddress(
      layout.firstContactRow,
      CONTACT_COLUMNS.indexOf(key),
      layout.firstContactRow + CONTACT_ROWS - 1,
      CONTACT_COLUMNS.indexOf(key)
    );
  // Where each filled block starts, its width, and the add-in's copy of it in column Z.
  const filled = filledValues(model);
  const fills = [
    { block: "priorities" as const, row: layout.firstNeedRow, col: 0 },
    { block: "model" as const, row: layout.modelRow + 1, col: 1 },
    { block: "targets" as const, row: layout.firstEvaluationRow, col: 1 },
  ].filter((f) => filled[f.block].length > 0);
  const fillRef = (f: (typeof fills)[number], col: number) =>
    rangeAddress(
      f.row,
      col,
      f.row + filled[f.block].length - 1,
      col + filled[f.block][0].length - 1
    );
  return {
    kind: "plan",
    name: input.sheetName,
    marker: names.marker,
    blocks: [
      ...planBlocks(input, layout, text, model),
      { at: address(layout.titleRow, COPY_COLUMN), rows: [[text.copyNote]] },
      ...fills.map((f) => ({ at: address(f.row, COPY_COLUMN), rows: filled[f.block] })),
      { at: address(layout.profileRow, COPY_COLUMN), rows: [[input.health ?? null]] },
    ],
    columns: [34, 22, 26, 18, 24, 12, 12, 14, 30, 30, 12, 12].map((width, index) => ({
      index,
      width,
    })),
    // Twelve wide columns: two pages across, as many down as the tasks need. The add-in's copy
    // (column Z) is outside the print area's width by the fit, so it prints on no page of its own.
    pageSetup: pageSetup(lang, { pagesWide: 2 }),
    formats: planFormats(layout, needs.length, templates.roles.length),
    tables: [
      {
        name: names.tasks,
        ref: rangeAddress(layout.taskHeaderRow, 0, layout.lastTaskRow, lastColumn),
        style: "TableStyleMedium2",
        columnFormats: taskColumnFormats(),
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
      { ref: stages, list: stageWords },
      { ref: stageColumn, list: stageWords },
      { ref: contactColumn("attitude"), list: choices(words.attitude) },
      { ref: contactColumn("influence"), list: choices(words.priority) },
      ...(needs.length > 0 ? [{ ref: priorities, list: choices(words.priority) }] : []),
      ...(needs.length > 0 ? [{ ref: area("need"), list: needs }] : []),
      { ref: area("ownerRole"), list: templates.roles.map((r) => r.role) },
      // People come from the KAM Team roster, in the work plan and in the team alike.
      { ref: area("person"), list: [], source: TEAM_NAMES.people },
      ...(templates.roles.length > 0
        ? [
            {
              ref: rangeAddress(
                layout.firstRoleRow,
                1,
                layout.firstRoleRow + templates.roles.length - 1,
                1
              ),
              list: [],
              source: TEAM_NAMES.people,
            },
          ]
        : []),
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
      { name: names.health, ref: address(layout.profileRow, COPY_COLUMN), hidden: true },
      {
        name: names.progress,
        ref: rangeAddress(layout.progressRow, 0, layout.progressRow, PROGRESS_FIGURES.length - 1),
        hidden: true,
      },
      { name: names.stages, ref: stages, hidden: true },
      // The task columns KAM Team sums, over the whole task area (rows added later count too).
      { name: names.person, ref: area("person"), hidden: true },
      { name: names.start, ref: area("start"), hidden: true },
      { name: names.workload, ref: area("workload"), hidden: true },
      // The team's roles and people, so --json names the person the user typed for a role.
      ...(templates.roles.length > 0
        ? [
            {
              name: names.team,
              ref: rangeAddress(
                layout.firstRoleRow,
                0,
                layout.firstRoleRow + templates.roles.length - 1,
                1
              ),
              hidden: true,
            },
          ]
        : []),
      {
        name: names.model,
        ref: rangeAddress(layout.modelRow + 1, 1, layout.modelRow + MODEL_FIELDS.length, 1),
        hidden: true,
      },
      ...fills.flatMap((f) => {
        const n = fillNames(names, f.block);
        return [
          ...(f.block === "model" ? [] : [{ name: n.cells, ref: fillRef(f, f.col), hidden: true }]),
          { name: n.copy, ref: fillRef(f, COPY_COLUMN), hidden: true },
        ];
      }),
      {
        name: names.evaluation,
        ref: rangeAddress(
          layout.firstEvaluationRow,
          0,
          layout.firstEvaluationRow + EVALUATION_ROWS.length - 1,
          EVALUATION_COLUMNS.length + EVALUATION_PERIODS
        ),
        hidden: true,
      },
    ],
    tabColor: TAB_COLOR,
  };
}
