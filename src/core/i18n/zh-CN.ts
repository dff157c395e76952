import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";

/** The credit statuses as people read them; the reasons and sheets below use them too. */
const CREDIT_STATUS: Record<CreditStatus, string> = { OK: "正常", WATCH: "关注", FAIL: "高风险" };

/** 产品的全部中文用语。Every word of the product in Simplified Chinese. */
export const zhCN: Catalogue = {
  languageName: "中文 (简体)",
  locale: "zh-CN",
  officeLanguages: /^zh\b/i,

  creditStatus: CREDIT_STATUS,
  // A Chinese reader never has to read the code: the word, with the findings in brackets.
  creditFindingsCell: (word, findings) => (findings === "" ? word : `${word}（${findings}）`),

  // ── sheets: criteria, tiers, credit, portfolio, white space, sheet names, page setup, styles ──

  // ── reasons and data problems: tier reasons, limits, health, problems in the customer table ──

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
};
