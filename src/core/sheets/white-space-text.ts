import { type Lang, words } from "../language";

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

export function whiteSpaceText(lang: Lang): WhiteSpaceText {
  return words(lang).whiteSpace;
}
