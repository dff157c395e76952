import { parseNumberText, readNumberCell } from "../../../src/core/table/numeric-text";

describe("numeric text is read as a number", () => {
  test.each<[string, number]>([
    ["1200", 1200],
    ["1,200", 1200],
    ["1200.5", 1200.5],
    ["1,234,567.89", 1234567.89],
    [" 12 ", 12],
    [".5", 0.5],
    ["¥1,200", 1200],
    ["￥1,200", 1200],
    ["$ 1,200.50", 1200.5],
    ["1,200元", 1200],
    ["USD 1200", 1200],
    ["RMB1,200", 1200],
    ["-1,200", -1200],
    ["-¥1,200", -1200],
    ["¥-1,200", -1200],
    ["+15", 15],
    ["(1,200)", -1200],
    ["¥(1,200)", -1200],
    ["１２００", 1200],
    ["１，２００．５", 1200.5],
    ["1 200", 1200],
    ["1e3", 1000],
    ["0", 0],
  ])("%s → %d", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  test.each(["n/a", "about 500", "#N/A", "1.2.3", "12,00", "1,2345", "-", "¥", "", "500 units", "1.2万", "12%", "--5", "(-5)", "-(5)"])(
    "%s is not a number",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    }
  );
});

describe("readNumberCell", () => {
  test.each([
    [null, { kind: "blank" }],
    ["", { kind: "blank" }],
    ["   ", { kind: "blank" }],
    [42, { kind: "number", value: 42 }],
    [-3.5, { kind: "number", value: -3.5 }],
    ["1,200", { kind: "number", value: 1200 }],
    ["n/a", { kind: "text", text: "n/a" }],
    [true, { kind: "text", text: "TRUE" }],
    [false, { kind: "text", text: "FALSE" }],
    [Number.NaN, { kind: "text", text: "NaN" }],
  ])("%p → %p", (cell, expected) => {
    expect(readNumberCell(cell)).toEqual(expected);
  });
});
