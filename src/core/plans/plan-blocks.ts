import { Criteria } from "../criteria";
import { Lang } from "../language";
import { address } from "../sheets/a1";
import { CellBlock, CellValue, SheetCell } from "../sheets/sheet-spec";
import { AccountTier } from "../analysis-types";
import {
  CONTACT_COLUMNS,
  CONTACT_ROWS,
  EVALUATION_COLUMNS,
  EVALUATION_PERIODS,
  EVALUATION_ROWS,
  MODEL_FIELDS,
  PROFILE_FIGURES,
  PROGRESS_FIGURES,
  PlanLayout,
  TASK_COLUMNS,
} from "./plan-layout";
import {
  evaluationCells,
  progressRow,
  taskPersonFormula,
  teamPersonFormula,
} from "./plan-formulas";
import { excelSerial } from "./plan-dates";
import { PlanModel } from "./plan-model";
import { profileFigures } from "./plan-profile";
import { taskRows } from "./plan-tasks";
import { PlanText } from "./plan-text";
import { planVocabulary } from "./plan-vocabulary";
import { PlanTemplates } from "./templates";

export interface PlanContent {
  account: AccountTier;
  templates: PlanTemplates;
  criteria: Criteria;
  lang: Lang;
  today: string;
}

/** The cooperation model's values, MODEL_FIELDS order; blank without a service level. */
function modelValues(model: PlanModel): SheetCell[] {
  const s = model.serviceModel;
  if (!s) return MODEL_FIELDS.map(() => null);
  const values: Record<(typeof MODEL_FIELDS)[number], SheetCell> = {
    visitsPerMonth: s.visitsPerMonth,
    reviewEveryDays: s.reviewEveryDays,
    supportShare: s.supportShare,
    supportBudget: s.supportBudget,
    creditTermsDays: s.creditTermsDays,
    workForms: s.workForms,
    nextReview: s.nextReview === null ? null : excelSerial(s.nextReview),
  };
  return MODEL_FIELDS.map((key) => values[key]);
}

/** The service level of the cooperation model and, when the account is on the matrix, its quadrant. */
export function modelHeading(model: PlanModel, m: PlanText["model"]): string {
  const level = model.serviceModel ? m.level(model.serviceModel.stars) : m.noLevel;
  const p = model.portfolio;
  return p ? m.withPortfolio(level, m.portfolio(p.name, p.treatment)) : level;
}

/**
 * The cells of a plan sheet, section by section (see PlanLayout): the profile from the analysis; the
 * needs with the priority and reason the rules gave them, the cooperation model of the account's star
 * level and the stage history; the team with its responsibility, authority and benefit and the account's contacts; the evaluation with
 * targets from the data; and the tasks of the needs that matter.
 */
export function planBlocks(
  input: PlanContent,
  layout: PlanLayout,
  text: PlanText,
  model: PlanModel
): CellBlock[] {
  const { account, templates, lang } = input;
  const words = planVocabulary(lang);
  const p = text.profile;
  const t = text.team;
  const e = text.evaluation;
  const m = text.model;
  const c = text.contacts;
  const at = (row: number, rows: SheetCell[][]): CellBlock => ({ at: address(row, 0), rows });
  const high = model.needs.filter((n) => n.priority === "high").map((n) => n.need);
  const medium = model.needs.filter((n) => n.priority === "medium").map((n) => n.need);
  const periods = Array.from({ length: EVALUATION_PERIODS }, (_, i) => e.period(i + 1));
  const targets: Record<(typeof EVALUATION_ROWS)[number], CellValue> = {
    sales: model.targets.sales,
    share: model.targets.share,
    dso: model.targets.dso,
    credit: "OK",
  };
  const labels = { ...e, dso: e.dsoOver(input.criteria.periodDays) };
  const profile = profileFigures(account, input.today, input.criteria);
  return [
    at(layout.titleRow, [[text.title(account.account)], [text.note]]),
    at(layout.profileHeading, [
      [text.sections.profile],
      PROFILE_FIGURES.map((key) => p[key]),
      profile,
    ]),
    at(layout.progressRow - 1, [
      PROGRESS_FIGURES.map((key) => text.progress[key]),
      progressRow(layout, words.status.done),
    ]),
    at(layout.fieldsRow, [
      [p.location, account.location ?? ""],
      [p.shoppers, account.shoppers ?? ""],
      [p.currentStage, model.stage],
      [p.targetStage, model.targetStage],
    ]),
    at(layout.needsHeading, [
      [text.sections.needs],
      [text.needs.need, text.needs.priority, text.needs.reason, text.needs.notes],
      ...model.needs.map((n) => [n.need, n.priorityWord, n.reason]),
      [text.needs.model, modelHeading(model, m)],
      ...MODEL_FIELDS.map((key, i) => [m[key], modelValues(model)[i]]),
      [text.needs.measures, text.needs.measuresText(high, medium)],
    ]),
    at(layout.stageHistoryHeading, [
      [text.stageHistory.title],
      [text.stageHistory.date, text.stageHistory.stage, text.stageHistory.note],
      [excelSerial(input.today), model.stage, text.stageHistory.firstPlan],
    ]),
    at(layout.teamHeading, [
      [text.sections.team],
      [t.role, t.person, t.responsibilities, t.authority, t.benefit, t.accountableFor],
      ...templates.roles.map((r, i) => [
        r.role,
        teamPersonFormula(address(layout.firstRoleRow + i, 0)),
        r.responsibilities,
        r.authority,
        r.benefit,
        r.accountableFor,
      ]),
    ]),
    at(layout.contactsHeading, [
      [c.title],
      CONTACT_COLUMNS.map((key) => c[key]),
      ...c.positions.slice(0, CONTACT_ROWS).map((position) => [null, position]),
    ]),
    at(layout.evaluationHeading, [
      [text.sections.evaluation],
      [e.measure, ...EVALUATION_COLUMNS.map((key) => e[key]), ...periods],
      ...EVALUATION_ROWS.map((key, i) => [
        labels[key],
        ...evaluationCells(layout, key, layout.firstEvaluationRow + i, {
          ...e,
          target: targets[key],
          actual: profile[PROFILE_FIGURES.indexOf(key)] ?? null,
        }),
      ]),
    ]),
    at(layout.workPlanHeading, [
      [text.sections.workPlan],
      TASK_COLUMNS.map((key) => text.tasks[key]),
      ...taskRows(model.tasks, words, (i) =>
        taskPersonFormula(layout, layout.firstTaskRow + i, templates.roles.length)
      ),
    ]),
  ];
}
