import { daysSalesOutstanding } from "../../src/core/dso";
import { dsoFormula } from "../../src/core/formulas/credit-formulas";
import { KamError } from "../../src/core/errors";
import { thrownCode } from "./oracle";

const cellCode = (cell: unknown) => (cell instanceof KamError ? cell.code : `not an error: ${String(cell)}`);

describe("DSO = receivables / credit sales × days", () => {
  test.each([
    [100, 365, undefined, 100],
    [50, 100, 365, 182.5],
    [30, 90, 90, 30],
    [0, 1000, 365, 0],
    [1000, 1000, 30, 30],
    [1.5, 4.5, 360, 120],
    [250000, 1000000, 365, 91.25],
  ] as [number, number, number | undefined, number][])("DSO(%p, %p, %p) = %p", (r, s, d, expected) => {
    expect(daysSalesOutstanding(r, s, d)).toBeCloseTo(expected, 9);
    expect(dsoFormula(r, s, d ?? null)[0][0]).toBeCloseTo(expected, 9);
  });

  test("days default to 365 when omitted or blank", () => {
    expect(dsoFormula(73, 365)).toEqual([[73]]);
    expect(dsoFormula(73, 365, null)).toEqual([[73]]);
    expect(dsoFormula(73, 365, [[null]] as never)).toEqual([[73]]);
  });

  test("credit sales of 0 → div0", () => {
    expect(thrownCode(() => daysSalesOutstanding(10, 0))).toBe("div0");
    expect(cellCode(dsoFormula(10, 0)[0][0])).toBe("div0");
    expect(cellCode(dsoFormula(0, 0)[0][0])).toBe("div0");
  });

  test.each([
    [-1, 100, 365],
    [10, -100, 365],
    [10, 100, 0],
    [10, 100, -30],
  ])("DSO(%p, %p, %p) is out of range → num", (r, s, d) => {
    expect(cellCode(dsoFormula(r, s, d)[0][0])).toBe("num");
  });

  test.each([
    ["text receivables", "a lot", 100, null],
    ["boolean credit sales", 10, true, null],
    ["text days", 10, 100, "month"],
  ])("%s → value in the cell", (_l, r, s, d) => {
    expect(cellCode(dsoFormula(r as never, s as never, d as never)[0][0])).toBe("value");
  });

  test("a blank receivable or credit-sales cell gives a blank result", () => {
    expect(dsoFormula(null, 100)).toEqual([[""]]);
    expect(dsoFormula(10, null)).toEqual([[""]]);
  });

  test("ranges are element-wise, with one days cell applying to every row", () => {
    const out = dsoFormula([[10], [20], [null], [5]] as never, [[100], [0], [50], [50]] as never, 360);
    expect(out[0][0]).toBeCloseTo(36, 9);
    expect(cellCode(out[1][0])).toBe("div0");
    expect(out[2][0]).toBe("");
    expect(out[3][0]).toBeCloseTo(36, 9);
  });

  test("mismatched ranges → value", () => {
    expect(thrownCode(() => dsoFormula([[1], [2]] as never, [[1, 2]] as never))).toBe("value");
  });

  test("a DSO too large for a double is #NUM!, never Infinity", () => {
    // 1 / 1e-320 × 365 ≈ 3.65e322, beyond the largest double
    const cell = dsoFormula(1, 1e-320)[0][0];
    expect(cellCode(cell)).toBe("num");
  });
});
