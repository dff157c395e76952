import { type Lang, words } from "../core/language";
import type { ColumnRole } from "../core/table/columns";
import { type ProblemWording, problemWording, roleNames } from "../core/table/problem-text";
import type { ConcentrationLevel } from "../core/concentration";
import type { KeyCreditRule } from "../core/criteria";
import type { Catalogue } from "../core/i18n/catalogue";
import type { OfficeErrorWords } from "../excel/office-error-text";
import type { EngineErrorWords } from "../core/engine-error-words";
import {
  CRITERIA_GROUPS,
  type CriteriaGroup,
  type NumericCriterion,
  type WordedCriterion,
} from "./criteria-form";
import { type PlanPaneStrings, planPaneStrings } from "./plan-strings";

export interface FunctionExample {
  formula: string;
  description: string;
}

/** The steps of an analysis run, in the order the progress bar shows them. */
export type RunStep = "reading" | "analysing" | "writingCriteria" | "writingTiers" | "chart";

export interface CriterionText {
  label: string;
  hint: string;
}

/**
 * The pane's own words, a section of each language's catalogue. Texts with figures in them are
 * functions of those figures.
 */
export interface PaneWords {
  title: string;
  intro: string;
  demoNotice: string;
  loading: string;
  stepHeadings: { data: string; criteria: string; analyse: string; results: string };
  source: {
    label: string;
    refresh: string;
    kind: { table: string; range: string };
    found: (label: string) => string;
    headerAt: (row: number) => string;
    changed: string;
  };
  mapping: {
    heading: string;
    notUsed: string;
    column: (letter: string, header: string) => string;
    recognised: string;
  };
  preview: {
    heading: string;
    row: string;
    shown: (shown: number, total: number) => string;
    empty: string;
  };
  problems: { heading: string; none: string };
  criteria: {
    groups: Record<CriteriaGroup, string>;
    /**
     * The pane's own words for the criteria it shows first; the other groups show the KAM Criteria
     * sheet's label and explanation of each criterion (criteriaLabels, criteriaSheet.explanations).
     */
    fields: Record<WordedCriterion, CriterionText>;
    /** A sheet label of a percent criterion, as a field's label: "Limit headroom, 4 stars (%)". */
    percentLabel: (label: string) => string;
    /** A weight's hint: its explanation, and that only its proportion to the others counts. */
    relativeHint: (explanation: string) => string;
    rule: { label: string; cover: CriterionText; within: CriterionText };
    /** key_requires_credit's choices (its label is the KAM Criteria sheet's). */
    keyCredit: Record<KeyCreditRule, CriterionText>;
    reset: string;
    fromWorkbook: string;
    unreadable: string;
    invalid: {
      number: string;
      range: (min: number, max: number) => string;
      atLeast: (min: number) => string;
      above: (min: number) => string;
      aboveUpTo: (min: number, max: number) => string;
      noHealthWeight: string;
      aBelowB: string;
      watchNotAboveFail: string;
      fairNotAboveGood: string;
      wholeStars: string;
    };
  };
  analyse: {
    button: string;
    running: string;
    progress: string;
    steps: Record<RunStep, string>;
    blockedByData: string;
    blockedByCriteria: string;
  };
  results: {
    written: (sheets: string) => string;
    totalSales: string;
    accounts: string;
    keyAccounts: string;
    keyShare: (share: string) => string;
    pareto: (cutoff: string) => string;
    paretoOf: (accounts: number) => string;
    hhi: string;
    concentration: Record<ConcentrationLevel, string>;
    effective: (customers: string) => string;
    keyList: (stars: number) => string;
    keyListEmpty: (stars: number) => string;
    more: (count: number) => string;
    goTo: (account: string) => string;
    accountLine: (share: string, abc: string) => string;
    lost: string;
    next: string;
    nextNote: string;
  };
  errors: {
    title: string;
    generic: string;
    details: string;
    zeroTotal: string;
    badTotal: string;
  };
  /** The descriptions of the "Formulas to try"; the formulas are built for the list found. */
  functions: { heading: string; tiers: string; hhi: string; grade: string; creditWhy: string };
}

/** Every text the pane shows: its own words with the column roles, data problems and plan words. */
export interface PaneStrings extends Omit<PaneWords, "problems" | "errors" | "criteria"> {
  /** The criteria step's words, with a label and hint for every criterion the form shows. */
  criteria: Omit<PaneWords["criteria"], "fields"> & {
    fields: Record<NumericCriterion, CriterionText>;
    /** key_requires_credit's label: the KAM Criteria sheet's. */
    keyCreditLabel: string;
  };
  roles: Record<ColumnRole, string>;
  problems: ProblemWording & PaneWords["problems"];
  errors: PaneWords["errors"] & {
    /** The workbook's errors, by the key src/excel gives them. */
    office: OfficeErrorWords;
    /** The engine's own messages, for the details of a failure the pane has no words of its own for. */
    engine: EngineErrorWords;
  };
  plans: PlanPaneStrings;
}

/** Every shown criterion's label and hint: the pane's own words, else the KAM Criteria sheet's. */
function criterionTexts(catalogue: Catalogue): Record<NumericCriterion, CriterionText> {
  const t = catalogue.pane.criteria;
  const fields = {} as Record<NumericCriterion, CriterionText>;
  for (const field of CRITERIA_GROUPS.flatMap((g) => g.fields)) {
    const own = (t.fields as Partial<Record<NumericCriterion, CriterionText>>)[field.key];
    const label = catalogue.criteriaLabels.labels[field.key];
    const explanation = catalogue.criteriaSheet.explanations[field.key];
    fields[field.key] = own ?? {
      label: field.percent ? t.percentLabel(label) : label,
      hint: field.relative ? t.relativeHint(explanation) : explanation,
    };
  }
  return fields;
}

const paneStrings = new Map<Lang, PaneStrings>();

/** The pane's words in `lang`, one object per language (React contexts compare it by identity). */
export function paneText(lang: Lang): PaneStrings {
  let strings = paneStrings.get(lang);
  if (!strings) {
    const catalogue = words(lang);
    const pane = catalogue.pane;
    strings = {
      ...pane,
      criteria: {
        ...pane.criteria,
        fields: criterionTexts(catalogue),
        keyCreditLabel: catalogue.criteriaLabels.labels.keyRequiresCredit,
      },
      roles: roleNames(lang),
      problems: { ...pane.problems, ...problemWording(lang) },
      errors: { ...pane.errors, office: catalogue.officeErrors, engine: catalogue.engineErrors },
      plans: planPaneStrings(lang),
    };
    paneStrings.set(lang, strings);
  }
  return strings;
}
