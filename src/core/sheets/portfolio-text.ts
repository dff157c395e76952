import { type Lang, words } from "../language";
import type { Quadrant } from "../portfolio/quadrant";
import type { PortfolioRuleKey } from "../portfolio/rules/rule";

/** The words of the KAM Portfolio sheet and of the quadrants wherever they are shown (issue 15). */
export interface PortfolioText {
  title: string;
  note: string;
  quadrant: Record<Quadrant, string>;
  treatment: Record<Quadrant, string>;
  legendHeaders: { quadrant: string; treatment: string; accounts: string; sales: string };
  cut: string;
  weight: string;
  headers: {
    account: string;
    stars: string;
    sales: string;
    attractiveness: string;
    strength: string;
    quadrant: string;
    treatment: string;
  } & Record<PortfolioRuleKey, string>;
  chartTitle: string;
}

export function portfolioText(lang: Lang): PortfolioText {
  return words(lang).portfolio;
}
