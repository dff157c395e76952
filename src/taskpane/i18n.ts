import type { Lang } from "../core/language";

export interface FunctionExample {
  formula: string;
  description: string;
}

/** Every text the welcome pane shows, per language. */
export interface PaneStrings {
  title: string;
  intro: string;
  tryHeading: string;
  examples: readonly FunctionExample[];
}

export const PANE_STRINGS: Readonly<Record<Lang, PaneStrings>> = {
  en: {
    title: "KAM: key account management",
    intro:
      "KAM finds the customers that carry your sales, grades them by share, credit and business practice, " +
      "and helps you plan how to serve them, right where your sales figures already are.",
    tryHeading: "Try these functions",
    examples: [
      {
        formula: "=KAM.ABC(B2:B25)",
        description: "A, B or C class for each account by its share of sales",
      },
      {
        formula: "=KAM.TIERS(A2:A25, B2:B25)",
        description: "the whole tier table: rank, share, class, stars, key account",
      },
      {
        formula: "=KAM.HHI(B2:B25)",
        description: "how concentrated your sales are (Herfindahl index)",
      },
      {
        formula: "=KAM.CREDIT(C2, D2)",
        description: "credit status OK, WATCH or FAIL from credit limit and balance",
      },
    ],
  },
  "zh-CN": {
    title: "KAM 重点客户管理",
    intro:
      "KAM 帮您找出支撑销售的重点客户，按销售份额、财务信誉和经营理念给客户分级，" +
      "并在销售数据所在的工作簿里制定服务计划。",
    tryHeading: "试试这些函数",
    examples: [
      { formula: "=KAM.ABC(B2:B25)", description: "按销售份额把每个客户分为 A、B、C 类" },
      {
        formula: "=KAM.TIERS(A2:A25, B2:B25)",
        description: "一次生成完整分级表：排名、份额、ABC 类、星级、是否重点客户",
      },
      { formula: "=KAM.HHI(B2:B25)", description: "客户集中度（赫芬达尔指数）" },
      {
        formula: "=KAM.CREDIT(C2, D2)",
        description: "根据信用额度和欠款余额给出信用状态：OK、WATCH 或 FAIL",
      },
    ],
  },
};
