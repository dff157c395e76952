import { asGrid, isBlank, isNumberCell, numbersIn, scalarNumber, scalarText } from "../../src/core/cells";
import { topShareFormula, paretoFormula } from "../../src/core/formulas/concentration-formulas";
import { thrownCode } from "./oracle";

describe("reading a range the way SUM does", () => {
  test.each([
    [[[1, 2], [3, 4]], [1, 2, 3, 4]],
    [[[1, null], ["", 4]], [1, 4]],
    [[["7", 2]], [2]],
    [[[true, false, 5]], [5]],
    [[[{ type: "Error" }, 5]], [5]],
    [[[undefined, -3, 0]], [-3, 0]],
    [[[NaN, Infinity, -Infinity, 2]], [2]],
    [5, [5]],
    ["5", []],
    [null, []],
    [[], []],
  ] as [unknown, number[]][])("%p → %p", (range, expected) => {
    expect(Array.from(numbersIn(range as never))).toEqual(expected);
  });

  test.each([
    [null, true],
    [undefined, true],
    ["", true],
    [" ", false],
    [0, false],
    [false, false],
  ])("isBlank(%p) = %p", (cell, expected) => expect(isBlank(cell)).toBe(expected));

  test.each([
    [0, true],
    [-1.5, true],
    ["1", false],
    [true, false],
    [null, false],
    [NaN, false],
    [Infinity, false],
  ])("isNumberCell(%p) = %p", (cell, expected) => expect(isNumberCell(cell)).toBe(expected));

  test("asGrid shapes a bare value, a row list and an empty range", () => {
    expect(asGrid(3)).toEqual([[3]]);
    expect(asGrid([])).toEqual([[null]]);
    expect(asGrid([[1, 2]])).toEqual([[1, 2]]);
  });
});

describe("one number given directly", () => {
  test.each([
    [0.5, 0.5],
    [[[0.5]], 0.5],
    [null, 9],
    ["", 9],
    [[[null]], 9],
  ] as [unknown, number][])("%p → %p (default 9)", (arg, expected) => {
    expect(scalarNumber(arg as never, "x", 9)).toBe(expected);
  });

  test.each([
    ["abc", "value"],
    ["seventy", "value"],
    [true, "value"],
    [false, "value"],
    [[[1, 2]], "value"],
    [[[1], [2]], "value"],
    [null, "value"], // required, no default
  ] as [unknown, string][])("%p → %s", (arg, code) => {
    expect(thrownCode(() => scalarNumber(arg as never, "x"))).toBe(code);
  });

  test("text is read as a name: blank gives the default, a number is an error", () => {
    expect(scalarText(null, "rule", "cover")).toBe("cover");
    expect(scalarText(" within ", "rule", "cover")).toBe("within");
    expect(thrownCode(() => scalarText(3, "rule", "cover"))).toBe("value");
    expect(thrownCode(() => scalarText(true, "rule", "cover"))).toBe("value");
  });

  test.each([
    ["text n", () => topShareFormula([[1], [2]] as never, "two")],
    ["boolean n", () => topShareFormula([[1], [2]] as never, true)],
    ["range n", () => topShareFormula([[1], [2]] as never, [[1, 2]] as never)],
    ["text cut-off", () => paretoFormula([[1], [2]] as never, "most")],
  ])("a formula given %s → value", (_label, f) => {
    expect(thrownCode(f)).toBe("value");
  });
});

describe("text given directly where one number is required", () => {
  test.each(["0.7", "70%", "abc", " 1 "])("%p is #VALUE!, even when it looks like a number", (text) => {
    expect(() => scalarNumber(text, "a_cutoff", 0.7)).toThrow(expect.objectContaining({ code: "value" }));
  });
});
