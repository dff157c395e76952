import type { Lang } from "../language";

/** The words of the KAM White Space sheet (issue 15). */
export interface WhiteSpaceText {
  title: string;
  note: (rankedBy: "potential" | "sales") => string;
  summary: { sales: string; buyers: string; gaps: string };
  headers: {
    account: string;
    region: string;
    potential: string;
    stars: string;
    total: string;
    gaps: string;
  };
  regionsTitle: string;
  regionHeaders: { region: string; accounts: string; total: string; gaps: string };
  noRegion: string;
}

const TEXT: Record<Lang, WhiteSpaceText> = {
  en: {
    title: "KAM white space: what each account buys from us, by product category",
    note: (rankedBy) =>
      `Accounts ranked by ${rankedBy === "potential" ? "potential (their purchases from all suppliers)" : "our sales"}. A shaded cell is white space: a category the account buys none of from us.`,
    summary: {
      sales: "Our sales",
      buyers: "Accounts buying",
      gaps: "Accounts with white space",
    },
    headers: {
      account: "Account",
      region: "Region",
      potential: "Potential",
      stars: "Stars",
      total: "Total",
      gaps: "White spaces",
    },
    regionsTitle: "By region",
    regionHeaders: {
      region: "Region",
      accounts: "Accounts",
      total: "Total",
      gaps: "White spaces",
    },
    noRegion: "(no region)",
  },
  "zh-CN": {
    title: "KAM 空白机会：各客户按产品品类从我方的采购",
    note: (rankedBy) =>
      `客户按${rankedBy === "potential" ? "潜力（向所有供应商的采购额）" : "我方销售额"}排序。底色标出的单元格是空白机会：该客户没有从我方采购的品类。`,
    summary: { sales: "我方销售额", buyers: "采购客户数", gaps: "有空白的客户数" },
    headers: {
      account: "客户",
      region: "区域",
      potential: "潜力",
      stars: "星级",
      total: "合计",
      gaps: "空白数",
    },
    regionsTitle: "按区域",
    regionHeaders: { region: "区域", accounts: "客户数", total: "合计", gaps: "空白数" },
    noRegion: "（无区域）",
  },
};

export function whiteSpaceText(lang: Lang): WhiteSpaceText {
  return TEXT[lang];
}
