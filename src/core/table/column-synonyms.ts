import { ColumnRole } from "./columns";

/**
 * The header texts each role is known by, in English and Chinese. Headers are compared after
 * normaliseHeader, so case, spaces, punctuation and a unit in brackets ("销售额（万元）") do not matter.
 * The pane shows this table so users can see which names are recognised.
 */
export const COLUMN_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  account: [
    "account",
    "account name",
    "customer",
    "customer name",
    "client",
    "client name",
    "name",
    "dealer",
    "distributor",
    "store",
    "shop",
    "客户",
    "客户名称",
    "经销商",
    "门店",
    "店名",
    "零售店",
    "名称",
  ],
  sales: [
    "sales",
    "revenue",
    "turnover",
    "amount",
    "sales amount",
    "current sales",
    "销售额",
    "金额",
    "销售金额",
    "本期销售额",
    "本年销售额",
    "今年销售额",
  ],
  priorSales: [
    "prior sales",
    "prior period",
    "prior period sales",
    "prior year",
    "prior year sales",
    "last year",
    "last year sales",
    "previous year",
    "previous year sales",
    "上期",
    "上期销售额",
    "去年",
    "去年销售额",
    "上年",
    "上年销售额",
  ],
  region: [
    "region",
    "area",
    "territory",
    "town",
    "township",
    "district",
    "区域",
    "地区",
    "乡镇",
    "片区",
  ],
  creditLimit: ["credit limit", "limit", "信用额度", "授信额度", "额度"],
  balance: [
    "balance",
    "receivables",
    "accounts receivable",
    "ar",
    "owed",
    "应收账款",
    "欠款",
    "应收",
    "余额",
  ],
  overdue: ["overdue", "overdue amount", "past due", "逾期金额", "逾期"],
  // "账龄" (aging) is the age of a receivable, not days past due: it names no column alone, and
  // "账龄1-30天" and the like are aging buckets (aging-headers.ts).
  daysOverdue: ["days overdue", "days past due", "逾期天数"],
  terms: [
    "terms",
    "payment terms",
    "credit terms",
    "terms days",
    "days",
    "账期",
    "账期天数",
    "信用期",
    "信用期限",
    "信用天数",
    "付款期",
  ],
  creditSales: ["credit sales", "sales on credit", "赊销", "赊销额", "赊销金额", "信用销售额"],
  philosophy: [
    "philosophy",
    "business philosophy",
    "philosophy score",
    "management score",
    "经营理念",
    "经营理念评分",
    "理念",
  ],
  location: ["location", "address", "地理位置", "位置", "地址"],
  shoppers: ["shoppers", "customers served", "consumer group", "消费人群", "客群", "服务农户", "主要作物"],
};

/**
 * Units that may follow a header in brackets or after a slash: "Sales (¥)", "销售额（万元）", "账龄/天".
 * Anything else in brackets is part of the name: "Sales (prior year)" is not plain "Sales".
 */
export const HEADER_UNITS: ReadonlySet<string> = new Set([
  "",
  "元",
  "万元",
  "千元",
  "百万元",
  "亿元",
  "万",
  "千",
  "rmb",
  "cny",
  "usd",
  "eur",
  "gbp",
  "hkd",
  "yuan",
  "k",
  "000",
  "000s",
  "thousands",
  "m",
  "millions",
  "天",
  "日",
  "days",
  "分",
  "points",
]);

/**
 * Account-column texts that are not customers: a grand total ends the data (notes often follow it),
 * a subtotal is skipped. Either would otherwise count its sales twice.
 */
export const TOTAL_LABELS: Readonly<Record<"grand" | "sub", readonly string[]>> = {
  grand: ["total", "grand total", "totals", "sum", "合计", "总计", "总合计", "共计"],
  sub: ["subtotal", "sub total", "小计"],
};
