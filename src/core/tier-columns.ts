import { Lang } from "./language";
import { TierRow } from "./tiers";

/** The columns of a tier table, with their headers in each language; KAM.TIERS and the tier sheet share them. */
export const TIER_COLUMNS = [
  { key: "account", en: "Account", "zh-CN": "客户" },
  { key: "sales", en: "Sales", "zh-CN": "销售额" },
  { key: "rank", en: "Rank", "zh-CN": "排名" },
  { key: "share", en: "Share", "zh-CN": "占比" },
  { key: "cumulativeShare", en: "Cumulative share", "zh-CN": "累计占比" },
  { key: "abc", en: "ABC", "zh-CN": "ABC分类" },
  { key: "stars", en: "Stars", "zh-CN": "星级" },
  { key: "keyAccount", en: "Key account", "zh-CN": "重点客户" },
  { key: "reason", en: "Reason", "zh-CN": "评级理由" },
] as const satisfies readonly { key: keyof TierRow; en: string; "zh-CN": string }[];

export function tierHeaders(lang: Lang): string[] {
  return TIER_COLUMNS.map((c) => c[lang]);
}

/**
 * The name given to a row whose account name is blank, so its sales are still counted and shown.
 * It names the row, so two unnamed rows stay two accounts instead of being added together.
 */
export function unnamedAccount(row: number, lang: Lang): string {
  return lang === "zh-CN" ? `（无名称，第 ${row} 行）` : `(no name, row ${row})`;
}
