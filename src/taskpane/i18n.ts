import type { Lang } from "../core/language";
import type { ColumnRole } from "../core/table/columns";
import { type ProblemWording, problemWording, roleNames } from "../core/table/problem-text";
import type { ConcentrationLevel } from "../core/concentration";
import { OFFICE_ERROR_TEXT } from "../excel/office-error-text";
import type { OfficeErrorKey } from "../excel/office-errors";
import type { NumericCriterion } from "./criteria-form";
import { PLAN_STRINGS, type PlanPaneStrings } from "./plan-strings";

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

/** Every text the pane shows, per language. Texts with figures in them are functions of those figures. */
export interface PaneStrings {
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
  roles: Record<ColumnRole, string>;
  preview: {
    heading: string;
    row: string;
    shown: (shown: number, total: number) => string;
    empty: string;
  };
  problems: ProblemWording & { heading: string; none: string };
  criteria: {
    groups: { abc: string; credit: string; stars: string };
    fields: Record<NumericCriterion, CriterionText>;
    rule: { label: string; cover: CriterionText; within: CriterionText };
    reset: string;
    fromWorkbook: string;
    unreadable: string;
    invalid: {
      number: string;
      range: (min: number, max: number) => string;
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
    /** The workbook's errors, by the key src/excel gives them (worded there, next to the codes). */
    office: Record<OfficeErrorKey, string>;
  };
  /** The descriptions of the "Formulas to try"; the formulas are built for the list found. */
  functions: { heading: string; tiers: string; hhi: string; grade: string; creditWhy: string };
  plans: PlanPaneStrings;
}

export const PANE_STRINGS: Readonly<Record<Lang, PaneStrings>> = {
  en: {
    title: "KAM: key account management",
    intro:
      "Find the customers that carry your sales and grade them by share, credit and business practice.",
    demoNotice:
      "Preview with a sample table. Open KAM from the Home tab in Excel to analyse your own customer list.",
    loading: "Looking for your customer list…",
    stepHeadings: {
      data: "1. Your customer list",
      criteria: "2. Criteria",
      analyse: "3. Analyse",
      results: "4. Results",
    },
    source: {
      label: "Table or range",
      refresh: "Read again",
      kind: { table: "table", range: "range" },
      found: (label) => `Found: ${label}`,
      headerAt: (row) => `Column names on row ${row}`,
      changed: "The table changed since it was read: check the columns, then analyse again.",
    },
    mapping: {
      heading: "Columns",
      notUsed: "— not used —",
      column: (letter, header) => (header ? `${letter}: ${header}` : letter),
      recognised: "Column names KAM recognises",
    },
    roles: roleNames("en"),
    preview: {
      heading: "Preview",
      row: "Row",
      shown: (shown, total) => `The first ${shown} of ${total} rows, as they will be read`,
      empty: "No rows can be read with these columns.",
    },
    problems: {
      heading: "Before you analyse",
      none: "No problems found in the data.",
      ...problemWording("en"),
    },
    criteria: {
      groups: {
        abc: "Classes by share of sales (ABC)",
        credit: "Credit",
        stars: "Business practice and key accounts",
      },
      fields: {
        aCutoff: {
          label: "A cut-off (% of sales)",
          hint: "Class A: the largest accounts that together make up this share of sales.",
        },
        bCutoff: {
          label: "B cut-off (% of sales)",
          hint: "Class B: the next accounts, up to this cumulative share; the rest are C.",
        },
        creditWatchUtilisation: {
          label: "WATCH from credit use (%)",
          hint: "WATCH when the balance reaches this share of the credit limit.",
        },
        creditFailUtilisation: {
          label: "FAIL above credit use (%)",
          hint: "FAIL when the balance is above this share of the credit limit.",
        },
        creditWatchDays: {
          label: "WATCH after days overdue",
          hint: "WATCH when a payment is more than this many days overdue.",
        },
        creditFailDays: {
          label: "FAIL after days overdue",
          hint: "FAIL when a payment is more than this many days overdue.",
        },
        creditWatchOverdueRatio: {
          label: "WATCH above overdue share (%)",
          hint: "WATCH when the overdue amount is more than this share of the balance.",
        },
        creditFailOverdueRatio: {
          label: "FAIL above overdue share (%)",
          hint: "FAIL when the overdue amount is more than this share of the balance.",
        },
        philosophyGood: {
          label: "Good business practice from (score 1–5)",
          hint: "From this score up, the business-philosophy score does not limit the stars.",
        },
        philosophyFair: {
          label: "Fair business practice from (score 1–5)",
          hint: "Fair: a class-A account gets at most 3 stars; below fair, at most 2.",
        },
        keyMinStars: {
          label: "Key accounts from (stars)",
          hint: "Accounts with at least this many stars are key accounts.",
        },
        targetGrowth: {
          label: "Sales growth target (%)",
          hint: "A plan's sales target is the prior period's sales plus this growth.",
        },
      },
      rule: {
        label: "Where class A ends",
        cover: {
          label: "Cover the cut-off",
          hint: "The account that crosses the cut-off is in A, so A makes up at least the cut-off.",
        },
        within: {
          label: "Stay within the cut-off",
          hint: "Only accounts whose cumulative share stays within the cut-off are in A.",
        },
      },
      reset: "Reset to defaults",
      fromWorkbook: "Loaded from the KAM Criteria sheet in this workbook.",
      unreadable:
        "The criteria saved in this workbook could not be read, so the defaults are shown.",
      invalid: {
        number: "Enter a number.",
        range: (min, max) => `Enter a value from ${min} to ${max}.`,
        aBelowB: "The A cut-off must be below the B cut-off.",
        watchNotAboveFail: "WATCH must not be above FAIL.",
        fairNotAboveGood: "Fair must not be above good.",
        wholeStars: "Enter a whole number of stars from 1 to 4.",
      },
    },
    analyse: {
      button: "Analyse",
      running: "Analysing…",
      progress: "Progress",
      steps: {
        reading: "Reading your table…",
        analysing: "Grading the accounts…",
        writingCriteria: "Writing the KAM Criteria sheet…",
        writingTiers: "Writing the KAM Tiers sheet…",
        chart: "Adding the Pareto chart…",
      },
      blockedByData: "Fix the problems in red above first.",
      blockedByCriteria: "Correct the criteria first.",
    },
    results: {
      written: (sheets) => `Written to ${sheets}.`,
      totalSales: "Total sales",
      accounts: "Accounts",
      keyAccounts: "Key accounts",
      keyShare: (share) => `${share} of sales`,
      pareto: (cutoff) => `Accounts making up ${cutoff}`,
      paretoOf: (accounts) => `of ${accounts} accounts`,
      hhi: "Concentration (HHI)",
      concentration: {
        low: "Low: sales are spread over many customers.",
        moderate: "Moderate: a few customers matter a lot.",
        high: "High: your sales depend on a few customers.",
      },
      effective: (customers) => `Like ${customers} customers of equal size.`,
      keyList: (stars) => `Key accounts (${"★".repeat(stars)} and more)`,
      keyListEmpty: (stars) => `No account has ${stars} stars or more with these criteria.`,
      more: (count) => `…and ${count} more on the tier sheet.`,
      goTo: (account) => `Go to ${account} in the tier sheet`,
      accountLine: (share, abc) => `${share} of sales · class ${abc}`,
      lost: "Lost since the prior period",
      next: "Next: plan the key accounts",
      nextNote: "Coming next: a plan sheet for each key account.",
    },
    errors: {
      title: "That did not work",
      generic:
        "Something unexpected went wrong. Try again; if it happens again, the details below say what failed.",
      details: "Details",
      zeroTotal:
        "The sales add up to 0, so there are no shares to compute. Check the sales column.",
      badTotal: "The sales add up to less than 0 or are too large to add. Check the sales column.",
      office: OFFICE_ERROR_TEXT.en,
    },
    functions: {
      heading: "Formulas to try",
      tiers: "the whole tier table: rank, share, class, stars, key account",
      hhi: "how concentrated your sales are",
      grade: "the first account's stars; fill it down for the others",
      creditWhy: "why the first account's credit is not OK (empty when it is)",
    },
    plans: PLAN_STRINGS.en,
  },
  "zh-CN": {
    title: "KAM 重点客户管理",
    intro: "找出支撑销售的客户，按销售份额、财务信誉和经营理念给客户分级。",
    demoNotice: "这是示例表格的预览。请在 Excel 的“开始”选项卡中打开 KAM，分析您自己的客户清单。",
    loading: "正在查找客户清单…",
    stepHeadings: {
      data: "1. 客户清单",
      criteria: "2. 标准",
      analyse: "3. 分析",
      results: "4. 结果",
    },
    source: {
      label: "表格或区域",
      refresh: "重新读取",
      kind: { table: "表格", range: "区域" },
      found: (label) => `已找到：${label}`,
      headerAt: (row) => `列名在第 ${row} 行`,
      changed: "读取后表格已更改：请检查各列，然后重新分析。",
    },
    mapping: {
      heading: "列",
      notUsed: "— 不使用 —",
      column: (letter, header) => (header ? `${letter}：${header}` : letter),
      recognised: "KAM 能识别的列名",
    },
    roles: roleNames("zh-CN"),
    preview: {
      heading: "预览",
      row: "行",
      shown: (shown, total) => `将按此读取：共 ${total} 行中的前 ${shown} 行`,
      empty: "按当前的列设置读不到任何行。",
    },
    problems: {
      heading: "分析前请注意",
      none: "数据中没有发现问题。",
      ...problemWording("zh-CN"),
    },
    criteria: {
      groups: { abc: "按销售份额分类（ABC）", credit: "信用", stars: "经营理念与重点客户" },
      fields: {
        aCutoff: { label: "A 类界线（销售额 %）", hint: "A 类：合计占到这一销售份额的最大客户。" },
        bCutoff: {
          label: "B 类界线（销售额 %）",
          hint: "B 类：其后的客户，直到累计份额达到此值；其余为 C 类。",
        },
        creditWatchUtilisation: {
          label: "额度使用达到（%）即关注",
          hint: "欠款余额达到信用额度的这一比例时为 WATCH（关注）。",
        },
        creditFailUtilisation: {
          label: "额度使用超过（%）即高风险",
          hint: "欠款余额超过信用额度的这一比例时为 FAIL（高风险）。",
        },
        creditWatchDays: {
          label: "逾期超过（天）即关注",
          hint: "逾期天数超过此值时为 WATCH（关注）。",
        },
        creditFailDays: {
          label: "逾期超过（天）即高风险",
          hint: "逾期天数超过此值时为 FAIL（高风险）。",
        },
        creditWatchOverdueRatio: {
          label: "逾期比例超过（%）即关注",
          hint: "逾期金额占欠款余额的比例超过此值时为 WATCH（关注）。",
        },
        creditFailOverdueRatio: {
          label: "逾期比例超过（%）即高风险",
          hint: "逾期金额占欠款余额的比例超过此值时为 FAIL（高风险）。",
        },
        philosophyGood: {
          label: "经营理念良好（评分 1–5）",
          hint: "评分达到此值时，经营理念不限制星级。",
        },
        philosophyFair: {
          label: "经营理念一般（评分 1–5）",
          hint: "一般：A 类客户最多 3 星；低于一般，最多 2 星。",
        },
        keyMinStars: { label: "重点客户最低星级", hint: "星级达到此值的客户为重点客户。" },
        targetGrowth: {
          label: "销售增长目标（%）",
          hint: "计划的销售目标为上期销售额加上此增长。",
        },
      },
      rule: {
        label: "A 类的边界",
        cover: {
          label: "含跨线客户",
          hint: "跨过界线的那个客户也算 A 类，因此 A 类的销售额至少达到界线。",
        },
        within: { label: "不含跨线客户", hint: "只有累计份额不超过界线的客户才算 A 类。" },
      },
      reset: "恢复默认值",
      fromWorkbook: "已从本工作簿的“KAM 评级标准”工作表读取。",
      unreadable: "无法读取本工作簿中保存的标准，现显示默认值。",
      invalid: {
        number: "请输入数字。",
        range: (min, max) => `请输入 ${min} 到 ${max} 之间的值。`,
        aBelowB: "A 类界线必须小于 B 类界线。",
        watchNotAboveFail: "“关注”不能高于“高风险”。",
        fairNotAboveGood: "“一般”不能高于“良好”。",
        wholeStars: "请输入 1 到 4 之间的整数星级。",
      },
    },
    analyse: {
      button: "分析",
      running: "正在分析…",
      progress: "进度",
      steps: {
        reading: "正在读取表格…",
        analysing: "正在给客户分级…",
        writingCriteria: "正在写入“KAM 评级标准”工作表…",
        writingTiers: "正在写入“KAM 客户分级”工作表…",
        chart: "正在添加帕累托图…",
      },
      blockedByData: "请先解决上方红色标出的问题。",
      blockedByCriteria: "请先更正标准。",
    },
    results: {
      written: (sheets) => `已写入 ${sheets}。`,
      totalSales: "销售总额",
      accounts: "客户数",
      keyAccounts: "重点客户",
      keyShare: (share) => `占销售额 ${share}`,
      pareto: (cutoff) => `累计达销售额 ${cutoff} 所需客户数`,
      paretoOf: (accounts) => `共 ${accounts} 个客户`,
      hhi: "集中度（HHI）",
      concentration: {
        low: "低：销售分散在众多客户中。",
        moderate: "中等：少数客户举足轻重。",
        high: "高：销售依赖少数几个客户。",
      },
      effective: (customers) => `等效客户数（10000÷HHI）：${customers}。`,
      keyList: (stars) => `重点客户（${"★".repeat(stars)} 及以上）`,
      keyListEmpty: (stars) => `按当前标准，没有客户达到 ${stars} 星。`,
      more: (count) => `……另有 ${count} 个，见分级表。`,
      goTo: (account) => `转到分级表中的 ${account}`,
      accountLine: (share, abc) => `占销售额 ${share} · ${abc} 类`,
      lost: "与上期相比流失的客户",
      next: "下一步：制定重点客户计划",
      nextNote: "即将推出：为每个重点客户生成计划工作表。",
    },
    errors: {
      title: "操作未成功",
      generic: "发生了意外错误。请重试；如果再次出现，下方的详细信息说明了出错的地方。",
      details: "详细信息",
      zeroTotal: "销售额合计为 0，无法计算份额。请检查销售额列。",
      badTotal: "销售额合计小于 0 或过大，无法相加。请检查销售额列。",
      office: OFFICE_ERROR_TEXT["zh-CN"],
    },
    functions: {
      heading: "试试这些公式",
      tiers: "一次生成完整分级表：排名、份额、ABC 类、星级、是否重点客户",
      hhi: "客户集中度（赫芬达尔指数）",
      grade: "第一个客户的星级；向下填充即得其他客户的星级",
      creditWhy: "第一个客户的信用为何不是 OK（信用正常时为空）",
    },
    plans: PLAN_STRINGS["zh-CN"],
  },
};
