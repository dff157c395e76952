import { numberError } from "../errors";

/**
 * The four quadrants of the key-account portfolio matrix (McDonald and Woodburn's directional policy
 * matrix for key accounts), attractiveness of the account up, our strength with it across:
 * - strategic: attractive and strong — invest and plan;
 * - status: less attractive, strong — maintain;
 * - opportunistic: attractive, weak — selective investment;
 * - streamline: neither — serve efficiently.
 * The codes are the same in every language, so formulas can test them; the sheets word them.
 */
export type Quadrant = "strategic" | "status" | "opportunistic" | "streamline";
export const QUADRANTS: readonly Quadrant[] = [
  "strategic",
  "status",
  "opportunistic",
  "streamline",
];

/** The quadrant of two scores 0–100: a side is high from `cut` (50) up. */
export function quadrantOf(attractiveness: number, strength: number, cut = 50): Quadrant {
  for (const [name, score] of [
    ["attractiveness", attractiveness],
    ["strength", strength],
  ] as const)
    if (!(score >= 0 && score <= 100)) throw numberError((w) => w.scoreRange(name, score));
  const attractive = attractiveness >= cut;
  const strong = strength >= cut;
  if (attractive) return strong ? "strategic" : "opportunistic";
  return strong ? "status" : "streamline";
}
