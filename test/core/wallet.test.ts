import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { KamError } from "../../src/core/errors";
import { headroomFormula, walletFormula } from "../../src/core/formulas/wallet-formulas";
import {
  headroom,
  isDevelopmentAccount,
  potentialFromArea,
  shareOfWallet,
} from "../../src/core/wallet";

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as KamError).code;
  }
  return "no error";
};

describe("share of wallet and headroom", () => {
  test("share is sales over potential, headroom potential minus sales", () => {
    expect(shareOfWallet(76800, 560000)).toBeCloseTo(0.13714, 5);
    expect(headroom(76800, 560000)).toBe(483200);
  });

  test("sales above the potential are kept: share over 100%, headroom negative", () => {
    expect(shareOfWallet(120, 100)).toBeCloseTo(1.2, 12);
    expect(headroom(120, 100)).toBe(-20);
  });

  test("a potential of 0 has no share; a negative potential is an error", () => {
    expect(code(() => shareOfWallet(10, 0))).toBe("div0");
    expect(headroom(10, 0)).toBe(-10);
    expect(code(() => shareOfWallet(10, -1))).toBe("num");
    expect(code(() => headroom(10, -1))).toBe("num");
  });

  test("potential from an area needs an area and a positive spend per unit", () => {
    expect(potentialFromArea(120, 50)).toBe(6000);
    expect(potentialFromArea(undefined, 50)).toBeUndefined();
    expect(potentialFromArea(120, 0)).toBeUndefined();
  });

  test("development accounts: large headroom, not key accounts, off at 0", () => {
    expect(isDevelopmentAccount(false, 300, 250)).toBe(true);
    expect(isDevelopmentAccount(false, 250, 250)).toBe(true);
    expect(isDevelopmentAccount(false, 249, 250)).toBe(false);
    expect(isDevelopmentAccount(true, 300, 250)).toBe(false);
    expect(isDevelopmentAccount(false, 300, 0)).toBe(false);
    expect(isDevelopmentAccount(false, undefined, 250)).toBe(false);
  });
});

describe("KAM.WALLET and KAM.HEADROOM as the engine sees them", () => {
  test("ranges spill cell by cell; blank on either side is blank; text is #VALUE! in its cell", () => {
    const sales = [[100], [null], [50], ["x"], [30]];
    const potential = [[400], [200], [null], [100], [0]];
    const wallet = walletFormula(sales, potential);
    expect(wallet.slice(0, 3)).toEqual([[0.25], [""], [""]]);
    expect((wallet[3][0] as KamError).code).toBe("value");
    expect((wallet[4][0] as KamError).code).toBe("div0");
    const room = headroomFormula(sales, potential);
    expect(room[0]).toEqual([300]);
    expect(room[4]).toEqual([-30]);
  });

  test("one potential applies to every row; ranges of different sizes are #VALUE!", () => {
    expect(headroomFormula([[1], [2]], 10)).toEqual([[9], [8]]);
    expect(code(() => walletFormula([[1], [2]], [[1], [2], [3]]))).toBe("value");
  });
});

describe("potential in the analysis", () => {
  const rows = [
    { sheetRow: 2, account: "A", sales: 300, area: 10 },
    { sheetRow: 3, account: "B", sales: 100, area: 40, potential: 500 },
    { sheetRow: 4, account: "A", sales: 100, potential: 200 },
  ];

  test("a potential column wins over area × spend_per_area; two rows of one account add up", () => {
    const analysis = analyseCustomers(rows, { ...DEFAULT_CRITERIA, spendPerArea: 50 }, "en");
    const wallet = Object.fromEntries(analysis.accounts.map((a) => [a.account, a.wallet]));
    // A: 10 × 50 = 500 from its area on one row, plus 200 given on the other.
    expect(wallet.A).toMatchObject({ potential: 700, headroom: 300, shareOfWallet: 400 / 700 });
    expect(wallet.B).toMatchObject({ potential: 500, headroom: 400, shareOfWallet: 0.2 });
    expect(analysis.hasPotential).toBe(true);
  });

  test("without spend_per_area an area alone gives no potential", () => {
    const analysis = analyseCustomers([rows[0]], DEFAULT_CRITERIA, "en");
    expect(analysis.accounts[0].wallet).toBeUndefined();
    expect(analysis.hasPotential).toBe(false);
  });
});
