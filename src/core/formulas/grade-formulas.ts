import { Cell, Grid, describe, isBlank } from "../cells";
import { CREDIT_STATUSES, CreditStatus } from "../credit";
import { Criteria, parseCriteria } from "../criteria";
import { valueError } from "../errors";
import { Grade, checkPhilosophy, gradeAccount } from "../grade";
import { OutCell, OutGrid, alongside, mapValueCells, optionalNumber } from "./grid";
import { classifier, prepare } from "./share-formulas";

/** A credit status typed or computed by KAM.CREDIT; blank means not assessed. */
export function creditStatusOf(cell: Cell): CreditStatus | undefined {
  if (isBlank(cell)) return undefined;
  // As KAM.CREDIT writes it: no trimming or upper-casing (and no new string) for a whole column of them.
  if (cell === "OK" || cell === "WATCH" || cell === "FAIL") return cell;
  const code = typeof cell === "string" ? cell.trim().toUpperCase() : undefined;
  if (code && (CREDIT_STATUSES as readonly string[]).includes(code)) return code as CreditStatus;
  throw valueError((w) => w.creditCode(describe(cell, w)));
}

/** A 1–5 business-philosophy score; blank means not assessed. */
export function philosophyOf(cell: Cell): number | undefined {
  const score = optionalNumber(cell, "philosophy");
  return score === undefined ? undefined : checkPhilosophy(score);
}

function gradeEach(
  values: Cell | Grid,
  population: Cell | Grid,
  credit: Cell | Grid | undefined,
  philosophy: Cell | Grid | undefined,
  criteriaArg: Cell | Grid | undefined,
  present: (grade: Grade, criteria: Criteria) => OutCell
): OutGrid {
  const criteria = parseCriteria(criteriaArg ?? undefined);
  const p = prepare(values, population);
  const creditAt = alongside(p.grid, credit, "credit");
  const philosophyAt = alongside(p.grid, philosophy, "philosophy");
  const classOf = classifier(p.population, criteria);
  return mapValueCells(
    p.grid,
    (v, row, col) => {
      const grade = gradeAccount(
        {
          abc: classOf(v),
          credit: creditStatusOf(creditAt(row, col)),
          philosophy: philosophyOf(philosophyAt(row, col)),
        },
        criteria
      );
      return present(grade, criteria);
    },
    true
  );
}

/** KAM.GRADE: stars 1–4 from share of sales, credit and business philosophy. */
export function gradeFormula(
  values: Cell | Grid,
  population: Cell | Grid,
  credit?: Cell | Grid,
  philosophy?: Cell | Grid,
  criteria?: Cell | Grid
): OutGrid {
  return gradeEach(values, population, credit, philosophy, criteria, (grade) => grade.stars);
}

/** KAM.ISKEY: TRUE when the grade reaches the criteria's key-account minimum. */
export function isKeyFormula(
  values: Cell | Grid,
  population: Cell | Grid,
  credit?: Cell | Grid,
  philosophy?: Cell | Grid,
  criteria?: Cell | Grid
): OutGrid {
  return gradeEach(values, population, credit, philosophy, criteria, (grade) => grade.keyAccount);
}
