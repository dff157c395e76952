/** The dropdown rule both writers follow (src/core/sheets/dropdown-list.ts). */
import {
  TYPED_LIST_LIMIT,
  dropdownOfListRule,
  dropdownSource,
  listRuleSource,
} from "../../../src/core/sheets/dropdown-list";

describe("dropdownSource", () => {
  it("takes a range's cells when the spec names one", () => {
    expect(dropdownSource({ ref: "B2:B9", list: [], source: "KAM_Team_People" })).toEqual({
      range: "KAM_Team_People",
    });
  });

  it("types a list, its items joined by commas", () => {
    expect(dropdownSource({ ref: "B2", list: ["cover", "within"] })).toEqual({
      typed: "cover,within",
    });
  });

  it("leaves out a list that cannot be typed: an item with a comma", () => {
    expect(dropdownSource({ ref: "B2", list: ["a", "b,c"] })).toBeUndefined();
  });

  it("types a list up to Excel's limit, and leaves out a longer one", () => {
    const item = "x".repeat(9);
    // n items of 9 characters and n − 1 commas: 10n − 1 characters.
    const fits = Math.floor((TYPED_LIST_LIMIT + 1) / 10);
    const list = (n: number) => Array.from({ length: n }, () => item);
    expect(dropdownSource({ ref: "B2", list: list(fits) })).toEqual({
      typed: list(fits).join(","),
    });
    expect(dropdownSource({ ref: "B2", list: list(fits + 1) })).toBeUndefined();
  });
});

describe("a list rule's source, there and back", () => {
  test.each([
    [{ ref: "C4:C20", list: [], source: "KAM_Team_People" }],
    [{ ref: "D4", list: ["OK", "WATCH", "FAIL"] }],
  ])("%p", (spec) => {
    const source = listRuleSource(dropdownSource(spec)!);
    expect(dropdownOfListRule(spec.ref, source)).toEqual(spec);
  });
});
