import { Lang, words } from "../language";

/**
 * Every string a plan sheet, the KAM Plans overview and the KAM Templates sheet write, in one language
 * (the catalogues in src/core/i18n hold the words).
 * None starts with "=", "+", "-" or "@" or looks like a number, so writers put them in as plain values.
 */
export interface PlanText {
  title: (account: string) => string;
  note: string;
  /** Above the add-in's copy of the cells it fills (column Z). */
  copyNote: string;
  sections: { profile: string; needs: string; team: string; evaluation: string; workPlan: string };
  profile: {
    account: string;
    region: string;
    sales: string;
    share: string;
    rank: string;
    stars: string;
    keyAccount: string;
    credit: string;
    reason: string;
    asOf: string;
    dso: string;
    location: string;
    shoppers: string;
    currentStage: string;
    targetStage: string;
  };
  /** The status note, with the day of the analysis that found it ("2025-03-01"). */
  noLongerKey: (day: string) => string;
  notInAnalysis: (day: string) => string;
  progress: {
    manager: string;
    tasks: string;
    done: string;
    progress: string;
    overdue: string;
    nextDue: string;
    nextTask: string;
  };
  needs: {
    need: string;
    priority: string;
    reason: string;
    notes: string;
    model: string;
    measures: string;
    /** The targeted measures: the high needs first, then the medium ones. */
    measuresText: (high: string[], medium: string[]) => string;
  };
  /** The cooperation model block, from the service model of the account's star level. */
  model: {
    level: (stars: number) => string;
    noLevel: string;
    /** The account's portfolio quadrant and its treatment (issue 15), after the service level. */
    portfolio: (quadrant: string, treatment: string) => string;
    /** The block's heading: the service level, then the portfolio. */
    withPortfolio: (level: string, portfolio: string) => string;
    visitsPerMonth: string;
    reviewEveryDays: string;
    supportShare: string;
    supportBudget: string;
    creditTermsDays: string;
    workForms: string;
    nextReview: string;
  };
  stageHistory: { title: string; date: string; stage: string; note: string; firstPlan: string };
  contacts: {
    title: string;
    person: string;
    position: string;
    buyingRole: string;
    attitude: string;
    influence: string;
    strength: string;
    lastContact: string;
    /** Positions a first plan lists, for the user to name the people. */
    positions: string[];
  };
  team: {
    role: string;
    person: string;
    responsibilities: string;
    authority: string;
    benefit: string;
    accountableFor: string;
  };
  evaluation: {
    measure: string;
    target: string;
    actual: string;
    variance: string;
    sales: string;
    share: string;
    dso: string;
    credit: string;
    met: string;
    notMet: string;
    attainment: string;
    /** The DSO row's label, with the period length it assumes. */
    dsoOver: (days: number) => string;
    /** The columns the user fills with actuals by period. */
    period: (n: number) => string;
  };
  tasks: {
    workItem: string;
    need: string;
    ownerRole: string;
    /** The person doing the task, from the KAM Team roster. */
    person: string;
    workForm: string;
    start: string;
    due: string;
    workload: string;
    status: string;
    kpi: string;
    result: string;
    /** Template headers only: days counted from the plan's start. */
    startAfter: string;
    duration: string;
  };
  overview: {
    title: string;
    note: string;
    stage: string;
    attainment: string;
    nextReview: string;
    /** The account health columns (src/core/health.ts). */
    growth: string;
    philosophy: string;
    health: string;
    previousHealth: string;
    healthTrend: string;
    statusNote: string;
    figuresMissing: string;
  };
  templates: {
    title: string;
    note: string;
    roles: string;
    tasks: string;
    rules: string;
    service: string;
    stages: string;
    figure: string;
    test: string;
    value: string;
    stars: string;
    startStage: string;
    targetStage: string;
    stage: string;
    definition: string;
  };
}

export function planText(lang: Lang): PlanText {
  return words(lang).planText;
}
