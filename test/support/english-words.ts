/** The scan of issue 14: Latin words in text meant for Chinese readers, codes and names aside. */
import { CRITERIA_SPECS } from "../../src/core/criteria";

/**
 * Words that may stand in Chinese text: status codes formulas test (OK, WATCH, FAIL, A, B, C), the
 * KAM brand and its workbook names, the trade's abbreviations (ABC, HHI, DSO), the criterion names
 * the KAM functions look up (a_cutoff, …, shown beside their Chinese label) and their text values.
 */
const ALLOWED = new Set(
  [
    "OK",
    "WATCH",
    "FAIL",
    "A",
    "B",
    "C",
    "KAM",
    "ABC",
    "HHI",
    "DSO",
    "KAM_Criteria",
    "cover",
    "within",
    "any",
    "not_fail",
    "ok",
    ...CRITERIA_SPECS.map((s) => s.name),
  ].map((w) => w.toLowerCase())
);

/** The Latin words of a text that are not allowed ("Page 1 of 2" → Page, of). */
export function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z_0-9.]*/g) ?? []).filter(
    (w) => !ALLOWED.has(w.toLowerCase()) && !/^KAM[._]/i.test(w)
  );
}
