import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";

/** The credit statuses as people read them; the reasons and sheets below use them too. */
const CREDIT_STATUS: Record<CreditStatus, string> = { OK: "OK", WATCH: "WATCH", FAIL: "FAIL" };

/** Every word of the product in English. */
export const en: Catalogue = {
  languageName: "English",
  locale: "en",
  officeLanguages: /^(?!zh\b)/i,

  creditStatus: CREDIT_STATUS,
  // The status code beside reads as a word, so the findings stand alone.
  creditFindingsCell: (_word, findings) => findings,

  // ── sheets: criteria, tiers, credit, portfolio, white space, sheet names, page setup, styles ──

  // ── reasons and data problems: tier reasons, limits, health, problems in the customer table ──

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
};
