import { Health, HealthComponent, HealthPart } from "./health";
import { Lang, formatAmount, formatPercent } from "./language";

interface HealthWords {
  /** What the component's figure was: "growth +12.5%", "credit WATCH", "2 overdue tasks". */
  figure: Record<HealthComponent, (figure: HealthPart["figure"]) => string>;
  notAssessed: (names: string) => string;
  name: Record<HealthComponent, string>;
  noScore: string;
  points: string;
  separator: string;
  comma: string;
}

const signed = (ratio: number) => `${ratio > 0 ? "+" : ""}${formatPercent(ratio)}`;
const plain = (x: number) => formatAmount(x, Number.isInteger(x) ? 0 : 1);

const WORDS: Record<Lang, HealthWords> = {
  en: {
    figure: {
      growth: (f) => `growth ${signed(f as number)}`,
      credit: (f) => `credit ${String(f)}`,
      overdue: (f) => `${plain(f as number)} overdue task${f === 1 ? "" : "s"}`,
      stage: (f) => `${plain(f as number)} stage${f === 1 ? "" : "s"} below target`,
      philosophy: (f) => `philosophy ${plain(f as number)}`,
    },
    name: {
      growth: "growth",
      credit: "credit",
      overdue: "overdue tasks",
      stage: "stage",
      philosophy: "philosophy",
    },
    notAssessed: (names) => `not assessed: ${names}`,
    noScore: "no component assessed",
    points: "",
    separator: "; ",
    comma: ", ",
  },
  "zh-CN": {
    figure: {
      growth: (f) => `销售增长 ${signed(f as number)}`,
      credit: (f) => `信用 ${String(f)}`,
      overdue: (f) => `逾期任务 ${plain(f as number)} 项`,
      stage: (f) => `低于目标阶段 ${plain(f as number)} 级`,
      philosophy: (f) => `经营理念 ${plain(f as number)} 分`,
    },
    name: {
      growth: "销售增长",
      credit: "信用",
      overdue: "逾期任务",
      stage: "关系阶段",
      philosophy: "经营理念",
    },
    notAssessed: (names) => `未评估：${names}`,
    noScore: "没有可评估的项目",
    points: " 分",
    separator: "；",
    comma: "、",
  },
};

/**
 * Each component's contribution, in the order of the rule: "growth +12.5% → 81 × 30% = 24.4; credit
 * WATCH → 50 × 25% = 12.5; …; not assessed: philosophy". The shares are of the assessed weights, so the
 * points add up to the health.
 */
export function healthReason(health: Health, lang: Lang): string {
  const w = WORDS[lang];
  if (health.score === undefined) return w.noScore;
  const assessed = health.parts.filter((p) => p.score !== undefined && p.weight > 0);
  const missing = health.parts.filter((p) => p.score === undefined && p.weight > 0);
  const lines = assessed.map((p) => {
    const figure = p.component === "stage" ? Math.max(0, p.figure as number) : p.figure;
    return `${w.figure[p.component](figure)} → ${plain(round1(p.score as number))}${w.points} × ${formatPercent(p.share)} = ${plain(round1(p.points))}`;
  });
  if (missing.length > 0)
    lines.push(w.notAssessed(missing.map((p) => w.name[p.component]).join(w.comma)));
  return lines.join(w.separator);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
