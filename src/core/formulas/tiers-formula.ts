import { Cell, Grid, asGrid, isBlank, isNumberCell } from "../cells";
import { parseCriteria } from "../criteria";
import { KamError, valueError } from "../errors";
import { Lang } from "../language";
import { tierHeaders, unnamedAccount } from "../tier-columns";
import { AccountRecord, computeTiers } from "../tiers";
import { OutGrid, alongside } from "./grid";
import { creditStatusOf, philosophyOf } from "./grade-formulas";

/** Reads the rows that have a sales figure (as SUM would), naming the row of any bad credit or score. */
function readRecords(
  accounts: Grid,
  values: Grid,
  credit: Cell | Grid | undefined,
  philosophy: Cell | Grid | undefined,
  lang: Lang
): AccountRecord[] {
  const nameAt = alongside(values, accounts, "accounts");
  const creditAt = alongside(values, credit, "credit");
  const philosophyAt = alongside(values, philosophy, "philosophy");
  const records: AccountRecord[] = [];
  values.forEach((cells, row) =>
    cells.forEach((sales, col) => {
      if (!isNumberCell(sales)) return;
      const name = nameAt(row, col);
      try {
        records.push({
          account: isBlank(name) ? unnamedAccount(row + 1, lang) : String(name),
          sales,
          credit: creditStatusOf(creditAt(row, col)),
          philosophy: philosophyOf(philosophyAt(row, col)),
        });
      } catch (e) {
        if (e instanceof KamError) throw new KamError(e.code, `row ${row + 1}: ${e.message}`);
        throw e;
      }
    })
  );
  return records;
}

/** KAM.TIERS: the whole tier table as one spill, header row first, largest account first. */
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
    throw valueError("accounts must be a range of the same size as values");
  const table = computeTiers(
    readRecords(accountGrid, valueGrid, credit, philosophy, lang),
    criteria,
    lang
  );
  const out: OutGrid = [tierHeaders(lang)];
  for (const r of table.rows) {
    out.push([
      r.account,
      r.sales,
      r.rank,
      r.share,
      r.cumulativeShare,
      r.abc,
      r.stars,
      r.keyAccount,
      r.reason,
    ]);
  }
  return out;
}
