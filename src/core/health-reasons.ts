import { Health, HealthComponent, HealthPart } from "./health";
import { Lang, formatAmount, formatPercent, words } from "./language";

/** A component's figure as people read it, and the figure itself where a word is counted. */
type FigureText = (shown: string, count: number) => string;

/** The words of the health reasons, in one language (the catalogue's `healthReasons`). */
export interface HealthWords {
  /** What the component's figure was: "growth +12.5%", "credit WATCH", "2 overdue tasks". */
  figure: Record<HealthComponent, FigureText>;
  notAssessed: (names: string) => string;
  name: Record<HealthComponent, string>;
  noScore: string;
  points: string;
  separator: string;
  comma: string;
}

const signed = (ratio: number) => `${ratio > 0 ? "+" : ""}${formatPercent(ratio)}`;
const plain = (x: number) => formatAmount(x, Number.isInteger(x) ? 0 : 1);

/** Each component's figure formatted: growth as a signed share, credit as its status, the rest as numbers. */
const SHOWN: Record<HealthComponent, (figure: HealthPart["figure"]) => string> = {
  growth: (f) => signed(f as number),
  credit: (f) => String(f),
  overdue: (f) => plain(f as number),
  stage: (f) => plain(f as number),
  philosophy: (f) => plain(f as number),
};

/**
 * Each component's contribution, in the order of the rule: "growth +12.5% → 81 × 30% = 24.4; credit
 * WATCH → 50 × 25% = 12.5; …; not assessed: philosophy". The shares are of the assessed weights, so the
 * points add up to the health.
 */
export function healthReason(health: Health, lang: Lang): string {
  const w = words(lang).healthReasons;
  if (health.score === undefined) return w.noScore;
  const assessed = health.parts.filter((p) => p.score !== undefined && p.weight > 0);
  const missing = health.parts.filter((p) => p.score === undefined && p.weight > 0);
  const lines = assessed.map((p) => {
    const figure = p.component === "stage" ? Math.max(0, p.figure as number) : p.figure;
    const count = typeof figure === "number" ? figure : 0;
    const said = w.figure[p.component](SHOWN[p.component](figure), count);
    return `${said} → ${plain(round1(p.score as number))}${w.points} × ${formatPercent(p.share)} = ${plain(round1(p.points))}`;
  });
  if (missing.length > 0)
    lines.push(w.notAssessed(missing.map((p) => w.name[p.component]).join(w.comma)));
  return lines.join(w.separator);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
