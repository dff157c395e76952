import { LimitAction, LimitSuggestion } from "./credit-limit";
import { Lang, formatAmount, formatPercent, words } from "./language";

/** The words of the limit reasons, in one language (the catalogue's `limitReasons`). */
export interface LimitWords {
  /** The action words finance staff use: the same set the KAM Credit sheet and KAM.LIMITWHY show. */
  action: Record<LimitAction, string>;
  base: (base: string, sales: string, months: string, termsDays: string) => string;
  headroom: (pct: string, stars: number, to: string) => string;
  defaultTerms: (days: string) => string;
  watch: (current: string) => string;
  freeze: (limit: string) => string;
  current: (current: string) => string;
  colon: string;
  separator: string;
}

/** The suggested action as finance staff read it ("raise", "freeze"). */
export function limitActionWord(action: LimitAction, lang: Lang): string {
  return words(lang).limitReasons.action[action];
}

const money = (value: number) => formatAmount(value, 0);
const figure = (value: number) => formatAmount(value, 2);

/**
 * Why the limit is what it is, led by the action: "raise: base 120,000 = sales 1,440,000 ÷ 12 months ×
 * 60/30 days; +20% for 4★ → 144,000; current limit 100,000".
 */
export function limitReason(
  s: LimitSuggestion,
  sales: number,
  stars: number | undefined,
  current: number | undefined,
  lang: Lang
): string {
  const w = words(lang).limitReasons;
  const parts = [
    w.base(money(s.base), money(Math.max(sales, 0)), figure(s.months), figure(s.termsDays)),
  ];
  if (s.headroom > 0 && stars !== undefined)
    parts.push(w.headroom(formatPercent(s.headroom), stars, money(s.candidate)));
  if (s.defaultTerms) parts.push(w.defaultTerms(figure(s.termsDays)));
  if (s.action === "freeze") parts.push(w.freeze(money(s.limit)));
  else if (s.heldBy === "WATCH" && current !== undefined) parts.push(w.watch(money(current)));
  else if (current !== undefined) parts.push(w.current(money(current)));
  return `${w.action[s.action]}${w.colon}${parts.join(w.separator)}`;
}
