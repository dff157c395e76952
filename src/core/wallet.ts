import { divisionError, numberError } from "./errors";

/*
 * Where an account could grow (issue 15): its potential is what it buys of the category from all
 * suppliers (or an estimate of it); our sales are part of that.
 * - share of wallet = our sales ÷ potential;
 * - headroom = potential − our sales: what the account buys elsewhere, the room to grow.
 * Sales above the potential (an estimate set too low) are kept as they are: the share is above 100%
 * and the headroom negative, so the estimate shows as one to check rather than being hidden.
 */

function checkPotential(potential: number): void {
  if (potential < 0) throw numberError((w) => w.potentialNegative(potential));
}

/** Our sales ÷ the account's potential. A potential of 0 has no share (#DIV/0!), a negative one is #NUM!. */
export function shareOfWallet(sales: number, potential: number): number {
  checkPotential(potential);
  if (potential === 0) throw divisionError((w) => w.potentialZero);
  return sales / potential;
}

/** The account's potential − our sales; negative when we sell more than the potential estimated. */
export function headroom(sales: number, potential: number): number {
  checkPotential(potential);
  return potential - sales;
}

/**
 * The potential from an area and a spend per unit of area (crop area in mu × spend per mu), when the
 * ledger has no potential column. Undefined without an area or without a spend per unit (0 = not set).
 */
export function potentialFromArea(
  area: number | undefined,
  spendPerArea: number
): number | undefined {
  if (area === undefined || !(spendPerArea > 0)) return undefined;
  return area * spendPerArea;
}

/**
 * A development account: not a key account, but with headroom of at least `minHeadroom` — an account
 * to invest in for tomorrow. The rule is off when `minHeadroom` is 0 (the default); key-account status
 * and stars never change by it.
 */
export function isDevelopmentAccount(
  keyAccount: boolean,
  accountHeadroom: number | undefined,
  minHeadroom: number
): boolean {
  return (
    !keyAccount &&
    minHeadroom > 0 &&
    accountHeadroom !== undefined &&
    accountHeadroom >= minHeadroom
  );
}
