import type { AccountTier } from "../core/analysis-types";

/** The plan list shows at most this many accounts; a name typed in the filter finds the others. */
export const MAX_PLAN_CHOICES = 30;

/**
 * The accounts the Plans step lists, largest first: with no filter, the key accounts and those with a
 * plan, then the largest others up to the limit; with a filter, the accounts whose name contains it.
 */
export function planChoices(
  accounts: readonly AccountTier[],
  planned: ReadonlySet<string>,
  filter: string,
  max = MAX_PLAN_CHOICES
): AccountTier[] {
  const wanted = filter.trim().toLowerCase();
  if (wanted !== "")
    return accounts.filter((a) => a.account.toLowerCase().includes(wanted)).slice(0, max);
  const always = accounts.filter((a) => a.keyAccount || planned.has(a.account));
  const room = Math.max(0, max - always.length);
  const others = accounts.filter((a) => !a.keyAccount && !planned.has(a.account)).slice(0, room);
  const shown = new Set([...always, ...others]);
  return accounts.filter((a) => shown.has(a));
}
