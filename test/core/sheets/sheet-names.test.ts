import { MAX_SHEET_NAME_LENGTH, validSheetName } from "../../../src/core/sheets/sheet-names";

const FORBIDDEN = /[:\\/?*[\]]/;

/** The rules Excel enforces, checked independently of how the name was made. */
function expectValid(name: string, taken: readonly string[]): void {
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  expect(name).not.toMatch(FORBIDDEN);
  expect(name.startsWith("'")).toBe(false);
  expect(name.endsWith("'")).toBe(false);
  expect(name.trim()).not.toBe("");
  expect(name.toLowerCase()).not.toBe("history");
  expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
}

describe("validSheetName", () => {
  const thirty = "x".repeat(30);
  const long = "KAM Plan - " + "Very Long Distributor Name Co., Ltd.";

  test.each<[string, string[], string]>([
    ["KAM Tiers", [], "KAM Tiers"],
    ["KAM Tiers", ["Sheet1"], "KAM Tiers"],
    ["KAM Tiers", ["KAM Tiers"], "KAM Tiers (2)"],
    ["KAM Tiers", ["kam tiers"], "KAM Tiers (2)"],
    ["KAM Tiers", ["KAM TIERS", "kam tiers (2)"], "KAM Tiers (3)"],
    ["Shop: A/B", [], "Shop A-B"],
    ["KAM Plan - Shop: A/B", [], "KAM Plan - Shop A-B"],
    ["a\\b", [], "a-b"],
    ["Who? Me*", [], "Who Me_"],
    ["[North] shop", [], "(North) shop"],
    ["'Quoted'", [], "Quoted"],
    ["''", [], "Sheet"],
    ["", [], "Sheet"],
    ["   ", [], "Sheet"],
    ["///", [], "---"],
    ["line\nbreak\ttab", [], "line break tab"],
    ["History", [], "History (2)"],
    ["HISTORY", [], "HISTORY (2)"],
    ["history", ["History (2)"], "history (3)"],
    ["Historyx", [], "Historyx"],
    [thirty + "yz", [], thirty + "y"],
    [thirty + "y", [thirty + "y"], "x".repeat(27) + " (2)"],
    [long, [], long.slice(0, 31)],
    [long, [long.slice(0, 31)], long.slice(0, 27) + " (2)"],
    [thirty + "'y", [], thirty],
    ["客户：张三/李四", [], "客户：张三-李四"],
    ["Sheet", ["Sheet", ...Array.from({ length: 8 }, (_, i) => `Sheet (${i + 2})`)], "Sheet (10)"],
  ])("%p with %p taken → %p", (wanted, taken, expected) => {
    const name = validSheetName(wanted, taken);
    expect(name).toBe(expected);
    expectValid(name, taken);
  });

  test("a long taken name keeps its numbered copies within 31 characters", () => {
    const taken: string[] = [];
    for (let i = 0; i < 120; i++) {
      const name = validSheetName("x".repeat(40), taken);
      expectValid(name, taken);
      taken.push(name);
    }
    expect(taken[0]).toBe("x".repeat(31));
    expect(taken[119]).toBe("x".repeat(31 - " (120)".length) + " (120)");
  });

  test("an emoji is never cut in half", () => {
    const name = validSheetName("x".repeat(30) + "😀", []);
    expect(name).toBe("x".repeat(30));
    expectValid(name, []);
  });

  test.each([
    "Shop: A/B",
    "a*b?c",
    "[x]",
    "'a'",
    "History",
    "KAM Plan - 某某农资经销部（城关镇）有限公司分店",
  ])("%p gives a valid name even when its cleaned form is taken", (wanted) => {
    const first = validSheetName(wanted, []);
    const second = validSheetName(wanted, [first]);
    expectValid(first, []);
    expectValid(second, [first]);
  });
});
