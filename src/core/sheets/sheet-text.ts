import { Movement } from "../analysis-types";
import { ConcentrationLevel } from "../concentration";
import { Criteria } from "../criteria";
import { Stars } from "../grade";
import { Lang, formatAmount, formatPercent } from "../language";
import { TIER_COLUMNS } from "../tier-columns";

/**
 * Every string the criteria and tier sheets write into the workbook, in each language. None starts
 * with "=", "+", "-" or "@" and none looks like a number, so a writer can put them in as plain values.
 */

export interface CriteriaSheetText {
  title: string;
  intro: string;
  headers: { name: string; value: string; explanation: string };
  /** The comment on the KAM_Criteria workbook name, shown in the Name Manager. */
  nameComment: string;
  /** One line per criterion, keyed like Criteria so a missing translation fails to compile. */
  explanations: Record<keyof Criteria, string>;
}

const CRITERIA_TEXT: Record<Lang, CriteriaSheetText> = {
  en: {
    title: "KAM criteria",
    intro:
      "The thresholds of the KAM analysis. Change a value and run the analysis again; formulas that pass KAM_Criteria, such as KAM.GRADE(…, KAM_Criteria), use it at once.",
    headers: { name: "Criterion", value: "Value", explanation: "Explanation" },
    nameComment: "KAM criteria: name/value pairs for the criteria argument of the KAM functions",
    explanations: {
      aCutoff: "Class A: the largest accounts that make up this share of sales",
      bCutoff:
        "Class B: the next accounts, up to this cumulative share of sales; the rest are class C",
      abcRule:
        "cover: the account that crosses the A cut-off is in A, so A holds at least the cut-off; within: A stays within it",
      creditFailUtilisation: "Credit FAIL when the balance is above the credit limit × this",
      creditWatchUtilisation: "Credit WATCH when the balance reaches the credit limit × this",
      creditFailDays: "Credit FAIL when an account is more than this many days overdue",
      creditWatchDays: "Credit WATCH when an account is more than this many days overdue",
      creditFailOverdueRatio:
        "Credit FAIL when the overdue amount is more than this share of the balance",
      creditWatchOverdueRatio:
        "Credit WATCH when the overdue amount is more than this share of the balance",
      philosophyGood: "A business-philosophy score (1–5) at or above this does not lower the stars",
      philosophyFair:
        "A score at or above this (but below good) caps a class-A account at 3 stars; a lower score at 2",
      keyMinStars: "Accounts with at least this many stars are key accounts",
      agingWatchShare: "Credit WATCH when more than this share of the aged balance is over 60 days",
      agingFailShare:
        "Credit FAIL when more than this share of the aged balance is over 90 days (or any amount is over 180 days)",
      periodDays:
        "Days in the sales period: 365 for a year, 90 for a quarter (DSO, suggested limits)",
      defaultTermsDays: "Payment terms in days for accounts without a terms figure",
      limitHeadroom4: "Suggested credit limit: headroom over the base for 4-star accounts",
      limitHeadroom3: "Suggested credit limit: headroom over the base for 3-star accounts",
      keyRequiresCredit:
        "any: credit only lowers the stars; not_fail: no key account with credit FAIL; ok: key accounts need credit OK",
      targetGrowth: "A plan's sales target: prior-period sales × (1 + this)",
      weightSize: "Portfolio: weight of size (the account's sales rank) in its attractiveness",
      weightGrowth: "Portfolio: weight of sales growth over the prior period in attractiveness",
      weightPotential:
        "Portfolio: weight of potential (the account's purchases from all suppliers)",
      weightPhilosophy: "Portfolio: weight of the business-philosophy score in attractiveness",
      weightWallet: "Portfolio: weight of our share of the account's wallet in our strength",
      weightStage: "Portfolio: weight of the relationship stage in our strength",
      weightCredit: "Portfolio: weight of the credit status in our strength",
      weightTenure: "Portfolio: weight of the years as a customer in our strength",
      portfolioCut:
        "Portfolio: attractiveness or strength (0–100) from this score up is high; it divides the four quadrants",
      spendPerArea:
        "Spend per unit of crop area (per mu): potential = crop area × this when the table has no potential column; 0 = not used",
      developmentMinHeadroom:
        "Accounts that are not key accounts with at least this headroom (potential − sales) are development accounts; 0 = off",
      healthWeightGrowth: "Account health: weight of sales growth against the prior period",
      healthWeightCredit: "Account health: weight of the credit status (OK 100, WATCH 50, FAIL 0)",
      healthWeightOverdue: "Account health: weight of the plan's overdue tasks",
      healthWeightStage: "Account health: weight of the gap to the target relationship stage",
      healthWeightPhilosophy: "Account health: weight of the business-philosophy score",
      healthGrowthSpan:
        "Account health: growth that scores 100 (its negative scores 0; none scores 50)",
      healthOverdueStep: "Account health: points each overdue task takes off its 100",
      healthStageStep: "Account health: points each stage below the target takes off its 100",
    },
  },
  "zh-CN": {
    title: "KAM 评级标准",
    intro:
      "KAM 分析使用的标准。修改数值后重新运行分析；引用 KAM_Criteria 的公式（如 KAM.GRADE(…, KAM_Criteria)）会立即使用新值。",
    headers: { name: "标准", value: "数值", explanation: "说明" },
    nameComment: "KAM 评级标准：供 KAM 函数的 criteria 参数使用的名称/数值对",
    explanations: {
      aCutoff: "A类：销售额最大、合计占到此比例销售额的客户",
      bCutoff: "B类：其后的客户，累计占比至此比例；其余为C类",
      abcRule: "cover：跨过A类界线的客户也算A类，A类合计至少达到界线；within：A类合计不超过界线",
      creditFailUtilisation: "欠款超过信用额度×此比例时，信用为高风险（FAIL）",
      creditWatchUtilisation: "欠款达到信用额度×此比例时，信用为关注（WATCH）",
      creditFailDays: "逾期天数超过此值时，信用为高风险（FAIL）",
      creditWatchDays: "逾期天数超过此值时，信用为关注（WATCH）",
      creditFailOverdueRatio: "逾期金额占欠款超过此比例时，信用为高风险（FAIL）",
      creditWatchOverdueRatio: "逾期金额占欠款超过此比例时，信用为关注（WATCH）",
      philosophyGood: "经营理念评分（1–5）达到此值时，不降低星级",
      philosophyFair: "评分达到此值（但低于良好）时，A类客户最多3星；更低则最多2星",
      keyMinStars: "星级达到此值的客户为重点客户",
      agingWatchShare: "账龄超过 60 天的金额占账龄合计超过此比例时，信用为关注（WATCH）",
      agingFailShare:
        "账龄超过 90 天的金额占账龄合计超过此比例（或有任何超过 180 天的金额）时，信用为高风险（FAIL）",
      periodDays: "销售期间的天数：一年 365，一季度 90（用于 DSO 和建议额度）",
      defaultTermsDays: "没有账期数据的客户按此账期天数计算",
      limitHeadroom4: "建议信用额度：4 星客户在基础额度上的上浮比例",
      limitHeadroom3: "建议信用额度：3 星客户在基础额度上的上浮比例",
      keyRequiresCredit:
        "any：信用只降低星级；not_fail：信用高风险（FAIL）的客户不列为重点客户；ok：重点客户须信用正常（OK）",
      targetGrowth: "计划的销售目标：上期销售额 × (1 + 此比例)",
      weightSize: "客户组合：规模（销售额排名）在客户吸引力中的权重",
      weightGrowth: "客户组合：销售增长（对比上期）在客户吸引力中的权重",
      weightPotential: "客户组合：潜力（向所有供应商的采购额）在客户吸引力中的权重",
      weightPhilosophy: "客户组合：经营理念评分在客户吸引力中的权重",
      weightWallet: "客户组合：我方钱包份额在我方地位中的权重",
      weightStage: "客户组合：关系阶段在我方地位中的权重",
      weightCredit: "客户组合：信用状况在我方地位中的权重",
      weightTenure: "客户组合：合作年限在我方地位中的权重",
      portfolioCut: "客户组合：吸引力或我方地位（0–100）达到此分数即为“高”，据此划分四个象限",
      spendPerArea:
        "每亩（每单位种植面积）用药金额：表中没有潜力列时，潜力 = 种植面积 × 此值；0 = 不使用",
      developmentMinHeadroom:
        "增长空间（潜力 − 销售额）达到此值的非重点客户列为发展客户；0 = 不使用",
      healthWeightGrowth: "客户健康度：销售增长（与上期相比）的权重",
      healthWeightCredit: "客户健康度：信用状态的权重（OK 100、WATCH 50、FAIL 0）",
      healthWeightOverdue: "客户健康度：计划中逾期任务的权重",
      healthWeightStage: "客户健康度：与目标关系阶段差距的权重",
      healthWeightPhilosophy: "客户健康度：经营理念评分的权重",
      healthGrowthSpan: "客户健康度：得 100 分的增长率（负增长同幅度得 0 分，不增长得 50 分）",
      healthOverdueStep: "客户健康度：每个逾期任务扣除的分数（满分 100）",
      healthStageStep: "客户健康度：每低于目标一个阶段扣除的分数（满分 100）",
    },
  },
};

export function criteriaSheetText(lang: Lang): CriteriaSheetText {
  return CRITERIA_TEXT[lang];
}

/** The columns the tier sheet can have: the shared tier columns and the ones only the sheet shows. */
export type TierSheetColumnKey =
  | (typeof TIER_COLUMNS)[number]["key"]
  | "region"
  | "rating"
  | "creditStatus"
  | "creditReason"
  | "priorSales"
  | "priorStars"
  | "movement"
  | "potential"
  | "shareOfWallet"
  | "headroom"
  | "development";

type SheetOnlyColumn = Exclude<TierSheetColumnKey, (typeof TIER_COLUMNS)[number]["key"]>;

const SHEET_ONLY_HEADERS: Record<Lang, Record<SheetOnlyColumn, string>> = {
  en: {
    region: "Region",
    rating: "Rating",
    creditStatus: "Credit",
    creditReason: "Credit findings",
    priorSales: "Prior sales",
    priorStars: "Prior stars",
    movement: "Movement",
    potential: "Potential",
    shareOfWallet: "Share of wallet",
    headroom: "Headroom",
    development: "Development account",
  },
  "zh-CN": {
    region: "区域",
    rating: "评级",
    creditStatus: "信用",
    creditReason: "信用问题",
    priorSales: "上期销售额",
    priorStars: "上期星级",
    movement: "变化",
    potential: "潜力",
    shareOfWallet: "钱包份额",
    headroom: "增长空间",
    development: "发展客户",
  },
};

export interface TierSheetText {
  title: string;
  note: string;
  summary: {
    totalSales: string;
    accounts: string;
    keyAccounts: (minStars: number) => string;
    keyAccountShare: string;
    paretoCount: (cutoff: number) => string;
    hhi: string;
    concentration: string;
    effectiveCustomers: string;
    lostAccounts: string;
    keyReceivables: string;
    keyOverdue: string;
    keyAtRisk: string;
  };
  /** What an HHI means, with the bands of the 2023 US merger guidelines. */
  concentrationLevels: Record<ConcentrationLevel, string>;
  lostHeading: string;
  /** The region summary below the table (issue 15). */
  regions: {
    heading: string;
    region: string;
    sales: string;
    accounts: string;
    share: string;
    keyAccounts: string;
    noKeyAccount: string;
    /** The row of the accounts without a region. */
    noRegion: string;
  };
  movement: Record<Movement, string>;
  chartTitle: (shown: number, accounts: number) => string;
}

const TIER_TEXT: Record<Lang, TierSheetText> = {
  en: {
    title: "KAM tiers: key accounts by sales",
    note: "Created by the KAM add-in; running the analysis again replaces this sheet.",
    summary: {
      totalSales: "Total sales",
      accounts: "Accounts",
      keyAccounts: (n) => `Key accounts (${n}★ or more)`,
      keyAccountShare: "Key accounts' share of sales",
      paretoCount: (cutoff) => `Accounts making up ${formatPercent(cutoff)} of sales`,
      hhi: "Concentration index (HHI)",
      concentration: "Concentration",
      effectiveCustomers: "Same as this many equal customers",
      lostAccounts: "Lost accounts (listed below the table)",
      keyReceivables: "Key accounts' receivables",
      keyOverdue: "Key accounts' overdue",
      keyAtRisk: "Key accounts' exposure (owed with credit WATCH or FAIL)",
    },
    concentrationLevels: {
      low: "low (HHI below 1,000)",
      moderate: "moderate (HHI 1,000–1,800)",
      high: "high (HHI above 1,800)",
    },
    lostHeading: "Lost accounts: sales in the prior period, none now",
    regions: {
      heading:
        "Regions: accounts, sales and key accounts (regions without a key account highlighted)",
      region: "Region",
      sales: "Sales",
      accounts: "Accounts",
      share: "Share of sales",
      keyAccounts: "Key accounts",
      noKeyAccount: "No key account",
      noRegion: "(no region)",
    },
    movement: { up: "↑ up", down: "↓ down", same: "→ same", new: "✚ new", lost: "✖ lost" },
    chartTitle: (shown, accounts) =>
      shown < accounts
        ? `Pareto: top ${formatAmount(shown, 0)} of ${formatAmount(accounts, 0)} accounts`
        : "Pareto: sales and cumulative share",
  },
  "zh-CN": {
    title: "KAM 客户分级：按销售额、信用和经营理念找出重点客户",
    note: "由 KAM 加载项生成；重新运行分析会替换此工作表。",
    summary: {
      totalSales: "销售总额",
      accounts: "客户数",
      keyAccounts: (n) => `重点客户数（${n}星及以上）`,
      keyAccountShare: "重点客户销售占比",
      paretoCount: (cutoff) => `累计达销售额 ${formatPercent(cutoff)} 所需客户数`,
      hhi: "集中度指数（HHI）",
      concentration: "集中程度",
      effectiveCustomers: "等效客户数（10000÷HHI）",
      lostAccounts: "流失客户数（列于表格下方）",
      keyReceivables: "重点客户应收账款",
      keyOverdue: "重点客户逾期金额",
      keyAtRisk: "重点客户风险敞口（信用关注或高风险的欠款）",
    },
    concentrationLevels: {
      low: "低（HHI 低于 1,000）",
      moderate: "中等（HHI 1,000–1,800）",
      high: "高（HHI 高于 1,800）",
    },
    lostHeading: "流失客户：上期有销售额，本期没有",
    regions: {
      heading: "各区域：客户数、销售额与重点客户（没有重点客户的区域已标出）",
      region: "区域",
      sales: "销售额",
      accounts: "客户数",
      share: "销售占比",
      keyAccounts: "重点客户数",
      noKeyAccount: "无重点客户",
      noRegion: "（无区域）",
    },
    movement: { up: "↑ 上升", down: "↓ 下降", same: "→ 不变", new: "✚ 新增", lost: "✖ 流失" },
    chartTitle: (shown, accounts) =>
      shown < accounts
        ? `帕累托图：前 ${formatAmount(shown, 0)} 个客户（共 ${formatAmount(accounts, 0)} 个）`
        : "帕累托图：销售额与累计占比",
  },
};

export function tierSheetText(lang: Lang): TierSheetText {
  return TIER_TEXT[lang];
}

export function tierColumnHeader(key: TierSheetColumnKey, lang: Lang): string {
  const shared = TIER_COLUMNS.find((c) => c.key === key);
  return shared ? shared[lang] : SHEET_ONLY_HEADERS[lang][key as SheetOnlyColumn];
}

const RATINGS: Record<Stars, string> = { 4: "★★★★", 3: "★★★☆", 2: "★★☆☆", 1: "★☆☆☆" };

/** Stars drawn as a rating out of four, the same in every language: 3 → "★★★☆". */
export function ratingText(stars: Stars): string {
  return RATINGS[stars];
}
