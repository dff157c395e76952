import { CRITERIA_SPECS, DEFAULT_CRITERIA, parseCriteria, parseAbcRule, checkCutoffs } from "../../src/core/criteria";
import { thrownCode } from "./oracle";

// The defaults the issue states, written out independently of CRITERIA_SPECS.
const ISSUE_DEFAULTS: Record<string, number | string> = {
  a_cutoff: 0.7,
  b_cutoff: 0.9,
  abc_rule: "cover",
  credit_fail_utilisation: 1,
  credit_watch_utilisation: 0.8,
  credit_fail_days: 90,
  credit_watch_days: 30,
  credit_fail_overdue_ratio: 0.3,
  credit_watch_overdue_ratio: 0.1,
  philosophy_good: 4,
  philosophy_fair: 3,
  key_min_stars: 3,
};

describe("criteria defaults", () => {
  test.each(Object.entries(ISSUE_DEFAULTS))("%s defaults to %p", (name, value) => {
    const spec = CRITERIA_SPECS.find((s) => s.name === name);
    expect(spec).toBeDefined();
    expect(spec!.defaultValue).toBe(value);
    expect(DEFAULT_CRITERIA[spec!.key]).toBe(value);
  });

  test.each([[undefined], [null], [""], [[[null]]], [[[""]]]])("no criteria (%p) gives the defaults", (arg) => {
    expect(parseCriteria(arg as never)).toEqual(DEFAULT_CRITERIA);
  });
});

describe("parsing a name/value range", () => {
  test.each(CRITERIA_SPECS.filter((s) => s.format !== "text").map((s) => [s.name, s.key]))("%s is read into %s", (name, key) => {
    // a value that keeps every ordering rule satisfied for that one criterion
    const value = ({ a_cutoff: 0.6, b_cutoff: 0.95, key_min_stars: 2, philosophy_good: 5, philosophy_fair: 2 } as Record<string, number>)[name] ??
      (name.endsWith("_days") ? (name.includes("fail") ? 120 : 40) : name.includes("fail") ? 1.5 : 0.05);
    const parsed = parseCriteria([[name, value]] as never);
    expect(parsed[key as keyof typeof parsed]).toBe(value);
  });

  test("names are trimmed and case-insensitive; unnamed settings keep their defaults", () => {
    const parsed = parseCriteria([["  A_Cutoff ", 0.6], ["ABC_RULE", " Within "]] as never);
    expect(parsed.aCutoff).toBe(0.6);
    expect(parsed.abcRule).toBe("within");
    expect(parsed.bCutoff).toBe(0.9);
  });

  test.each([
    [[["criterion", "value"], ["a_cutoff", 0.6]]],
    [[["Name", "Value", "Description"], ["a_cutoff", 0.6, "share for A"]]],
    [[[null, null], ["a_cutoff", 0.6], [null, null], ["", ""]]],
    [[["a_cutoff", 0.6], ["b_cutoff", null]]],
  ])("header row, extra columns and blank rows are skipped: %p", (range) => {
    const parsed = parseCriteria(range as never);
    expect(parsed.aCutoff).toBe(0.6);
    expect(parsed.bCutoff).toBe(0.9);
  });

  test("the last of a repeated name wins", () => {
    expect(parseCriteria([["a_cutoff", 0.5], ["a_cutoff", 0.6]] as never).aCutoff).toBe(0.6);
  });
});

describe("criteria errors", () => {
  test.each([
    ["unknown name", [["a_cutoff", 0.6], ["c_cutoff", 0.95]], "value"],
    ["unknown name in the first row with a number", [["cutoff", 0.6]], "value"],
    ["a second header-like row", [["criterion", "value"], ["setting", "x"]], "value"],
    ["a number as a name", [["a_cutoff", 0.6], [3, 0.5]], "value"],
    ["text where a number belongs", [["a_cutoff", "high"]], "value"],
    ["boolean where a number belongs", [["credit_fail_days", true]], "value"],
    ["unknown rule", [["abc_rule", "pareto"]], "value"],
    ["rule given as a number", [["abc_rule", 1]], "value"],
    ["a single column", [["a_cutoff"], [0.6]], "value"],
    ["a single text cell", "a_cutoff", "value"],
    ["a ≥ b", [["a_cutoff", 0.9]], "num"],
    ["a = 0", [["a_cutoff", 0]], "num"],
    ["b > 1", [["b_cutoff", 1.1]], "num"],
    ["watch utilisation above fail", [["credit_watch_utilisation", 1.2]], "num"],
    ["watch utilisation 0", [["credit_watch_utilisation", 0]], "num"],
    ["watch days above fail", [["credit_watch_days", 100]], "num"],
    ["negative watch days", [["credit_watch_days", -1]], "num"],
    ["watch ratio above fail", [["credit_watch_overdue_ratio", 0.5]], "num"],
    ["fair above good", [["philosophy_fair", 4.5]], "num"],
    ["good above 5", [["philosophy_good", 6]], "num"],
    ["fair below 1", [["philosophy_fair", 0.5]], "num"],
    ["key_min_stars 0", [["key_min_stars", 0]], "num"],
    ["key_min_stars 5", [["key_min_stars", 5]], "num"],
    ["key_min_stars 2.5", [["key_min_stars", 2.5]], "num"],
  ] as [string, unknown, string][])("%s → %s", (_l, range, code) => {
    expect(thrownCode(() => parseCriteria(range as never))).toBe(code);
  });

  test.each([
    [0.7, 0.9, "no error"],
    [0.5, 1, "no error"],
    [0.9, 0.9, "num"],
    [0, 0.5, "num"],
    [-0.1, 0.5, "num"],
    [0.5, 1.0001, "num"],
    [0.95, 0.9, "num"],
  ])("cut-offs %p, %p → %s", (a, b, code) => {
    expect(thrownCode(() => checkCutoffs(a, b))).toBe(code);
  });

  test.each([
    ["cover", "cover"],
    ["WITHIN", "within"],
    [" within ", "within"],
  ])("rule %p reads as %p", (text, rule) => expect(parseAbcRule(text)).toBe(rule));

  test.each([["covers"], [""], ["A"]])("rule %p → value", (text) => {
    expect(thrownCode(() => parseAbcRule(text))).toBe("value");
  });
});
