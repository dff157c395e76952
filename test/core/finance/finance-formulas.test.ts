import { KamError } from "../../../src/core/errors";
import { thrownCode } from "../oracle";
import { creditFormula, creditWhyFormula } from "../../../src/core/formulas/credit-formulas";
import {
  agingFormula,
  limitFormula,
  limitWhyFormula,
} from "../../../src/core/formulas/finance-formulas";

const code = (cell: unknown) =>
  cell instanceof KamError ? cell.code : `not an error: ${String(cell)}`;

describe("KAM.AGING", () => {
  test("one status per row; a blank row stays blank", () => {
    const rows = [
      [900, 0, 0, 100, 0],
      [null, null, null, null, null],
      [899, 0, 0, 101, 0],
      [899, 0, 0, 0, 101],
    ];
    expect(agingFormula(rows)).toEqual([["OK"], [""], ["WATCH"], ["FAIL"]]);
  });

  test("bucket_days for other buckets; a count other than 5 needs them", () => {
    const rows = [[100, 0, 1]];
    expect(thrownCode(() => agingFormula(rows))).toBe("value");
    expect(agingFormula(rows, [[0, 90, 181]])).toEqual([["FAIL"]]);
    expect(agingFormula([[100, 0, 0]], [[0], [90], [181]])).toEqual([["OK"]]);
    expect(thrownCode(() => agingFormula(rows, [[0, 90]]))).toBe("value");
  });

  test("text is #VALUE! for its row; a negative amount is #NUM!; criteria change the shares", () => {
    const out = agingFormula(
      [
        [1, "x", 0, 0, 0],
        [1, -1, 0, 0, 0],
        [80, 0, 0, 20, 0],
      ],
      null,
      [["aging_watch_share", 0.25]]
    );
    expect(out.map((r) => code(r[0]))).toEqual(["value", "num", "not an error: OK"]);
  });
});

describe("KAM.CREDIT with aging", () => {
  test("the combined status is the worst; the reason names every rule", () => {
    expect(
      creditFormula([[1000], [1000]], [[850], [100]], null, null, null, [
        [850, 0, 0, 0, 0],
        [50, 0, 0, 0, 50],
      ])
    ).toEqual([["WATCH"], ["FAIL"]]);
    expect(creditWhyFormula("en", 1000, 850, null, null, null, [[765, 0, 0, 85, 0]])).toEqual([
      ["utilisation 85% > 80%"],
    ]);
    expect(
      creditWhyFormula("zh-CN", 1000, 100, null, null, null, [[50, 0, 0, 0, 50]])[0][0]
    ).toContain("账龄超过 90 天的金额占 50% > 10%");
  });

  test("aging rows must match the accounts", () => {
    expect(
      thrownCode(() =>
        creditFormula([[1], [2]], [[1], [2]], null, null, null, [
          [1, 0, 0, 0, 0],
          [1, 0, 0, 0, 0],
          [1, 0, 0, 0, 0],
        ])
      )
    ).toBe("value");
  });

  test("without aging, CREDIT is unchanged", () => {
    expect(creditFormula(1000, 1040, 0, 45)).toEqual([["FAIL"]]);
  });
});

describe("KAM.LIMIT and KAM.LIMITWHY", () => {
  test("spill over a column; blank sales give blank", () => {
    expect(limitFormula([[1_200_000], [null], [600_000]], 60, [[4], [3], [2]])).toEqual([
      [240_000],
      [""],
      [100_000],
    ]);
  });

  test("the action is in the display language", () => {
    expect(limitWhyFormula("zh-CN", 1_200_000, 30, null, "WATCH", 150_000)[0][0]).toMatch(
      /^调减：/
    );
    expect(limitWhyFormula("en", 1_200_000, 30, null, "OK", 100_000)[0][0]).toMatch(/^keep: /);
  });

  test("bad stars or credit are #VALUE!, negative terms #NUM!", () => {
    expect(code(limitFormula(1, null, 5)[0][0])).toBe("value");
    expect(code(limitFormula(1, null, null, "GOOD")[0][0])).toBe("value");
    expect(code(limitFormula(1, -30)[0][0])).toBe("num");
  });
});
