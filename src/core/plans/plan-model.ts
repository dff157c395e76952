import { AccountTier } from "../analysis-types";
import { Criteria } from "../criteria";
import { Lang } from "../language";
import type { Quadrant } from "../portfolio/quadrant";
import { portfolioText } from "../sheets/portfolio-text";
import { excelSerial, isoDay } from "./plan-dates";
import { NeedPriority, accountDso, prioritiseNeeds } from "./need-rules";
import { Priority, planVocabulary } from "./plan-vocabulary";
import { Health } from "../health";
import { healthReason } from "../health-reasons";
import { overdueOf, planHealth, planStages, stageGap } from "./plan-health";
import { PlanTemplates, ServiceLevel, TaskTemplate, needsOf, serviceLevelOf } from "./templates";

/** One task of a plan: a template task of a high or medium need, dated from the plan's start. */
export interface PlannedTask {
  task: string;
  need: string;
  ownerRole: string;
  workForm: string;
  /** ISO days. */
  start: string;
  due: string;
  workloadDays: number | null;
  kpi: string;
}

/** The service model as the plan shows it: the star level's row and what follows from the account. */
export interface PlannedService extends ServiceLevel {
  /** supportShare × the account's sales; null without a share. */
  supportBudget: number | null;
  /** The plan's start + the review cadence (ISO day); null without a cadence. */
  nextReview: string | null;
}

/**
 * What a new plan says about one account, decided once in core from its figures and the templates:
 * the sheets (pane and command line) write it, and `kam analyze --plans --json` prints it.
 */
export interface PlanModel {
  account: string;
  stars: number;
  /** Current and target relationship stage, in the templates' words. */
  stage: string;
  targetStage: string;
  serviceModel: PlannedService | undefined;
  needs: (NeedPriority & { priorityWord: string })[];
  tasks: PlannedTask[];
  targets: { sales: number; share: number; dso: number | null };
  /** Balance / sales × criteria.periodDays; null without a balance or sales. */
  dso: number | null;
  /** The account health of the new plan (its overdue tasks on `today`, its stage gap). */
  health: Health;
  healthReason: string;
  /** The account's portfolio quadrant and its treatment, in the plan's words (issue 15). */
  portfolio?: { quadrant: Quadrant; name: string; treatment: string };
}

/** The tasks a plan gets: those of its high and medium needs, in the templates' order. */
function plannedTasks(
  tasks: readonly TaskTemplate[],
  needs: readonly NeedPriority[],
  today: string
): PlannedTask[] {
  const wanted = new Set(
    needs.filter((n) => n.priority !== "low").map((n) => n.need.trim().toLowerCase())
  );
  const start = excelSerial(today);
  return tasks
    .filter((t) => wanted.has(t.need.trim().toLowerCase()))
    .map((t) => ({
      task: t.workItem,
      need: t.need,
      ownerRole: t.ownerRole,
      workForm: t.workForm,
      start: isoDay(start + t.startAfterDays),
      due: isoDay(start + t.startAfterDays + t.durationDays),
      workloadDays: t.workloadDays,
      kpi: t.kpi,
    }));
}

/**
 * The plan of one account generated on `today`: needs prioritised by the rules, the tasks of the
 * needs that matter, the service model of its star level (or the nearest level below), the stages the
 * service model gives for a first plan (the stage table's first and second when it gives none), and the
 * targets: sales = prior × (1 + target growth), or the current sales without a prior; share as now;
 * DSO = the credit terms of the service level. With the account's portfolio quadrant, its treatment.
 */
export function planModel(
  account: AccountTier,
  templates: PlanTemplates,
  criteria: Criteria,
  lang: Lang,
  today: string,
  quadrant?: Quadrant
): PlanModel {
  const words = planVocabulary(lang);
  const needs = prioritiseNeeds(needsOf(templates), templates.rules, account, criteria, lang).map(
    (n) => ({ ...n, priorityWord: words.priority[n.priority as Priority] })
  );
  const level = serviceLevelOf(templates, account.stars);
  const stages = templates.stages.map((s) => s.stage);
  const dso = accountDso(account, criteria) ?? null;
  const prior = account.priorSales;
  const stage = level?.startStage || stages[0] || words.stage.transactional;
  const targetStage = level?.targetStage || stages[1] || words.stage.partnership;
  const tasks = plannedTasks(templates.tasks, needs, today);
  const gap = stageGap(stage, targetStage, planStages(templates, lang));
  const health = planHealth(account, overdueOf(tasks, today), gap, criteria);
  return {
    account: account.account,
    stars: account.stars,
    stage,
    targetStage,
    serviceModel: level && {
      ...level,
      supportBudget: level.supportShare === null ? null : level.supportShare * account.sales,
      nextReview:
        level.reviewEveryDays === null
          ? null
          : isoDay(excelSerial(today) + Math.round(level.reviewEveryDays)),
    },
    needs,
    tasks,
    targets: {
      sales:
        prior !== undefined && prior > 0
          ? Math.round(prior * (1 + criteria.targetGrowth))
          : account.sales,
      share: account.share,
      dso: level?.creditTermsDays ?? null,
    },
    dso,
    health,
    healthReason: healthReason(health, lang),
    ...(quadrant
      ? {
          portfolio: {
            quadrant,
            name: portfolioText(lang).quadrant[quadrant],
            treatment: portfolioText(lang).treatment[quadrant],
          },
        }
      : {}),
  };
}

/**
 * A plan as `kam analyze --plans --json` prints it: keys in English, words in the plan's language.
 * `personOf` names a task's person from its owner role as the plan's sheet does (planPerson in
 * team-people.ts).
 */
export function planJson(model: PlanModel, personOf: (role: string) => string | null) {
  const s = model.serviceModel;
  return {
    account: model.account,
    stars: model.stars,
    stage: model.stage,
    targetStage: model.targetStage,
    serviceModel: s
      ? {
          stars: s.stars,
          visitsPerMonth: s.visitsPerMonth,
          reviewEveryDays: s.reviewEveryDays,
          supportShare: s.supportShare,
          supportBudget: s.supportBudget,
          creditTermsDays: s.creditTermsDays,
          workForms: s.workForms,
          nextReview: s.nextReview,
        }
      : null,
    needs: model.needs.map((n) => ({ need: n.need, priority: n.priorityWord, reason: n.reason })),
    tasks: model.tasks.map((t) => ({
      task: t.task,
      need: t.need,
      ownerRole: t.ownerRole,
      person: personOf(t.ownerRole),
      workForm: t.workForm,
      start: t.start,
      due: t.due,
      workloadDays: t.workloadDays,
    })),
    targets: { sales: model.targets.sales, share: model.targets.share, dso: model.targets.dso },
    dso: model.dso,
    health: model.health.score ?? null,
    healthReason: model.healthReason,
    healthComponents: Object.fromEntries(
      model.health.parts.map((p) => [
        p.component,
        {
          figure: p.figure ?? null,
          score: p.score ?? null,
          weight: p.weight,
          share: p.share,
          points: p.points,
        },
      ])
    ),
    portfolio: model.portfolio
      ? { quadrant: model.portfolio.quadrant, treatment: model.portfolio.treatment }
      : null,
  };
}
export type PlanJson = ReturnType<typeof planJson>;
