import { Cell, Grid } from "../cells";
import { parseCriteria } from "../criteria";
import { quadrantOf } from "../portfolio/quadrant";
import { OutGrid, broadcast, cellResult, optionalNumber } from "./grid";

type Arg = Cell | Grid | undefined;

/**
 * KAM.PORTFOLIO: the quadrant of each pair of scores (one cell, or ranges of one size), high from
 * the criteria's portfolio_cut (50). A blank on either side is a blank result (not assessed), text
 * is #VALUE! and a score outside 0–100 #NUM! in its own cell.
 */
export function portfolioFormula(attractiveness: Arg, strength: Arg, criteriaArg?: Arg): OutGrid {
  const { portfolioCut } = parseCriteria(criteriaArg ?? undefined);
  const { rows, cols, readers } = broadcast([
    { arg: attractiveness, what: "attractiveness" },
    { arg: strength, what: "strength" },
  ]);
  const [readAttractiveness, readStrength] = readers;
  const out: OutGrid = [];
  for (let row = 0; row < rows; row++) {
    const line = [];
    for (let col = 0; col < cols; col++)
      line.push(
        cellResult(() => {
          const a = optionalNumber(readAttractiveness(row, col), "attractiveness");
          const s = optionalNumber(readStrength(row, col), "strength");
          return a === undefined || s === undefined ? "" : quadrantOf(a, s, portfolioCut);
        })
      );
    out.push(line);
  }
  return out;
}
