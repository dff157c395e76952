import { Lang, words } from "../language";

/**
 * The words a plan's dropdowns offer (each catalogue in src/core/i18n has them). A plan is written in one language and its
 * formulas compare against these words (e.g. status = "done"), so a plan keeps the words it was
 * written with; the keys never reach the sheet.
 */
export type TaskStatus = "notStarted" | "inProgress" | "done" | "blocked";
export type WorkForm = "groupMeeting" | "onSiteGuidance" | "training" | "visit" | "review";
/** Relationship stages: the article's plain selling → partnership → embedded partnership, and decline. */
export type RelationshipStage =
  "transactional" | "cooperative" | "partnership" | "embeddedPartnership" | "disintegrating";
export type Priority = "high" | "medium" | "low";
/** A contact's attitude to working with us, for the stakeholder map. */
export type Attitude = "supporter" | "neutral" | "opponent";

export interface PlanVocabulary {
  status: Record<TaskStatus, string>;
  workForm: Record<WorkForm, string>;
  stage: Record<RelationshipStage, string>;
  priority: Record<Priority, string>;
  attitude: Record<Attitude, string>;
}

export function planVocabulary(lang: Lang): PlanVocabulary {
  return words(lang).planVocabulary;
}

/** The words of one list in their dropdown order. */
export function choices<K extends string>(words: Record<K, string>): string[] {
  return Object.values(words);
}
