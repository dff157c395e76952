import { Cell, Grid } from "../cells";
import { Criteria, parseCriteria } from "../criteria";
import { Health, HealthInput, accountHealth, checkHealthInput } from "../health";
import { healthReason } from "../health-reasons";
import { Lang } from "../language";
import { creditStatusOf, philosophyOf } from "./grade-formulas";
import { OutCell, OutGrid, broadcast, cellResult, optionalNumber } from "./grid";

type Arg = Cell | Grid | undefined;

const NAMES = ["sales", "prior_sales", "credit", "overdue_tasks", "stage_gap", "philosophy"];

/**
 * The health rule over Excel-shaped arguments: one result per cell of the largest range, companions
 * of the same size or a single cell (as KAM.LIMIT). A row with nothing assessed is blank.
 */
function healthEach(args: Arg[], criteriaArg: Arg, present: (h: Health) => OutCell): OutGrid {
  const criteria: Criteria = parseCriteria(criteriaArg ?? undefined);
  const { rows, cols, readers } = broadcast(args.map((arg, i) => ({ arg, what: NAMES[i] })));
  const out: OutGrid = [];
  for (let row = 0; row < rows; row++) {
    const line: OutCell[] = [];
    for (let col = 0; col < cols; col++)
      line.push(
        cellResult(() => {
          const [sales, prior, credit, overdue, gap, philosophy] = readers.map((r) => r(row, col));
          const input: HealthInput = {
            sales: optionalNumber(sales, "sales"),
            priorSales: optionalNumber(prior, "prior_sales"),
            credit: creditStatusOf(credit),
            overdueTasks: optionalNumber(overdue, "overdue_tasks"),
            stageGap: optionalNumber(gap, "stage_gap"),
            philosophy: philosophyOf(philosophy),
          };
          checkHealthInput(input);
          const health = accountHealth(input, criteria);
          return health.score === undefined ? "" : present(health);
        })
      );
    out.push(line);
  }
  return out;
}

/** KAM.HEALTH: the account health score, 0–100. */
export function healthFormula(
  sales: Arg,
  prior?: Arg,
  credit?: Arg,
  overdue?: Arg,
  stageGap?: Arg,
  philosophy?: Arg,
  criteria?: Arg
): OutGrid {
  return healthEach([sales, prior, credit, overdue, stageGap, philosophy], criteria, (h) =>
    h.score === undefined ? "" : h.score
  );
}

/** KAM.HEALTHWHY: each component's contribution to the health, in `lang`. */
export function healthWhyFormula(
  lang: Lang,
  sales: Arg,
  prior?: Arg,
  credit?: Arg,
  overdue?: Arg,
  stageGap?: Arg,
  philosophy?: Arg,
  criteria?: Arg
): OutGrid {
  return healthEach([sales, prior, credit, overdue, stageGap, philosophy], criteria, (h) =>
    healthReason(h, lang)
  );
}
