import type { Lang } from "../language";

/** The words of the KAM Team sheet, per language. */
export interface TeamText {
  title: string;
  note: string;
  roster: string;
  workload: string;
  from: string;
  person: string;
  role: string;
  days: string;
  /** The example person of a role on a new roster, for the user to replace with a name. */
  placeholder: (role: string) => string;
  /** When the workload formulas cannot take every plan (Excel's formula length). */
  notCounted: (counted: number, plans: number) => string;
}

const TEXT: Record<Lang, TeamText> = {
  en: {
    title: "KAM Team",
    note: "The roster is yours: replace the example people, add people in the empty rows, set the days each can give key accounts per month. The plans' Person dropdowns list it. The workload is every plan's tasks in days, by person and by the month a task starts; a month above the person's days is red.",
    roster: "Roster",
    workload: "Workload (days) by month",
    from: "First month",
    person: "Person",
    role: "Role",
    days: "Days available per month",
    placeholder: (role) => `${role} 1`,
    notCounted: (counted, plans) =>
      `The workload counts the first ${counted} of ${plans} plans: Excel's formulas cannot name more.`,
  },
  "zh-CN": {
    title: "KAM 大客户团队",
    note: "人员名单由您填写：把示例人员换成真实姓名，在空行中添加人员，并填写每人每月可用于大客户的天数。各计划的“负责人”下拉列表取自此名单。工作量为所有计划任务的天数，按人员和任务开始月份汇总；超过可用天数的月份显示为红色。",
    roster: "人员名单",
    workload: "每月工作量（天）",
    from: "起始月份",
    person: "人员",
    role: "角色",
    days: "每月可用天数",
    placeholder: (role) => `${role}1`,
    notCounted: (counted, plans) =>
      `工作量只统计了 ${plans} 个计划中的前 ${counted} 个：Excel 公式无法引用更多。`,
  },
};

export function teamText(lang: Lang): TeamText {
  return TEXT[lang];
}
