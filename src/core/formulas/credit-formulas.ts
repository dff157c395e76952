import { Cell, Grid } from "../cells";
import { valueError } from "../errors";
import { CreditAssessment, assessCredit } from "../credit";
import { parseCriteria } from "../criteria";
import { daysSalesOutstanding } from "../dso";
import { Lang } from "../language";
import { creditReason } from "../reasons";
import { agingRows } from "./finance-formulas";
import { OutCell, OutGrid, broadcast, cellResult, optionalNumber } from "./grid";

type Arg = Cell | Grid | undefined;

/** Runs `compute` on every row of element-wise arguments, each one cell or a range of the same size. */
function eachRow(
  args: { arg: Arg; what: string }[],
  compute: (cells: Cell[], row: number) => OutCell
): OutGrid {
  const { rows, cols, readers } = broadcast(args);
  const out: OutGrid = [];
  for (let row = 0; row < rows; row++) {
    const line: OutCell[] = [];
    for (let col = 0; col < cols; col++)
      line.push(
        cellResult(() =>
          compute(
            readers.map((read) => read(row, col)),
            row
          )
        )
      );
    out.push(line);
  }
  return out;
}

function assessEach(
  limit: Arg,
  balance: Arg,
  overdue: Arg,
  days: Arg,
  criteriaArg: Arg,
  present: (a: CreditAssessment) => OutCell,
  aging?: Arg,
  bucketDays?: Arg
): OutGrid {
  const criteria = parseCriteria(criteriaArg ?? undefined);
  const agingOf = agingAlongside(limit, balance, aging, bucketDays);
  const args = [
    { arg: limit, what: "credit_limit" },
    { arg: balance, what: "balance" },
    { arg: overdue, what: "overdue" },
    { arg: days, what: "days_overdue" },
  ];
  return eachRow(args, ([l, b, o, d], row) =>
    present(
      assessCredit(
        {
          creditLimit: optionalNumber(l, "credit_limit"),
          balance: optionalNumber(b, "balance"),
          overdue: optionalNumber(o, "overdue"),
          daysOverdue: optionalNumber(d, "days_overdue"),
          aging: agingOf(row),
        },
        criteria
      )
    )
  );
}

/**
 * The aging rows beside the credit figures: one row per account (the figures are a column, or one
 * cell with one aging row). Without aging, nothing.
 */
function agingAlongside(limit: Arg, balance: Arg, aging: Arg, bucketDays: Arg) {
  if (aging === undefined || aging === null) return () => undefined;
  const rows = agingRows(aging, bucketDays);
  const { rows: count, cols } = broadcast([
    { arg: limit, what: "credit_limit" },
    { arg: balance, what: "balance" },
  ]);
  if (cols !== 1 || (rows.length !== count && rows.length !== 1))
    throw valueError((w) => w.agingRows(count));
  return (row: number) => (rows.length === 1 ? rows[0]() : rows[row]());
}

/** KAM.CREDIT: OK, WATCH or FAIL. */
export function creditFormula(
  limit: Arg,
  balance: Arg,
  overdue?: Arg,
  days?: Arg,
  criteria?: Arg,
  aging?: Arg,
  bucketDays?: Arg
): OutGrid {
  return assessEach(limit, balance, overdue, days, criteria, (a) => a.status, aging, bucketDays);
}

/** KAM.CREDITWHY: the credit rules broken, with their figures; empty when the status is OK. */
export function creditWhyFormula(
  lang: Lang,
  limit: Arg,
  balance: Arg,
  overdue?: Arg,
  days?: Arg,
  criteria?: Arg,
  aging?: Arg,
  bucketDays?: Arg
): OutGrid {
  return assessEach(
    limit,
    balance,
    overdue,
    days,
    criteria,
    (a) => creditReason(a.findings, lang),
    aging,
    bucketDays
  );
}

/** KAM.DSO: receivables / credit sales × days. */
export function dsoFormula(receivables: Arg, creditSales: Arg, days?: Arg): OutGrid {
  const args = [
    { arg: receivables, what: "receivables" },
    { arg: creditSales, what: "credit_sales" },
    { arg: days, what: "days" },
  ];
  return eachRow(args, ([r, s, d]) => {
    const owed = optionalNumber(r, "receivables");
    const sold = optionalNumber(s, "credit_sales");
    if (owed === undefined || sold === undefined) return "";
    return daysSalesOutstanding(owed, sold, optionalNumber(d, "days") ?? 365);
  });
}
