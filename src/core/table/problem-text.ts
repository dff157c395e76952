import type { Lang } from "../language";
import type { ColumnRole } from "./columns";
import { type DataProblem, problemSeverity } from "./customer-types";

/**
 * How the data problems are said, in each language. The task pane and the command line word them
 * the same way, so both share these texts (the pane adds its own heading around them).
 */
export interface ProblemWording {
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
  dateSales: (rows: string) => string;
  hiddenRows: (rows: string) => string;
  noPhilosophyScore: (rows: string) => string;
  badAging: (rows: string) => string;
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

/** What each column role is called, as the mapping and the problems name it. */
export const ROLE_NAMES: Readonly<Record<Lang, Record<ColumnRole, string>>> = {
  en: {
    account: "Account",
    sales: "Sales",
    priorSales: "Prior-period sales",
    region: "Region",
    creditLimit: "Credit limit",
    balance: "Balance (receivables)",
    overdue: "Overdue amount",
    daysOverdue: "Days overdue",
    terms: "Payment terms (days)",
    creditSales: "Credit sales",
    philosophy: "Business philosophy score",
    location: "Location",
    shoppers: "Shoppers",
    category: "Product category",
    stage: "Relationship stage",
    tenure: "Years as a customer",
    potential: "Potential",
    area: "Crop area",
  },
  "zh-CN": {
    account: "客户",
    sales: "销售额",
    priorSales: "上期销售额",
    region: "区域",
    creditLimit: "信用额度",
    balance: "应收账款余额",
    overdue: "逾期金额",
    daysOverdue: "逾期天数",
    terms: "账期（天）",
    creditSales: "赊销额",
    philosophy: "经营理念评分",
    location: "地理位置",
    shoppers: "服务农户/主要作物",
    category: "产品品类",
    stage: "关系阶段",
    tenure: "合作年限",
    potential: "潜力",
    area: "种植面积",
  },
};

export const PROBLEM_WORDING: Readonly<Record<Lang, ProblemWording>> = {
  en: {
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
      terms: "No payment-terms column: suggested limits assume default_terms_days.",
      creditSales: "No credit-sales column: DSO counts all sales as credit sales.",
      philosophy: "No business-philosophy column: business practice is not assessed.",
      location: "No location column: locations are not shown.",
      shoppers: "No shoppers column: shoppers are not shown.",
      category: "No product-category column: white space is not shown.",
      stage: "No relationship-stage column: the stage does not count in our strength.",
      tenure: "No years-as-customer column: tenure does not count in our strength.",
      potential: "No potential column: share of wallet and headroom are not shown.",
      area: "No crop-area column: the potential cannot be computed from an area.",
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
    dateSales: (rows) =>
      `A date in the sales column on ${rows}: a date is not a sales amount, so these rows are left out. Enter the sales figure, or format the cells as numbers.`,
    hiddenRows: (rows) =>
      `Hidden in the sheet (filtered or hidden by hand): ${rows}. They are read and counted like the others.`,
    noPhilosophyScore: (rows) =>
      `No business-philosophy score on ${rows}: business practice is not assessed for these accounts, so it does not limit their stars (they may reach 4 stars).`,
    badAging: (rows) =>
      `An aging bucket on ${rows} is text or negative: it is read as 0, please check it.`,
  },
  "zh-CN": {
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
      terms: "没有账期列：建议额度按 default_terms_days 计算。",
      creditSales: "没有赊销额列：DSO 以全部销售额为赊销额。",
      philosophy: "没有经营理念评分列：不评估经营理念。",
      location: "没有地理位置列：不显示地理位置。",
      shoppers: "没有服务农户/主要作物列：不显示此项。",
      category: "没有产品品类列：不显示空白机会。",
      stage: "没有关系阶段列：关系阶段不计入我方地位。",
      tenure: "没有合作年限列：合作年限不计入我方地位。",
      potential: "没有潜力列：不显示钱包份额和增长空间。",
      area: "没有种植面积列：无法按面积计算潜力。",
    },
    textSales: (rows, examples) => `销售额列${rows}是文本（${examples}）：这些行不计入。`,
    blankSales: (rows) => `${rows}没有销售额：这些行不计入。`,
    negativeSales: (rows) => `${rows}的销售额为负数：退货或贷项会减少总额，请核对。`,
    blankAccount: (rows) => `${rows}没有客户名称：请补上。`,
    duplicateAccount: (account, rows) => `${account} 出现在${rows}：销售额已合并计算。`,
    badNumber: (role, rows) => `“${role}”列${rows}不是数字：这些单元格不予考虑。`,
    badPhilosophy: (rows) => `${rows}的经营理念评分不在 1 到 5 之间：不予考虑。`,
    dateSales: (rows) =>
      `销售额列${rows}是日期：日期不是销售金额，这些行不计入。请填入销售额，或把单元格格式设为数字。`,
    hiddenRows: (rows) => `${rows}在表中被隐藏：仍照常读取并计入分析。`,
    noPhilosophyScore: (rows) =>
      `${rows}没有经营理念评分：这些客户的经营理念不作评估，因此不会限制其星级（可达 4 星）。`,
    badAging: (rows) => `${rows}的账龄金额是文本或负数：按 0 计算，请核对。`,
  },
};

const MAX_EXAMPLES = 3;

/** One data problem in words, naming the sheet rows it is about. */
export function describeProblem(
  problem: DataProblem,
  t: ProblemWording,
  roles: Record<ColumnRole, string>
): string {
  switch (problem.kind) {
    case "noHeader":
      return t.noHeader;
    case "missingRequired":
      return t.missingRequired(roles[problem.role]);
    case "missingOptional":
      return t.missingOptional[problem.role];
    case "textSales":
      return t.textSales(
        t.rows(problem.rows),
        problem.examples
          .slice(0, MAX_EXAMPLES)
          .map((e) => `"${e}"`)
          .join(", ")
      );
    case "blankSales":
      return t.blankSales(t.rows(problem.rows));
    case "negativeSales":
      return t.negativeSales(t.rows(problem.rows));
    case "blankAccount":
      return t.blankAccount(t.rows(problem.rows));
    case "duplicateAccount":
      return t.duplicateAccount(problem.account, t.rows(problem.rows));
    case "badNumber":
      return t.badNumber(roles[problem.role], t.rows(problem.rows));
    case "badPhilosophy":
      return t.badPhilosophy(t.rows(problem.rows));
    case "dateSales":
      return t.dateSales(t.rows(problem.rows));
    case "hiddenRows":
      return t.hiddenRows(t.rows(problem.rows));
    case "noPhilosophyScore":
      return t.noPhilosophyScore(t.rows(problem.rows));
    case "badAging":
      return t.badAging(t.rows(problem.rows));
  }
}

/** A problem in one of the product's languages. */
export function problemText(problem: DataProblem, lang: Lang): string {
  return describeProblem(problem, PROBLEM_WORDING[lang], ROLE_NAMES[lang]);
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then what is merely not assessed; the engine's order within each. */
export function sortProblems(problems: readonly DataProblem[]): DataProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (x, y) =>
        ORDER[problemSeverity(x.problem)] - ORDER[problemSeverity(y.problem)] || x.index - y.index
    )
    .map((entry) => entry.problem);
}

export function hasBlockingProblem(problems: readonly DataProblem[]): boolean {
  return problems.some((p) => problemSeverity(p) === "error");
}
