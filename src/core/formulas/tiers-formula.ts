import { Cell, Grid, asGrid, isBlank, isNumberCell } from "../cells";
import { CreditStatus } from "../credit";
import { parseCriteria } from "../criteria";
import { KamError, valueError } from "../errors";
import { AccountIndex } from "../account-index";
import { Lang } from "../language";
import { GradeBook, forEachRanked, rankAccounts } from "../tier-ranking";
import { tierHeaders, unnamedAccount } from "../tier-columns";
import { OutCell, OutGrid, alongside, cellCount } from "./grid";
import { creditStatusOf, philosophyOf } from "./grade-formulas";

/** Credit statuses by code; 0 is "not assessed", and a larger code is a worse status. */
const CREDIT_BY_CODE: readonly (CreditStatus | undefined)[] = [undefined, "OK", "WATCH", "FAIL"];
const CODE_OF_CREDIT: Record<CreditStatus, number> = { OK: 1, WATCH: 2, FAIL: 3 };

/**
 * The accounts of one KAM.TIERS call as columns, rows naming the same account already combined:
 * sales added in the order of the rows, the worst credit (the highest code) and the lowest philosophy
 * (NaN when not assessed) kept, as mergeAccounts combines records.
 */
interface AccountColumns {
  names: string[];
  sales: Float64Array;
  credit: Uint8Array;
  philosophy: Float64Array;
}

/**
 * Reads the rows that have a sales figure (as SUM would), naming the row of any bad credit or score,
 * and merges them straight into columns: a million rows make no object per row.
 */
function readAccounts(
  accounts: Grid,
  values: Grid,
  credit: Cell | Grid | undefined,
  philosophy: Cell | Grid | undefined,
  lang: Lang
): AccountColumns {
  const nameAt = alongside(values, accounts, "accounts");
  const creditAt = alongside(values, credit, "credit");
  const philosophyAt = alongside(values, philosophy, "philosophy");
  const room = cellCount(values);
  const index = new AccountIndex(room);
  const names = index.names;
  const sales = new Float64Array(room);
  const creditCodes = new Uint8Array(room);
  const scores = new Float64Array(room);
  for (let row = 0; row < values.length; row++) {
    const cells = values[row];
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (!isNumberCell(value)) continue;
      const nameCell = nameAt(row, col);
      let status: CreditStatus | undefined;
      let score: number | undefined;
      try {
        status = creditStatusOf(creditAt(row, col));
        score = philosophyOf(philosophyAt(row, col));
      } catch (e) {
        if (e instanceof KamError)
          throw new KamError(e.code, (w) => w.inRow(row + 1, e.wording(w)));
        throw e;
      }
      // Names are compared as a person would (accountKey): spaces around and letter case do not count.
      const name = (isBlank(nameCell) ? unnamedAccount(row + 1, lang) : String(nameCell)).trim();
      const code = status === undefined ? 0 : CODE_OF_CREDIT[status];
      const accountsSoFar = names.length;
      const at = index.add(name);
      if (at === accountsSoFar) {
        sales[at] = value;
        creditCodes[at] = code;
        scores[at] = score === undefined ? NaN : score;
        continue;
      }
      sales[at] += value;
      if (code > creditCodes[at]) creditCodes[at] = code;
      // NaN (not assessed yet) compares false, so the first score given is taken.
      if (score !== undefined && !(score >= scores[at])) scores[at] = score;
    }
  }
  const n = names.length;
  return {
    names,
    sales: sales.subarray(0, n),
    credit: creditCodes.subarray(0, n),
    philosophy: scores.subarray(0, n),
  };
}

/**
 * KAM.TIERS: the whole tier table as one spill, header row first, largest account first.
 * The accounts stay in columns until this builds the nine-cell output rows, once each, in order.
 */
export function tiersFormula(
  lang: Lang,
  accounts: Cell | Grid,
  values: Cell | Grid,
  credit?: Cell | Grid,
  philosophy?: Cell | Grid,
  criteriaArg?: Cell | Grid
): OutGrid {
  const criteria = parseCriteria(criteriaArg ?? undefined);
  const valueGrid = asGrid(values);
  const accountGrid = asGrid(accounts);
  if (
    accountGrid.length === 1 &&
    accountGrid[0].length === 1 &&
    valueGrid.length * valueGrid[0].length > 1
  )
    throw valueError((w) => w.accountsSameSize);
  const table = readAccounts(accountGrid, valueGrid, credit, philosophy, lang);
  const { names, sales } = table;
  const ranking = rankAccounts(sales, criteria);
  const book = new GradeBook(criteria, lang);
  const out: OutGrid = new Array(names.length + 1);
  out[0] = tierHeaders(lang);
  let next = 1;
  forEachRanked(ranking, sales, (index, rank, cumulativeShare, abc) => {
    const value = sales[index];
    const score = table.philosophy[index];
    const { grade, reason } = book.lookup(
      abc,
      CREDIT_BY_CODE[table.credit[index]],
      Number.isNaN(score) ? undefined : score,
      value
    );
    const row: OutCell[] = [
      names[index],
      value,
      rank,
      value / ranking.total,
      cumulativeShare,
      abc,
      grade.stars,
      grade.keyAccount,
      reason,
    ];
    out[next++] = row;
  });
  return out;
}
