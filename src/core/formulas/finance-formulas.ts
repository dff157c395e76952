import { AgingBuckets, DEFAULT_BUCKET_DAYS, agingFindings } from "../aging";
import { Cell, Grid, asGrid, describe, isBlank, isNumberCell } from "../cells";
import { worstOf } from "../credit";
import { suggestLimit } from "../credit-limit";
import { Criteria, parseCriteria } from "../criteria";
import { valueError } from "../errors";
import { Stars } from "../grade";
import { Lang } from "../language";
import { limitReason } from "../limit-reasons";
import { creditStatusOf } from "./grade-formulas";
import { OutCell, OutGrid, broadcast, cellResult, optionalNumber } from "./grid";

type Arg = Cell | Grid | undefined;

const given = (arg: Arg): arg is Cell | Grid =>
  arg !== undefined &&
  arg !== null &&
  !(Array.isArray(arg) && asGrid(arg).every((r) => r.every(isBlank)));

/** Each bucket's lower bound in days: `bucket_days` (a row or a column) or the default five buckets. */
export function bucketDaysOf(arg: Arg, buckets: number): readonly number[] {
  if (!given(arg)) {
    if (buckets !== DEFAULT_BUCKET_DAYS.length)
      throw valueError((w) => w.bucketDaysNeeded(buckets));
    return DEFAULT_BUCKET_DAYS;
  }
  const days = asGrid(arg)
    .flat()
    .map((cell) => optionalNumber(cell, "bucket_days"));
  if (days.length !== buckets || days.some((d) => d === undefined))
    throw valueError((w) => w.bucketDaysCount(buckets));
  return days as number[];
}

/**
 * The aging rows of a range: one account per row, one bucket per column. A row with every cell blank
 * is no account (undefined); text in a bucket is #VALUE! for that row.
 */
/** One bucket's amount: blank is none, text is #VALUE! (worded as a bucket: it has no argument name). */
function agingAmount(cell: Cell): number | undefined {
  if (isBlank(cell)) return undefined;
  if (isNumberCell(cell)) return cell;
  throw valueError((w) => w.agingBucketNotNumber(describe(cell, w)));
}

export function agingRows(buckets: Arg, bucketDays: Arg): (() => AgingBuckets | undefined)[] {
  const grid = asGrid(buckets ?? null);
  const from = bucketDaysOf(bucketDays, grid[0].length);
  return grid.map((cells) => () => {
    if (cells.every(isBlank)) return undefined;
    const amounts = cells.map((cell) => agingAmount(cell) ?? 0);
    return { from, amounts };
  });
}

/** KAM.AGING: OK, WATCH or FAIL per aging row (a spilled column for many rows). */
export function agingFormula(buckets: Arg, bucketDays?: Arg, criteriaArg?: Arg): OutGrid {
  const criteria = parseCriteria(criteriaArg ?? undefined);
  return agingRows(buckets, bucketDays).map((row) => [
    cellResult(() => {
      const aging = row();
      return aging === undefined ? "" : worstOf(agingFindings(aging, criteria));
    }),
  ]);
}

function starsOf(cell: Cell): Stars | undefined {
  const stars = optionalNumber(cell, "stars");
  if (stars === undefined) return undefined;
  if (!(Number.isInteger(stars) && stars >= 1 && stars <= 4))
    throw valueError((w) => w.starsRange(String(stars)));
  return stars as Stars;
}

function limitEach(
  args: Arg[],
  criteriaArg: Arg,
  present: (
    s: ReturnType<typeof suggestLimit>,
    sales: number,
    stars: Stars | undefined,
    current: number | undefined,
    criteria: Criteria
  ) => OutCell
): OutGrid {
  const criteria = parseCriteria(criteriaArg ?? undefined);
  const names = ["sales", "terms_days", "stars", "credit", "current_limit", "balance"];
  const { rows, cols, readers } = broadcast(args.map((arg, i) => ({ arg, what: names[i] })));
  const out: OutGrid = [];
  for (let row = 0; row < rows; row++) {
    const line: OutCell[] = [];
    for (let col = 0; col < cols; col++)
      line.push(
        cellResult(() => {
          const [sales, terms, stars, credit, current, balance] = readers.map((r) => r(row, col));
          const amount = optionalNumber(sales, "sales");
          if (amount === undefined) return "";
          const input = {
            sales: amount,
            termsDays: optionalNumber(terms, "terms_days"),
            stars: starsOf(stars),
            credit: creditStatusOf(credit),
            currentLimit: optionalNumber(current, "current_limit"),
            balance: optionalNumber(balance, "balance"),
          };
          const s = suggestLimit(input, criteria);
          return present(s, amount, input.stars, input.currentLimit, criteria);
        })
      );
    out.push(line);
  }
  return out;
}

/** KAM.LIMIT: the suggested credit limit. */
export function limitFormula(
  sales: Arg,
  terms?: Arg,
  stars?: Arg,
  credit?: Arg,
  current?: Arg,
  criteria?: Arg,
  balance?: Arg
): OutGrid {
  return limitEach([sales, terms, stars, credit, current, balance], criteria, (s) => s.limit);
}

/** KAM.LIMITWHY: the action and why, in `lang`. */
export function limitWhyFormula(
  lang: Lang,
  sales: Arg,
  terms?: Arg,
  stars?: Arg,
  credit?: Arg,
  current?: Arg,
  criteria?: Arg,
  balance?: Arg
): OutGrid {
  return limitEach(
    [sales, terms, stars, credit, current, balance],
    criteria,
    (s, amount, st, cur) => limitReason(s, amount, st, cur, lang)
  );
}
