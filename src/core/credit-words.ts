import { CreditStatus } from "./credit";
import { Lang } from "./language";

/*
 * The credit statuses as people read them. The cells formulas test (the tier table's and KAM Credit's
 * status columns, KAM.CREDIT) hold the codes OK / WATCH / FAIL in every language; where a sheet or
 * the pane shows a status for people to read it is in these words: in Chinese the findings column
 * beside the status starts with the word ("关注（逾期 45 天 > 30 天）"), and the reasons name it.
 */

export const CREDIT_STATUS_WORDS: Record<Lang, Record<CreditStatus, string>> = {
  en: { OK: "OK", WATCH: "WATCH", FAIL: "FAIL" },
  "zh-CN": { OK: "正常", WATCH: "关注", FAIL: "高风险" },
};

/**
 * The findings cell beside the status: in English the findings alone (the status code beside reads
 * as a word), in Chinese the status word with the findings in brackets, so a Chinese reader never
 * has to read the code.
 */
const FINDINGS_CELL: Record<Lang, (word: string, findings: string) => string> = {
  en: (_word, findings) => findings,
  "zh-CN": (word, findings) => (findings === "" ? word : `${word}（${findings}）`),
};

export function creditFindingsCell(
  status: CreditStatus | undefined,
  findings: string,
  lang: Lang
): string {
  if (status === undefined) return findings;
  return FINDINGS_CELL[lang](CREDIT_STATUS_WORDS[lang][status], findings);
}
