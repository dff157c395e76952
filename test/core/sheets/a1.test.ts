import {
  address,
  columnIndex,
  columnLetter,
  parseAddress,
  parseRange,
  quoteSheetName,
  rangeAddress,
  sheetReference,
} from "../../../src/core/sheets/a1";

describe("column letters", () => {
  test.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s, and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  test.each([-1, 1.5, 16384, NaN])("column %p is refused", (index) => {
    expect(() => columnLetter(index)).toThrow(RangeError);
  });

  test.each(["", "A1", "XFE", "ABCD"])("%p is not a column", (letters) => {
    expect(() => columnIndex(letters)).toThrow(RangeError);
  });

  test("every column round-trips", () => {
    const wrong = Array.from({ length: 16384 }, (_, i) => i).filter(
      (i) => columnIndex(columnLetter(i)) !== i
    );
    expect(wrong).toEqual([]);
  });
});

describe("addresses and ranges", () => {
  test.each([
    [0, 0, "A1", "$A$1"],
    [2, 1, "B3", "$B$3"],
    [99999, 27, "AB100000", "$AB$100000"],
    [1048575, 16383, "XFD1048576", "$XFD$1048576"],
  ])("(%i, %i) is %s", (row, col, relative, absolute) => {
    expect(address(row, col)).toBe(relative);
    expect(address(row, col, { absolute: true })).toBe(absolute);
    expect(parseAddress(relative)).toEqual({ row, col });
    expect(parseAddress(absolute)).toEqual({ row, col });
  });

  test("a row past the last is refused", () => {
    expect(() => address(1048576, 0)).toThrow(RangeError);
  });

  test.each([
    [[0, 0, 9, 2], "A1:C10", "$A$1:$C$10"],
    [[4, 1, 4, 1], "B5", "$B$5"],
    [[12, 2, 100011, 2], "C13:C100012", "$C$13:$C$100012"],
  ] as [[number, number, number, number], string, string][])(
    "%p is %s",
    (corners, relative, absolute) => {
      expect(rangeAddress(...corners)).toBe(relative);
      expect(rangeAddress(...corners, { absolute: true })).toBe(absolute);
      const [r0, c0, r1, c1] = corners;
      expect(parseRange(relative)).toEqual({
        start: { row: r0, col: c0 },
        end: { row: r1, col: c1 },
      });
    }
  );

  test("a range that ends before it starts is refused", () => {
    expect(() => rangeAddress(5, 0, 4, 0)).toThrow(RangeError);
  });

  test.each(["", "A", "1", "A1:B2:C3", "A0", "Sheet1!A1"])("%p is not an address", (text) => {
    expect(() => parseRange(text)).toThrow(RangeError);
  });
});

describe("sheet names in references", () => {
  test.each([
    ["Sheet1", "Sheet1!A1"],
    ["KAM_Tiers", "KAM_Tiers!A1"],
    ["KAM Tiers", "'KAM Tiers'!A1"],
    ["KAM Plan - Shop A", "'KAM Plan - Shop A'!A1"],
    ["Bob's shop", "'Bob''s shop'!A1"],
    ["'quoted'", "'''quoted'''!A1"],
    ["A1", "'A1'!A1"],
    ["XFD100", "'XFD100'!A1"],
    ["R1C1", "'R1C1'!A1"],
    ["rc", "'rc'!A1"],
    ["2024", "'2024'!A1"],
    ["客户", "'客户'!A1"],
    ["KAM 评级标准", "'KAM 评级标准'!A1"],
  ])("%p → %s", (name, reference) => {
    expect(sheetReference(name, "A1")).toBe(reference);
  });

  test("quoting alone", () => {
    expect(quoteSheetName("KAM Tiers")).toBe("'KAM Tiers'");
    expect(quoteSheetName("Data")).toBe("Data");
  });
});
