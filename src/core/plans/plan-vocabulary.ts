import { Lang } from "../language";

/**
 * The words a plan's dropdowns offer, in each language. A plan is written in one language and its
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

const VOCABULARY: Record<Lang, PlanVocabulary> = {
  en: {
    status: {
      notStarted: "not started",
      inProgress: "in progress",
      done: "done",
      blocked: "blocked",
    },
    workForm: {
      groupMeeting: "group meeting",
      onSiteGuidance: "on-site guidance",
      training: "training",
      visit: "visit",
      review: "review",
    },
    stage: {
      transactional: "transactional",
      cooperative: "cooperative",
      partnership: "partnership",
      embeddedPartnership: "embedded partnership",
      disintegrating: "disintegrating",
    },
    priority: { high: "high", medium: "medium", low: "low" },
    attitude: { supporter: "supporter", neutral: "neutral", opponent: "opponent" },
  },
  "zh-CN": {
    status: { notStarted: "未开始", inProgress: "进行中", done: "已完成", blocked: "受阻" },
    workForm: {
      groupMeeting: "小组会议",
      onSiteGuidance: "现场指导",
      training: "培训",
      visit: "拜访",
      review: "评估",
    },
    stage: {
      transactional: "买卖关系",
      cooperative: "合作关系",
      partnership: "合作伙伴关系",
      embeddedPartnership: "镶嵌式伙伴关系",
      disintegrating: "关系恶化",
    },
    priority: { high: "高", medium: "中", low: "低" },
    attitude: { supporter: "支持者", neutral: "中立", opponent: "反对者" },
  },
};

export function planVocabulary(lang: Lang): PlanVocabulary {
  return VOCABULARY[lang];
}

/** The words of one list in their dropdown order. */
export function choices<K extends string>(words: Record<K, string>): string[] {
  return Object.values(words);
}
