import { AccountTier, Movement } from "./analysis-types";
import { Criteria } from "./criteria";
import { Lang } from "./language";
import { TierRow, accountKey, computeTiers } from "./tiers";

/** Stars are the tier: moving between them is what a manager acts on. */
function byStars(prior: number, current: number): Movement {
  if (current > prior) return "up";
  return current < prior ? "down" : "same";
}

/**
 * The tiers the prior-period sales would have given, with the same criteria and the account's current
 * credit and philosophy (only the sales differ, so a movement is a change in sales standing).
 * Only accounts that sold something then take part.
 */
function priorTiers(
  accounts: readonly AccountTier[],
  criteria: Criteria,
  lang: Lang
): Map<string, TierRow> {
  const records = accounts
    .filter((a) => (a.priorSales ?? 0) > 0)
    .map((a) => ({
      account: a.account,
      sales: a.priorSales as number,
      credit: a.credit,
      philosophy: a.philosophy,
    }));
  if (records.length === 0) return new Map();
  const { rows } = computeTiers(records, criteria, lang);
  return new Map(rows.map((row) => [accountKey(row.account), row]));
}

/**
 * Gives each account its prior tier and its movement: up, down or same by stars when it sold in both
 * periods, "new" when it had no prior sales, "lost" when it had prior sales and none now. An account
 * with no sales in either period has no movement. Returns the lost accounts, largest prior sales first.
 */
export function applyMovement(accounts: AccountTier[], criteria: Criteria, lang: Lang): string[] {
  const prior = priorTiers(accounts, criteria, lang);
  const lost: AccountTier[] = [];
  for (const account of accounts) {
    const before = prior.get(accountKey(account.account));
    const sells = account.sales > 0;
    if (before) {
      account.priorAbc = before.abc;
      account.priorStars = before.stars;
      account.movement = sells ? byStars(before.stars, account.stars) : "lost";
      if (!sells) lost.push(account);
    } else if (sells) {
      account.movement = "new";
    }
  }
  // A stable sort: lost accounts with equal prior sales keep the table's order.
  lost.sort((a, b) => (b.priorSales as number) - (a.priorSales as number));
  return lost.map((a) => a.account);
}
