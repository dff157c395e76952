import { LimitAction, LimitSuggestion } from "./credit-limit";
import { Lang, formatAmount, formatPercent } from "./language";

/** The action words finance staff use: the same set the KAM Credit sheet and KAM.LIMITWHY show. */
export const LIMIT_ACTION_TEXT: Record<Lang, Record<LimitAction, string>> = {
  en: { raise: "raise", keep: "keep", lower: "lower", freeze: "freeze" },
  "zh-CN": { raise: "调增", keep: "维持", lower: "调减", freeze: "冻结" },
};

interface LimitWords {
  base: (s: LimitSuggestion, sales: string) => string;
  headroom: (pct: string, stars: number, to: string) => string;
  defaultTerms: (days: string) => string;
  watch: (current: string) => string;
  freeze: (limit: string) => string;
  current: (current: string) => string;
  colon: string;
  separator: string;
}

const money = (value: number) => formatAmount(value, 0);
const figure = (value: number) => formatAmount(value, 2);

const WORDS: Record<Lang, LimitWords> = {
  en: {
    base: (s, sales) =>
      `base ${money(s.base)} = sales ${sales} ÷ ${figure(s.months)} months × ${figure(s.termsDays)}/30 days`,
    headroom: (pct, stars, to) => `+${pct} for ${stars}★ → ${to}`,
    defaultTerms: (days) => `no terms given: ${days} days assumed`,
    watch: (current) => `credit WATCH: not above the current limit ${current}`,
    freeze: (limit) =>
      `credit FAIL: frozen at ${limit}, the lower of the current limit and the balance`,
    current: (current) => `current limit ${current}`,
    colon: ": ",
    separator: "; ",
  },
  "zh-CN": {
    base: (s, sales) =>
      `基础额度 ${money(s.base)} = 销售额 ${sales} ÷ ${figure(s.months)} 个月 × 账期 ${figure(s.termsDays)}/30 天`,
    headroom: (pct, stars, to) => `${stars} 星上浮 ${pct} → ${to}`,
    defaultTerms: (days) => `未给出账期，按 ${days} 天计算`,
    watch: (current) => `信用 WATCH：不高于现额度 ${current}`,
    freeze: (limit) => `信用 FAIL：冻结在 ${limit}（现额度与欠款中较低者）`,
    current: (current) => `现额度 ${current}`,
    colon: "：",
    separator: "；",
  },
};

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
  const w = WORDS[lang];
  const parts = [w.base(s, money(Math.max(sales, 0)))];
  if (s.headroom > 0 && stars !== undefined)
    parts.push(w.headroom(formatPercent(s.headroom), stars, money(s.candidate)));
  if (s.defaultTerms) parts.push(w.defaultTerms(figure(s.termsDays)));
  if (s.action === "freeze") parts.push(w.freeze(money(s.limit)));
  else if (s.heldBy === "WATCH" && current !== undefined) parts.push(w.watch(money(current)));
  else if (current !== undefined) parts.push(w.current(money(current)));
  return `${LIMIT_ACTION_TEXT[lang][s.action]}${w.colon}${parts.join(w.separator)}`;
}
