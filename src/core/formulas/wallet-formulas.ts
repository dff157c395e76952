import { Cell, Grid } from "../cells";
import { headroom, shareOfWallet } from "../wallet";
import { OutGrid, broadcast, cellResult, optionalNumber } from "./grid";

type Arg = Cell | Grid | undefined;

/**
 * Sales and potential cell by cell (each one cell or ranges of one size): a blank on either side is a
 * blank result (not assessed), text is #VALUE! in its own cell.
 */
function eachPair(sales: Arg, potential: Arg, compute: (s: number, p: number) => number): OutGrid {
  const { rows, cols, readers } = broadcast([
    { arg: sales, what: "sales" },
    { arg: potential, what: "potential" },
  ]);
  const [readSales, readPotential] = readers;
  const out: OutGrid = [];
  for (let row = 0; row < rows; row++) {
    const line = [];
    for (let col = 0; col < cols; col++)
      line.push(
        cellResult(() => {
          const s = optionalNumber(readSales(row, col), "sales");
          const p = optionalNumber(readPotential(row, col), "potential");
          return s === undefined || p === undefined ? "" : compute(s, p);
        })
      );
    out.push(line);
  }
  return out;
}

/** KAM.WALLET: our sales ÷ potential. */
export function walletFormula(sales: Arg, potential: Arg): OutGrid {
  return eachPair(sales, potential, shareOfWallet);
}

/** KAM.HEADROOM: potential − our sales. */
export function headroomFormula(sales: Arg, potential: Arg): OutGrid {
  return eachPair(sales, potential, headroom);
}
