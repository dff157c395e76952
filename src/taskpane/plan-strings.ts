import type { Lang } from "../core/language";
import type { PlanStep } from "./run-plans";

/** Every text of the Plans step, per language (PaneStrings.plans). */
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

export const PLAN_STRINGS: Readonly<Record<Lang, PlanPaneStrings>> = {
  en: {
    heading: "5. Plans",
    intro:
      "A plan sheet for each account you tick: its needs, the key-account team, tasks with dates, and how the effect is evaluated. Generating again updates the figures and keeps everything you wrote.",
    loading: "Looking for plans in this workbook…",
    accounts: "Accounts to plan",
    filter: "Find an account",
    keyAccount: "key account",
    hasPlan: "has a plan: its figures are updated",
    shown: (shown, total) => `${shown} of ${total} accounts shown: type a name to find the others.`,
    noMatch: "No account matches.",
    generate: "Generate plans",
    generating: "Generating plans…",
    nothingChosen: "Tick at least one account.",
    progress: "Progress",
    steps: {
      reading: "Reading the templates and the plans…",
      writingPlans: "Writing the plan sheets…",
      updating: "Updating the figures in existing plans…",
      overview: "Writing the KAM Plans overview…",
    },
    done: (created, updated) =>
      `${created === 1 ? "1 new plan" : `${created} new plans`}; ${updated === 1 ? "1 plan" : `${updated} plans`} updated.`,
    overview: "Open the KAM Plans overview",
    newPlans: "New plans",
    goTo: (sheet) => `Go to the sheet “${sheet}”`,
    templatesWritten:
      "The KAM Templates sheet was added: change its tasks and roles there, and new plans follow them.",
    templatesUnreadable:
      "The KAM Templates sheet could not be read (no role or task found), so the default tasks and roles were used. The sheet was left as it is.",
    missing: (count) =>
      `The figures of ${count === 1 ? "1 plan" : `${count} plans`} could not be updated: the hidden names that locate them were removed.`,
  },
  "zh-CN": {
    heading: "5. 客户计划",
    intro:
      "为勾选的每个客户生成一张计划表：需求分析、大客户服务团队、带日期的任务，以及效果评测。再次生成会更新数据，并保留您填写的所有内容。",
    loading: "正在查找本工作簿中的计划…",
    accounts: "要制定计划的客户",
    filter: "查找客户",
    keyAccount: "重点客户",
    hasPlan: "已有计划：将更新其数据",
    shown: (shown, total) => `显示 ${total} 个客户中的 ${shown} 个：输入名称可查找其他客户。`,
    noMatch: "没有匹配的客户。",
    generate: "生成计划",
    generating: "正在生成计划…",
    nothingChosen: "请至少勾选一个客户。",
    progress: "进度",
    steps: {
      reading: "正在读取模板和现有计划…",
      writingPlans: "正在写入计划表…",
      updating: "正在更新现有计划中的数据…",
      overview: "正在写入“KAM 计划一览”工作表…",
    },
    done: (created, updated) => `新建 ${created} 个计划；更新 ${updated} 个计划。`,
    overview: "打开“KAM 计划一览”工作表",
    newPlans: "新建的计划",
    goTo: (sheet) => `转到工作表“${sheet}”`,
    templatesWritten: "已添加“KAM 计划模板”工作表：在其中修改任务和角色，新计划将按其生成。",
    templatesUnreadable:
      "无法读取“KAM 计划模板”工作表（未找到角色或任务），因此使用了默认的任务和角色。该工作表保持原样。",
    missing: (count) => `有 ${count} 个计划的数据无法更新：用于定位数据的隐藏名称已被删除。`,
  },
};
