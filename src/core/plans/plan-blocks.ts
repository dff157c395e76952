import { Lang } from "../language";
import { address } from "../sheets/a1";
import { CellBlock, SheetCell } from "../sheets/sheet-spec";
import { AccountTier } from "../analysis-types";
import {
  EVALUATION_ROWS,
  PROFILE_FIGURES,
  PROGRESS_FIGURES,
  PlanLayout,
  TASK_COLUMNS,
} from "./plan-layout";
import { evaluationCells, progressRow } from "./plan-formulas";
import { profileFigures } from "./plan-profile";
import { taskRows } from "./plan-tasks";
import { PlanText } from "./plan-text";
import { planVocabulary } from "./plan-vocabulary";
import { PlanTemplates, needsOf } from "./templates";

export interface PlanContent {
  account: AccountTier;
  templates: PlanTemplates;
  lang: Lang;
  today: string;
}

/**
 * The cells of a plan sheet, section by section (see PlanLayout): the profile from the analysis, the
 * needs and the team from the templates, the evaluation and progress formulas, and the tasks.
 */
export function planBlocks(input: PlanContent, layout: PlanLayout, text: PlanText): CellBlock[] {
  const { account, templates, lang } = input;
  const words = planVocabulary(lang);
  const p = text.profile;
  const t = text.team;
  const e = text.evaluation;
  const at = (row: number, rows: SheetCell[][]): CellBlock => ({ at: address(row, 0), rows });
  return [
    at(layout.titleRow, [[text.title(account.account)], [text.note]]),
    at(layout.profileHeading, [
      [text.sections.profile],
      PROFILE_FIGURES.map((key) => p[key]),
      profileFigures(account, input.today),
    ]),
    at(layout.progressRow - 1, [
      PROGRESS_FIGURES.map((key) => text.progress[key]),
      progressRow(layout, words.status.done),
    ]),
    at(layout.fieldsRow, [
      [p.location, account.location ?? ""],
      [p.shoppers, account.shoppers ?? ""],
      [p.currentStage, words.stage.transactional],
      [p.targetStage, words.stage.partnership],
    ]),
    at(layout.needsHeading, [
      [text.sections.needs],
      [text.needs.need, text.needs.priority, text.needs.notes],
      ...needsOf(templates).map((need) => [need]),
      [text.needs.model],
      [text.needs.measures],
    ]),
    at(layout.teamHeading, [
      [text.sections.team],
      [t.role, t.person, t.responsibilities, t.authority, t.accountableFor],
      ...templates.roles.map((r) => [
        r.role,
        null,
        r.responsibilities,
        r.authority,
        r.accountableFor,
      ]),
    ]),
    at(layout.evaluationHeading, [
      [text.sections.evaluation],
      [e.measure, e.target, e.actual, e.variance],
      ...EVALUATION_ROWS.map((key, i) => [
        e[key],
        ...evaluationCells(layout, key, layout.firstEvaluationRow + i, {
          ...e,
          targetCredit: "OK",
        }),
      ]),
    ]),
    at(layout.workPlanHeading, [
      [text.sections.workPlan],
      TASK_COLUMNS.map((key) => text.tasks[key]),
      ...taskRows(templates, words, input.today),
    ]),
  ];
}
