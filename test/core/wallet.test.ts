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
