import { Cell, Grid } from "../cells";
import { headroom, shareOfWallet } from "../wallet";
import { OutGrid, eachNumberPair } from "./grid";

type Arg = Cell | Grid | undefined;

/** KAM.WALLET: our sales ÷ potential, cell by cell; a blank on either side is a blank result. */
export function walletFormula(sales: Arg, potential: Arg): OutGrid {
  return eachNumberPair(
    { arg: sales, what: "sales" },
    { arg: potential, what: "potential" },
    shareOfWallet
  );
}

/** KAM.HEADROOM: potential − our sales, cell by cell; a blank on either side is a blank result. */
export function headroomFormula(sales: Arg, potential: Arg): OutGrid {
  return eachNumberPair(
    { arg: sales, what: "sales" },
    { arg: potential, what: "potential" },
    headroom
  );
}
