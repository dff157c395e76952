import type { Lang } from "../core/language";
import type { ColumnRole } from "../core/table/columns";
import type { ConcentrationLevel } from "../core/concentration";
import { OFFICE_ERROR_TEXT } from "../excel/office-error-text";
import type { OfficeErrorKey } from "../excel/office-errors";
import type { NumericCriterion } from "./criteria-form";

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
  problems: {
    heading: string;
    none: string;
    rows: (rows: readonly number[]) => string;
    noHeader: string;
    missingRequired: (role: string) => string;
    missingOptional: Record<ColumnRole, string>;
    textSales: (rows: string, examples: string) => string;
    blankSales: (rows: string) => string;
    negativeSales: (rows: string) => string;
    blankAccount: (rows: string) => string;
    duplicateAccount: (account: string, rows: string) => string;
    badNumber: (role: string, rows: string) => string;
    badPhilosophy: (rows: string) => string;
  };
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
  functions: { heading: string; examples: readonly FunctionExample[] };
}

/** Row lists stop after this many numbers and say how many more there are. */
const MAX_ROWS_SHOWN = 8;

/** [7] → "row 7"; [3, 9] → "rows 3 and 9"; twenty rows → "rows 2, 3, … 9 and 12 more". */
function enRows(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const shown = rows.slice(0, MAX_ROWS_SHOWN);
  const more = rows.length - shown.length;
  if (more > 0) return `rows ${shown.join(", ")} and ${more} more`;
  return `rows ${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** [3, 9] → "第 3、9 行"; twenty rows → "第 2、3、…、9 行等 20 行". */
function zhRows(rows: readonly number[]): string {
  const shown = rows.slice(0, MAX_ROWS_SHOWN).join("、");
  return rows.length > MAX_ROWS_SHOWN ? `第 ${shown} 行等 ${rows.length} 行` : `第 ${shown} 行`;
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
    roles: {
      account: "Account",
      sales: "Sales",
      priorSales: "Prior-period sales",
      region: "Region",
      creditLimit: "Credit limit",
      balance: "Balance (receivables)",
      overdue: "Overdue amount",
      daysOverdue: "Days overdue",
      philosophy: "Business philosophy score",
      location: "Location",
      shoppers: "Shoppers",
    },
    preview: {
      heading: "Preview",
      row: "Row",
      shown: (shown, total) => `The first ${shown} of ${total} rows, as they will be read`,
      empty: "No rows can be read with these columns.",
    },
    problems: {
      heading: "Before you analyse",
      none: "No problems found in the data.",
      rows: enRows,
      noHeader:
        "No row of column names found. Put names such as “Customer” and “Sales” above the data, or pick another table.",
      missingRequired: (role) => `No ${role.toLowerCase()} column: choose it under Columns.`,
      missingOptional: {
        account: "No account column.",
        sales: "No sales column.",
        priorSales: "No prior-period sales column: tier movements are not shown.",
        region: "No region column: regions are not shown.",
        creditLimit: "No credit-limit column: credit is not assessed.",
        balance: "No balance column: credit use is not assessed.",
        overdue: "No overdue-amount column: the overdue share is not assessed.",
        daysOverdue: "No days-overdue column: days overdue are not assessed.",
        philosophy: "No business-philosophy column: business practice is not assessed.",
        location: "No location column: locations are not shown.",
        shoppers: "No shoppers column: shoppers are not shown.",
      },
      textSales: (rows, examples) =>
        `Text in the sales column on ${rows} (${examples}): these rows are left out.`,
      blankSales: (rows) => `No sales figure on ${rows}: these rows are left out.`,
      negativeSales: (rows) =>
        `Negative sales on ${rows}: returns or credit notes lower the total, so please check them.`,
      blankAccount: (rows) => `No account name on ${rows}: please fill it in.`,
      duplicateAccount: (account, rows) =>
        `${account} appears on ${rows}: their sales are added together.`,
      badNumber: (role, rows) =>
        `Not a number in the ${role.toLowerCase()} column on ${rows}: those cells are ignored.`,
      badPhilosophy: (rows) =>
        `The business-philosophy score on ${rows} is not from 1 to 5: it is ignored.`,
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
      examples: [
        {
          formula: "=KAM.TIERS(A2:A25, B2:B25)",
          description: "the whole tier table: rank, share, class, stars, key account",
        },
        { formula: "=KAM.HHI(B2:B25)", description: "how concentrated your sales are" },
      ],
    },
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
    roles: {
      account: "客户",
      sales: "销售额",
      priorSales: "上期销售额",
      region: "区域",
      creditLimit: "信用额度",
      balance: "应收账款余额",
      overdue: "逾期金额",
      daysOverdue: "逾期天数",
      philosophy: "经营理念评分",
      location: "地理位置",
      shoppers: "消费人群",
    },
    preview: {
      heading: "预览",
      row: "行",
      shown: (shown, total) => `将按此读取：共 ${total} 行中的前 ${shown} 行`,
      empty: "按当前的列设置读不到任何行。",
    },
    problems: {
      heading: "分析前请注意",
      none: "数据中没有发现问题。",
      rows: zhRows,
      noHeader: "未找到列名行。请在数据上方写上“客户”“销售额”等列名，或选择其他表格。",
      missingRequired: (role) => `没有“${role}”列：请在“列”中选择。`,
      missingOptional: {
        account: "没有客户列。",
        sales: "没有销售额列。",
        priorSales: "没有上期销售额列：不显示级别变化。",
        region: "没有区域列：不显示区域。",
        creditLimit: "没有信用额度列：不评估信用。",
        balance: "没有应收账款余额列：不评估额度使用。",
        overdue: "没有逾期金额列：不评估逾期比例。",
        daysOverdue: "没有逾期天数列：不评估逾期天数。",
        philosophy: "没有经营理念评分列：不评估经营理念。",
        location: "没有地理位置列：不显示地理位置。",
        shoppers: "没有消费人群列：不显示消费人群。",
      },
      textSales: (rows, examples) => `销售额列${rows}是文本（${examples}）：这些行不计入。`,
      blankSales: (rows) => `${rows}没有销售额：这些行不计入。`,
      negativeSales: (rows) => `${rows}的销售额为负数：退货或贷项会减少总额，请核对。`,
      blankAccount: (rows) => `${rows}没有客户名称：请补上。`,
      duplicateAccount: (account, rows) => `${account} 出现在${rows}：销售额已合并计算。`,
      badNumber: (role, rows) => `“${role}”列${rows}不是数字：这些单元格不予考虑。`,
      badPhilosophy: (rows) => `${rows}的经营理念评分不在 1 到 5 之间：不予考虑。`,
    },
    criteria: {
      groups: { abc: "按销售份额分类（ABC）", credit: "信用", stars: "经营理念与重点客户" },
      fields: {
        aCutoff: { label: "A 类界限（销售额 %）", hint: "A 类：合计占到这一销售份额的最大客户。" },
        bCutoff: {
          label: "B 类界限（销售额 %）",
          hint: "B 类：其后的客户，直到累计份额达到此值；其余为 C 类。",
        },
        creditWatchUtilisation: {
          label: "额度使用达到（%）即关注",
          hint: "欠款余额达到信用额度的这一比例时为 WATCH（关注）。",
        },
        creditFailUtilisation: {
          label: "额度使用超过（%）即不合格",
          hint: "欠款余额超过信用额度的这一比例时为 FAIL（不合格）。",
        },
        creditWatchDays: {
          label: "逾期超过（天）即关注",
          hint: "逾期天数超过此值时为 WATCH（关注）。",
        },
        creditFailDays: {
          label: "逾期超过（天）即不合格",
          hint: "逾期天数超过此值时为 FAIL（不合格）。",
        },
        creditWatchOverdueRatio: {
          label: "逾期比例超过（%）即关注",
          hint: "逾期金额占欠款余额的比例超过此值时为 WATCH（关注）。",
        },
        creditFailOverdueRatio: {
          label: "逾期比例超过（%）即不合格",
          hint: "逾期金额占欠款余额的比例超过此值时为 FAIL（不合格）。",
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
      },
      rule: {
        label: "A 类的边界",
        cover: {
          label: "覆盖界限",
          hint: "跨过界限的那个客户也算 A 类，因此 A 类的销售额至少达到界限。",
        },
        within: { label: "不超过界限", hint: "只有累计份额不超过界限的客户才算 A 类。" },
      },
      reset: "恢复默认值",
      fromWorkbook: "已从本工作簿的 KAM Criteria 工作表读取。",
      unreadable: "无法读取本工作簿中保存的标准，现显示默认值。",
      invalid: {
        number: "请输入数字。",
        range: (min, max) => `请输入 ${min} 到 ${max} 之间的值。`,
        aBelowB: "A 类界限必须小于 B 类界限。",
        watchNotAboveFail: "“关注”不能高于“不合格”。",
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
        writingCriteria: "正在写入 KAM Criteria 工作表…",
        writingTiers: "正在写入 KAM Tiers 工作表…",
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
      pareto: (cutoff) => `占销售额 ${cutoff} 的客户`,
      paretoOf: (accounts) => `共 ${accounts} 个客户`,
      hhi: "集中度（HHI）",
      concentration: {
        low: "低：销售分散在众多客户中。",
        moderate: "中等：少数客户举足轻重。",
        high: "高：销售依赖少数几个客户。",
      },
      effective: (customers) => `相当于 ${customers} 个同等规模的客户。`,
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
      examples: [
        {
          formula: "=KAM.TIERS(A2:A25, B2:B25)",
          description: "一次生成完整分级表：排名、份额、ABC 类、星级、是否重点客户",
        },
        { formula: "=KAM.HHI(B2:B25)", description: "客户集中度（赫芬达尔指数）" },
      ],
    },
  },
};
