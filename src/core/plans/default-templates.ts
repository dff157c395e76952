import { Lang, words as catalogue } from "../language";
import { RuleFigure, RuleTest, needRuleWords } from "./need-rules";
import { Priority, RelationshipStage, WorkForm, planVocabulary } from "./plan-vocabulary";
import { PlanTemplates } from "./templates";

/** [role, responsibilities, authority, accountable for (what the role is assessed on), benefit]. */
export type RoleRow = [string, string, string, string, string];
/** [need, work item, owner (index into the roles), work form, start after, duration, workload, KPI]. */
export type TaskRow = [string, string, number, WorkForm, number, number, number, string];
/** [need, figure, test, value, priority]: the need has this priority when the figure passes the test. */
export type RuleRow = [string, RuleFigure, RuleTest, number | string | boolean, Priority];
export type StageRow = [RelationshipStage, string];

/** The default templates' words in one language (the catalogues in src/core/i18n hold them). */
export interface DefaultTemplateRows {
  roles: RoleRow[];
  tasks: TaskRow[];
  rules: RuleRow[];
  stages: StageRow[];
  /** Between the work forms of a service level ("group meeting, training"). */
  workFormSeparator: string;
}

/**
 * The service model by star level, the same in both languages but for its words: the more stars, the
 * more visits, reviews, support and credit, and the further the relationship is meant to go.
 * [stars, visits per month, review every (days), support share, credit terms (days), work forms,
 * starting stage, target stage].
 */
const SERVICE: [
  number,
  number,
  number,
  number,
  number,
  WorkForm[],
  RelationshipStage,
  RelationshipStage,
][] = [
  [
    4,
    4,
    30,
    0.03,
    60,
    ["groupMeeting", "onSiteGuidance", "training", "review"],
    "partnership",
    "embeddedPartnership",
  ],
  [
    3,
    2,
    90,
    0.02,
    45,
    ["groupMeeting", "onSiteGuidance", "training"],
    "transactional",
    "partnership",
  ],
  [2, 1, 180, 0.01, 30, ["visit", "training"], "transactional", "transactional"],
  [1, 0.5, 365, 0, 0, ["visit"], "transactional", "transactional"],
];

/**
 * The templates a workbook starts with, in the display language: the article's six roles with their
 * responsibility, authority and benefit, for each of its needs (management guidance … in-store
 * promotion) one or two tasks in the article's work forms, the rules that set each need's priority
 * from the account's figures, the service model by star level and the relationship stages. Written
 * to the KAM Templates sheet once; from then on the sheet is the user's.
 */
export function defaultTemplates(lang: Lang): PlanTemplates {
  const words = planVocabulary(lang);
  const forms = words.workForm;
  const rows = catalogue(lang).planDefaults;
  const ruleWords = needRuleWords(lang);
  const roles = rows.roles.map(([role, responsibilities, authority, accountableFor, benefit]) => ({
    role,
    responsibilities,
    authority,
    benefit,
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
  const rules = rows.rules.map(([need, figure, test, value, priority]) => ({
    need,
    figure: ruleWords.figures[figure],
    test: ruleWords.tests[test],
    value: value === true ? ruleWords.yes : value,
    priority: words.priority[priority],
  }));
  const service = SERVICE.map(
    ([stars, visits, review, share, terms, workForms, start, target]) => ({
      stars,
      visitsPerMonth: visits,
      reviewEveryDays: review,
      supportShare: share,
      creditTermsDays: terms,
      workForms: workForms.map((f) => forms[f]).join(rows.workFormSeparator),
      startStage: words.stage[start],
      targetStage: words.stage[target],
    })
  );
  const stages = rows.stages.map(([stage, definition]) => ({
    stage: words.stage[stage],
    definition,
  }));
  return { roles, tasks, rules, service, stages };
}
