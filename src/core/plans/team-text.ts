import { type Lang, words } from "../language";

/** The words of the KAM Team sheet in one language (the catalogues in src/core/i18n hold them). */
export interface TeamText {
  title: string;
  note: string;
  roster: string;
  workload: string;
  from: string;
  person: string;
  role: string;
  days: string;
  /** The example person of a role on a new roster, for the user to replace with a name. */
  placeholder: (role: string) => string;
  /** When the workload formulas cannot take every plan (Excel's formula length). */
  notCounted: (counted: number, plans: number) => string;
}

export function teamText(lang: Lang): TeamText {
  return words(lang).planTeam;
}
