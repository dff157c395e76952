import { CreditStatus } from "./credit";
import { Lang, words } from "./language";

/*
 * The credit statuses as people read them. The cells formulas test (the tier table's and KAM Credit's
 * status columns, KAM.CREDIT) hold the codes OK / WATCH / FAIL in every language; where a sheet or
 * the pane shows a status for people to read it is in the catalogue's words: in Chinese the findings
 * column beside the status starts with the word ("关注（逾期 45 天 > 30 天）"), and the reasons name it.
 */

/** The status as people read it ("关注" for WATCH in Chinese). */
export function creditStatusWord(status: CreditStatus, lang: Lang): string {
  return words(lang).creditStatus[status];
}

/** The findings cell beside the status, in the catalogue's form (the word first in Chinese). */
export function creditFindingsCell(
  status: CreditStatus | undefined,
  findings: string,
  lang: Lang
): string {
  if (status === undefined) return findings;
  return words(lang).creditFindingsCell(creditStatusWord(status, lang), findings);
}
