import type { Analysis } from "../core/analysis-types";
import { accountKey } from "../core/tiers";

/** More plan sheets than a person can serve make a workbook that takes minutes to open, or no file. */
export const DEFAULT_PLAN_LIMIT = 500;

export interface PlanOptions {
  /** Plans for the N largest key accounts only. */
  top?: number;
  /** Plans for these accounts (key accounts or not), as the pane's ticks. */
  names?: readonly string[];
  /** The most new plan sheets one run may create. */
  limit: number;
}

export class PlanChoiceError extends Error {
  constructor(
    readonly kind: "unknown" | "tooMany",
    /** The names not found ("unknown"), or the count and the limit ("tooMany"). */
    readonly detail: { names?: string[]; count?: number; limit?: number }
  ) {
    super(kind);
    this.name = "PlanChoiceError";
  }
}

/**
 * The accounts named by --plans-for. Each value is an account's name, or names separated by commas
 * ("Shop A,Shop B"); a value that is itself an account's name is taken whole, so "Acme, Inc." works.
 * Throws PlanChoiceError("unknown") naming every name that is not in the analysis.
 */
function namedAccounts(analysis: Analysis, values: readonly string[]): string[] {
  const byKey = new Map(analysis.accounts.map((a) => [accountKey(a.account), a.account]));
  const found: string[] = [];
  const unknown: string[] = [];
  for (const value of values) {
    const whole = byKey.get(accountKey(value));
    const parts = whole !== undefined ? [value] : value.split(",").filter((p) => p.trim() !== "");
    for (const part of parts) {
      const account = byKey.get(accountKey(part));
      if (account === undefined) unknown.push(part.trim());
      else if (!found.includes(account)) found.push(account);
    }
  }
  if (unknown.length > 0) throw new PlanChoiceError("unknown", { names: unknown });
  return found;
}

/** The accounts --plans writes plans for: those named, the N largest key accounts, or every key account. */
export function planAccounts(analysis: Analysis, options: PlanOptions): string[] {
  if (options.names !== undefined && options.names.length > 0)
    return namedAccounts(analysis, options.names);
  const keys = analysis.accounts.filter((a) => a.keyAccount).map((a) => a.account);
  return options.top === undefined ? keys : keys.slice(0, options.top);
}

/** Throws PlanChoiceError("tooMany") when a run would create more new plan sheets than the limit. */
export function checkPlanCount(count: number, limit: number): void {
  if (count > limit) throw new PlanChoiceError("tooMany", { count, limit });
}
