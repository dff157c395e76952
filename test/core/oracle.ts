/**
 * Naive reference definitions written straight from the spec, for the tests to compare the engine with.
 * Nothing here imports the engine's helpers: each rule is spelled out the slow, obvious way (O(n²) loops).
 */
export type Cls = "A" | "B" | "C";
export type Status = "OK" | "WATCH" | "FAIL";
export const TOL = 1e-9;

export function total(pop: readonly number[]): number {
  let t = 0;
  for (const p of pop) t += p;
  return t;
}

/** RANK.EQ descending: 1 + how many population values are greater. */
export function naiveRank(v: number, pop: readonly number[]): number {
  let n = 1;
  for (const p of pop) if (p > v) n++;
  return n;
}

export function sumAbove(v: number, pop: readonly number[]): number {
  let s = 0;
  for (const p of pop) if (p > v) s += p;
  return s;
}

export function sumAtOrAbove(v: number, pop: readonly number[]): number {
  let s = 0;
  for (const p of pop) if (p >= v) s += p;
  return s;
}

export function naiveShare(v: number, pop: readonly number[]): number {
  return v / total(pop);
}

export function naiveCumShare(v: number, pop: readonly number[]): number {
  return sumAtOrAbove(v, pop) / total(pop);
}

/** The spec's ABC class, with shares within 1e-9 of a cut-off counting as equal to it. */
export function naiveClass(v: number, pop: readonly number[], a = 0.7, b = 0.9, rule: "cover" | "within" = "cover"): Cls {
  if (v <= 0) return "C";
  const t = total(pop);
  if (rule === "cover") {
    const s = sumAbove(v, pop) / t;
    // "< cut-off", where a share within TOL of the cut-off is the cut-off itself
    if (s < a && Math.abs(s - a) > TOL) return "A";
    if (s < b && Math.abs(s - b) > TOL) return "B";
    return "C";
  }
  const c = sumAtOrAbove(v, pop) / t;
  if (c <= a || Math.abs(c - a) <= TOL) return "A";
  if (c <= b || Math.abs(c - b) <= TOL) return "B";
  return "C";
}

/** The spec's star rule, spelled as the four sentences of the issue. */
export function naiveStars(cls: Cls, credit?: Status, philosophy?: number, good = 4, fair = 3): number {
  if (cls === "C") return 1;
  if (cls === "B") return 2;
  const poorCredit = credit === "FAIL";
  const poorPhil = philosophy !== undefined && philosophy < fair;
  if (poorCredit || poorPhil) return 2;
  const fairCredit = credit === "WATCH";
  const fairPhil = philosophy !== undefined && philosophy < good;
  if (fairCredit || fairPhil) return 3;
  return 4;
}

export interface Figures {
  limit?: number;
  balance?: number;
  overdue?: number;
  days?: number;
}

/**
 * The default credit rules, exactly as the issue words them, in exact decimal arithmetic: amounts are
 * taken to the cent (as money is), so "balance ≥ 80% of limit" means 100·balance ≥ 80·limit, no float noise.
 */
export function naiveCredit(f: Figures): Status {
  const cents = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100));
  const balance = cents(f.balance) ?? 0;
  if (balance <= 0) return "OK";
  const limit = cents(f.limit);
  const overdue = cents(f.overdue) ?? 0;
  const days = f.days ?? 0;
  if (limit === undefined || limit === 0) return "FAIL";
  if (balance > limit || days > 90 || 10 * overdue > 3 * balance) return "FAIL";
  if (5 * balance >= 4 * limit || days > 30 || 10 * overdue > balance) return "WATCH";
  return "OK";
}

export const SEVERITY: Record<Status, number> = { OK: 0, WATCH: 1, FAIL: 2 };

/** A column of values as Excel hands a one-column range to a custom function. */
export const column = (xs: readonly unknown[]): unknown[][] => xs.map((x) => [x]);

/** The code of a KamError-like thing, or undefined. */
export function codeOf(x: unknown): string | undefined {
  return x instanceof Error && "code" in x ? String((x as { code: unknown }).code) : undefined;
}

/** Runs f and returns the thrown error's code (or "no error"). */
export function thrownCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return codeOf(e) ?? `non-KamError: ${String(e)}`;
  }
  return "no error";
}
