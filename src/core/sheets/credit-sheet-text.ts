import { creditStatusWord } from "../credit-words";
import { CreditStatus } from "../credit";
import { Lang, formatAmount } from "../language";

/** Every string the KAM Credit sheet writes, in each language; none starts with "=", "+", "-" or "@". */
export interface CreditSheetText {
  title: string;
  note: string;
  /** Under the note when the book has more accounts than `limit`: the ledger's figures are values. */
  ledgerAsValues: (limit: number) => string;
  summary: {
    receivables: string;
    overdue: string;
    over90: string;
    exposure: (status: CreditStatus) => string;
    dso: (days: number) => string;
  };
  /** The aging-by-status table beside the totals and its stacked bar chart. */
  agingByStatus: {
    header: string;
    /** A status group as a bar's label: the code, with its word where the language has one. */
    status: (status: CreditStatus) => string;
    chartTitle: string;
  };
  headers: {
    account: string;
    stars: string;
    creditLimit: string;
    balance: string;
    utilisation: string;
    overdue: string;
    share: (bucket: string) => string;
    creditSales: string;
    dso: string;
    status: string;
    reason: string;
    suggestedLimit: string;
    action: string;
    limitReason: string;
  };
}

const TEXT: Record<Lang, CreditSheetText> = {
  en: {
    title: "KAM credit: exposure, aging, DSO and suggested limits",
    note: "Created by the KAM add-in from the customer table; running the analysis again replaces this sheet.",
    ledgerAsValues: (limit) =>
      `More than ${formatAmount(limit, 0)} accounts: the ledger's figures below are values as the analysis read them, not formulas over your table (so many formulas would make the workbook slow to open). They do not follow edits of the ledger; running the analysis again refreshes them.`,
    summary: {
      receivables: "Receivables",
      overdue: "Overdue",
      over90: "Over 90 days",
      exposure: (s) => `Owed by accounts with credit ${s}`,
      dso: (days) => `DSO of the book (${days}-day period)`,
    },
    agingByStatus: {
      header: "Aging by credit status",
      status: (s) => s,
      chartTitle: "Aging of the receivables by credit status",
    },
    headers: {
      account: "Account",
      stars: "Stars",
      creditLimit: "Credit limit",
      balance: "Balance",
      utilisation: "Utilisation",
      overdue: "Overdue",
      share: (bucket) => `${bucket} share`,
      creditSales: "Credit sales",
      dso: "DSO",
      status: "Credit",
      reason: "Credit findings",
      suggestedLimit: "Suggested limit",
      action: "Action",
      limitReason: "Why",
    },
  },
  "zh-CN": {
    title: "KAM 信用：敞口、账龄、DSO 与建议额度",
    note: "由 KAM 加载项根据客户表生成；重新运行分析会替换此工作表。",
    ledgerAsValues: (limit) =>
      `客户超过 ${formatAmount(limit, 0)} 个：下表中的台账数字是分析读取时的数值，而不是引用客户表的公式（公式过多会使工作簿打开很慢）。编辑台账后它们不会自动更新；重新运行分析即可刷新。`,
    summary: {
      receivables: "应收账款合计",
      overdue: "逾期金额合计",
      over90: "账龄超过 90 天",
      exposure: (s) => `信用${creditStatusWord(s, "zh-CN")}客户的欠款`,
      dso: (days) => `整体 DSO（期间 ${days} 天）`,
    },
    agingByStatus: {
      header: "按信用状态的账龄",
      status: (s) => `${{ OK: "良好", WATCH: "关注", FAIL: "不合格" }[s]} ${s}`,
      chartTitle: "按信用状态的应收账款账龄",
    },
    headers: {
      account: "客户",
      stars: "星级",
      creditLimit: "信用额度",
      balance: "应收账款",
      utilisation: "额度使用率",
      overdue: "逾期金额",
      share: (bucket) => `${bucket}占比`,
      creditSales: "赊销额",
      dso: "DSO（天）",
      status: "信用",
      reason: "信用问题",
      suggestedLimit: "建议额度",
      action: "处理",
      limitReason: "原因",
    },
  },
};

export function creditSheetText(lang: Lang): CreditSheetText {
  return TEXT[lang];
}
