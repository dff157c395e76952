import type { Criteria } from "../criteria";
import { type Lang, words } from "../language";

/*
 * Each criterion's name in words, for the label column of the criteria sheet (issue 14). The
 * criterion names (a_cutoff, …) stay the keys every reader and KAM function looks up; the label
 * is for people, in the user's language.
 */

export interface CriteriaLabels {
  header: string;
  labels: Record<keyof Criteria, string>;
}

/** The criteria's labels in `lang`, from its catalogue (src/core/i18n). */
export function criteriaLabels(lang: Lang): CriteriaLabels {
  return words(lang).criteriaLabels;
}
