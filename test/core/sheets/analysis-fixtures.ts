import { AccountTier, Analysis, Movement } from "../../../src/core/analysis-types";
import {
  concentrationLevel,
  effectiveCustomers,
  hhi,
  paretoCount,
} from "../../../src/core/concentration";
import { CreditStatus } from "../../../src/core/credit";
import { Criteria, DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { Stars } from "../../../src/core/grade";
import { Lang } from "../../../src/core/language";
import { computeTiers } from "../../../src/core/tiers";

export interface FixtureAccount {
  account: string;
  sales: number;
  region?: string;
  credit?: CreditStatus;
  creditReason?: string;
  priorSales?: number;
}

/**
 * An Analysis as analyseCustomers will hand it over, made here from the engine's tier table and
 * concentration figures (the analysis module is another engineer's; the sheets only read its shape).
 */
export function makeAnalysis(
  input: readonly FixtureAccount[],
  options: { criteria?: Criteria; lang?: Lang; lost?: string[]; hasPrior?: boolean } = {}
): Analysis {
  const criteria = options.criteria ?? { ...DEFAULT_CRITERIA };
  const byName = new Map(input.map((a) => [a.account, a]));
  const table = computeTiers(
    input.map((a) => ({ account: a.account, sales: a.sales, credit: a.credit })),
    criteria,
    options.lang ?? "en"
  );
  const hasPrior = options.hasPrior ?? input.some((a) => a.priorSales !== undefined);
  const priorStarsOf = priorStars(input, criteria);
  const accounts: AccountTier[] = table.rows.map((row, i) => {
    const source = byName.get(row.account) as FixtureAccount;
    const tier: AccountTier = {
      ...row,
      sourceRows: [i + 2],
      creditStatus: source.credit,
      creditReason: source.creditReason ?? "",
    };
    if (source.region !== undefined) tier.region = source.region;
    if (hasPrior) {
      tier.priorSales = source.priorSales;
      tier.priorStars = priorStarsOf.get(row.account);
      tier.movement = movement(row.stars, tier.priorStars);
    }
    return tier;
  });
  const values = Float64Array.from(accounts.map((a) => a.sales));
  const index = hhi(values);
  const keySales = accounts.filter((a) => a.keyAccount).reduce((s, a) => s + a.sales, 0);
  return {
    criteria,
    accounts,
    hasPrior,
    summary: {
      totalSales: table.total,
      accounts: accounts.length,
      keyAccounts: accounts.filter((a) => a.keyAccount).length,
      keyAccountShare: keySales / table.total,
      paretoCount: paretoCount(values, criteria.aCutoff),
      paretoCutoff: criteria.aCutoff,
      hhi: index,
      concentration: concentrationLevel(index),
      effectiveCustomers: effectiveCustomers(index),
      lostAccounts: options.lost ?? [],
    },
  };
}

function priorStars(input: readonly FixtureAccount[], criteria: Criteria): Map<string, Stars> {
  const prior = input.filter((a) => a.priorSales !== undefined && a.priorSales > 0);
  if (prior.length === 0) return new Map();
  const table = computeTiers(
    prior.map((a) => ({ account: a.account, sales: a.priorSales as number })),
    criteria,
    "en"
  );
  return new Map(table.rows.map((r) => [r.account, r.stars]));
}

function movement(now: Stars, before: Stars | undefined): Movement {
  if (before === undefined) return "new";
  return now > before ? "up" : now < before ? "down" : "same";
}

/** n accounts with falling sales, some ties, deterministic. */
export function manyAccounts(n: number): FixtureAccount[] {
  return Array.from({ length: n }, (_, i) => ({
    account: `Customer ${i + 1}`,
    sales: Math.round(1_000_000 / (1 + Math.floor(i / 3))) + (i % 7),
  }));
}
