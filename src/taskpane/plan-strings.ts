import { type Lang, words } from "../core/language";
import type { PlanStep } from "./run-plans";

/** Every text of the Plans step (PaneStrings.plans). */
export interface PlanPaneStrings {
  heading: string;
  intro: string;
  loading: string;
  accounts: string;
  filter: string;
  keyAccount: string;
  hasPlan: string;
  shown: (shown: number, total: number) => string;
  noMatch: string;
  generate: string;
  generating: string;
  nothingChosen: string;
  progress: string;
  steps: Record<PlanStep, string>;
  done: (created: number, updated: number) => string;
  overview: string;
  newPlans: string;
  goTo: (sheet: string) => string;
  templatesWritten: string;
  templatesUnreadable: string;
  missing: (count: number) => string;
}

/** The Plans step's words in one language (the catalogues in src/core/i18n hold them). */
export function planPaneStrings(lang: Lang): PlanPaneStrings {
  return words(lang).planPane;
}
