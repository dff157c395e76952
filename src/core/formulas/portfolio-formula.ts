import { Cell, Grid } from "../cells";
import { parseCriteria } from "../criteria";
import { quadrantOf } from "../portfolio/quadrant";
import { OutGrid, eachNumberPair } from "./grid";

type Arg = Cell | Grid | undefined;

/**
 * KAM.PORTFOLIO: the quadrant of each pair of scores (one cell, or ranges of one size), high from
 * the criteria's portfolio_cut (50). A blank on either side is a blank result (not assessed), text
 * is #VALUE! and a score outside 0–100 #NUM! in its own cell.
 */
export function portfolioFormula(attractiveness: Arg, strength: Arg, criteriaArg?: Arg): OutGrid {
  const { portfolioCut } = parseCriteria(criteriaArg ?? undefined);
  return eachNumberPair(
    { arg: attractiveness, what: "attractiveness" },
    { arg: strength, what: "strength" },
    (a, s) => quadrantOf(a, s, portfolioCut)
  );
}
