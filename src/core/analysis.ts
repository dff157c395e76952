import { Analysis, AccountTier, LedgerFigures } from "./analysis-types";
import { CREDIT_SEVERITY, assessCredit } from "./credit";
import { Criteria } from "./criteria";
import { Lang } from "./language";
import { applyMovement } from "./movement";
import { creditReason } from "./reasons";
import { summarise } from "./summary";
import { CustomerRow } from "./table/customer-types";
import { AccountRecord, computeTiers } from "./tiers";
import { headroom, isDevelopmentAccount, potentialFromArea, shareOfWallet } from "./wallet";

/** What the tiers engine carries for each account besides sales, credit and philosophy. */
type AccountFacts = AccountRecord &
  Pick<
    AccountTier,
    | "sourceRows"
    | "region"
    | "location"
    | "shoppers"
    | "priorSales"
    | "balance"
    | "creditStatus"
    | "creditReason"
    | "ledger"
    | "categorySales"
    | "stage"
    | "tenure"
  > & { potential?: number };

const hasCreditFigure = (row: CustomerRow): boolean =>
  row.creditLimit !== undefined ||
  row.balance !== undefined ||
  row.overdue !== undefined ||
  row.daysOverdue !== undefined ||
  row.aging !== undefined;

function ledgerOf(row: CustomerRow): LedgerFigures {
  const { creditLimit, balance, overdue, terms, creditSales, aging } = row;
  return { creditLimit, balance, overdue, terms, creditSales, aging };
}

const addOptional = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : a + b;

/** Two rows of one account: amounts add up, bucket by bucket; the first terms given stay. */
function combineLedgers(into: LedgerFigures, row: LedgerFigures): void {
  into.creditLimit = addOptional(into.creditLimit, row.creditLimit);
  into.balance = addOptional(into.balance, row.balance);
  into.overdue = addOptional(into.overdue, row.overdue);
  into.creditSales = addOptional(into.creditSales, row.creditSales);
  into.terms ??= row.terms;
  if (into.aging && row.aging)
    into.aging = {
      ...into.aging,
      amounts: into.aging.amounts.map((a, i) => a + row.aging!.amounts[i]),
    };
}

function factsOf(
  row: CustomerRow,
  assessed: boolean,
  criteria: Criteria,
  lang: Lang
): AccountFacts {
  const facts: AccountFacts = {
    account: row.account,
    sales: row.sales,
    philosophy: row.philosophy,
    sourceRows: [row.sheetRow],
    region: row.region,
    location: row.location,
    shoppers: row.shoppers,
    priorSales: row.priorSales,
    balance: row.balance,
    creditReason: "",
    potential: row.potential ?? potentialFromArea(row.area, criteria.spendPerArea),
  };
  if (row.categorySales) facts.categorySales = { ...row.categorySales };
  if (row.stage !== undefined) facts.stage = row.stage;
  if (row.tenure !== undefined) facts.tenure = row.tenure;
  if (assessed) {
    const { status, findings } = assessCredit(row, criteria);
    facts.credit = facts.creditStatus = status;
    facts.creditReason = creditReason(findings, lang);
    facts.ledger = ledgerOf(row);
  }
  return facts;
}

/**
 * How two rows of one account combine (the engine has already summed sales and kept the worst credit
 * and lowest philosophy): prior sales add up, the first region, location and shoppers stay, and the
 * credit reason is the one of the worst row. `into.sourceRows` is this module's own array, so it grows
 * in place.
 */
function combineFacts(into: AccountFacts, row: AccountFacts): void {
  into.sourceRows.push(...row.sourceRows);
  if (row.priorSales !== undefined) into.priorSales = (into.priorSales ?? 0) + row.priorSales;
  if (row.balance !== undefined) into.balance = (into.balance ?? 0) + row.balance;
  // Potentials add up like sales: two rows of one shop are two parts of its purchases.
  into.potential = addOptional(into.potential, row.potential);
  into.region ??= row.region;
  into.location ??= row.location;
  into.shoppers ??= row.shoppers;
  into.stage ??= row.stage;
  if (row.tenure !== undefined) into.tenure = Math.max(into.tenure ?? 0, row.tenure);
  if (row.categorySales) {
    const sales = (into.categorySales ??= {});
    for (const [category, value] of Object.entries(row.categorySales))
      sales[category] = (sales[category] ?? 0) + value;
  }
  if (into.ledger && row.ledger) combineLedgers(into.ledger, row.ledger);
  if (
    row.creditStatus !== undefined &&
    (into.creditStatus === undefined ||
      CREDIT_SEVERITY[row.creditStatus] > CREDIT_SEVERITY[into.creditStatus])
  ) {
    into.creditStatus = row.creditStatus;
    into.creditReason = row.creditReason;
  }
}

/**
 * Step 1 of the method over the user's customer table: credit status per row (when the table has any
 * credit figure; otherwise credit is "not assessed"), duplicate names summed, tiers, the summary and,
 * with prior-period sales, each account's prior tier and movement.
 * Throws the engine's KamError when the sales add up to zero or less (there are no shares then).
 */
export function analyseCustomers(rows: CustomerRow[], criteria: Criteria, lang: Lang): Analysis {
  const assessed = rows.some(hasCreditFigure);
  const hasPrior = rows.some((row) => row.priorSales !== undefined);
  const table = computeTiers(
    rows.map((row) => factsOf(row, assessed, criteria, lang)),
    criteria,
    lang,
    combineFacts
  );
  const accounts: AccountTier[] = table.rows;
  const hasPotential = applyWallet(accounts as (AccountTier & { potential?: number })[], criteria);
  const lostAccounts = hasPrior ? applyMovement(accounts, criteria, lang) : [];
  const categories = categoriesOf(rows);
  return {
    criteria,
    accounts,
    summary: summarise(accounts, table.total, criteria, lostAccounts),
    hasPrior,
    ...(categories ? { categories } : {}),
    hasPotential,
  };
}

/** The categories in the order the rows first name them; undefined when no row has categories. */
function categoriesOf(rows: readonly CustomerRow[]): string[] | undefined {
  if (!rows.some((row) => row.categorySales !== undefined)) return undefined;
  const seen = new Set<string>();
  for (const row of rows) for (const category in row.categorySales) seen.add(category);
  return [...seen];
}

/** Each account's share of wallet, headroom and development flag, from its potential; whether any has one. */
function applyWallet(
  accounts: (AccountTier & { potential?: number })[],
  criteria: Criteria
): boolean {
  let any = false;
  for (const account of accounts) {
    const { potential } = account;
    delete account.potential;
    if (potential === undefined) continue;
    any = true;
    const room = headroom(account.sales, potential);
    account.wallet = {
      potential,
      shareOfWallet: potential > 0 ? shareOfWallet(account.sales, potential) : undefined,
      headroom: room,
      development: isDevelopmentAccount(account.keyAccount, room, criteria.developmentMinHeadroom),
    };
  }
  return any;
}
