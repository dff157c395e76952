import { AbcClass, AbcCutoffs, classBounds, classWithin, classify } from "../abc";
import { Cell, Grid, asGrid, isNumberCell, numbersIn, scalarNumber, scalarText } from "../cells";
import { DEFAULT_CRITERIA, checkCutoffs, parseAbcRule } from "../criteria";
import { cumulativeShare, checkTotal, rank } from "../shares";
import { Population, QueriedPopulation, SortedPopulation } from "../standing";
import { OutGrid, cellCount, mapValueCells } from "./grid";

/**
 * The values and their population, ready to query. `population` defaults to `values`; T must be
 * positive, or every share is undefined and the whole formula says so once.
 */
export function prepare(
  values: Cell | Grid,
  population?: Cell | Grid
): { grid: Grid; population: Population } {
  const grid = asGrid(values);
  const source = population === undefined || population === null ? grid : population;
  const pop =
    cellCount(grid) <= PER_CELL_QUERIES
      ? new QueriedPopulation(source, queriesIn(grid))
      : new SortedPopulation(numbersIn(source));
  checkTotal(pop.total);
  return { grid, population: pop };
}

/**
 * Up to this many value cells, the population is read once for exactly those values (a per-cell
 * formula); beyond it, it is sorted once and every value found by bounds or binary search (a spill).
 */
const PER_CELL_QUERIES = 8;

/** The numbers among the value cells: what the formula will ask the population about. */
function queriesIn(grid: Grid): number[] {
  const queries: number[] = [];
  for (const row of grid) for (const cell of row) if (isNumberCell(cell)) queries.push(cell);
  return queries;
}

/** KAM.SHARE: each value / T. */
export function shareFormula(values: Cell | Grid, population?: Cell | Grid): OutGrid {
  const p = prepare(values, population);
  return mapValueCells(p.grid, (v) => v / p.population.total);
}

/** KAM.CUMSHARE: share of T held by the accounts with a value ≥ this one. */
export function cumulativeShareFormula(values: Cell | Grid, population?: Cell | Grid): OutGrid {
  const p = prepare(values, population);
  return mapValueCells(p.grid, (v) => cumulativeShare(p.population.standing(v), p.population));
}

/** KAM.RANK: 1 + the number of population values greater than this one. */
export function rankFormula(values: Cell | Grid, population?: Cell | Grid): OutGrid {
  const p = prepare(values, population);
  return mapValueCells(p.grid, (v) => rank(p.population.standing(v)));
}

/** KAM.ABC: the Pareto class of each value. Cut-offs and rule are checked before any row is read. */
export function abcFormula(
  values: Cell | Grid,
  population?: Cell | Grid,
  aCutoff?: Cell | Grid,
  bCutoff?: Cell | Grid,
  rule?: Cell | Grid
): OutGrid {
  // Left out, they are the criteria table's defaults, so =KAM.ABC(C5:C40) agrees with the pane.
  const cutoffs = {
    aCutoff: scalarNumber(aCutoff ?? null, "a_cutoff", DEFAULT_CRITERIA.aCutoff),
    bCutoff: scalarNumber(bCutoff ?? null, "b_cutoff", DEFAULT_CRITERIA.bCutoff),
    abcRule: parseAbcRule(scalarText(rule ?? null, "rule", DEFAULT_CRITERIA.abcRule)),
  };
  checkCutoffs(cutoffs.aCutoff, cutoffs.bCutoff);
  const p = prepare(values, population);
  return mapValueCells(p.grid, classifier(p.population, cutoffs), true);
}

/** The class of each value: by the class bounds when the population was sorted, by one scan otherwise. */
export function classifier(
  population: Population,
  cutoffs: AbcCutoffs
): (value: number) => AbcClass {
  if (population instanceof SortedPopulation) {
    const bounds = classBounds(population, cutoffs);
    return (v) => classWithin(v, bounds);
  }
  return (v) => classify(v, population.standing(v), population, cutoffs);
}
