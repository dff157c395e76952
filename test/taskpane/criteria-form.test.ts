import { CRITERIA_SPECS, DEFAULT_CRITERIA, parseCriteria } from "../../src/core/criteria";
import {
  CRITERIA_GROUPS,
  type CriteriaForm,
  DEFAULT_FORM,
  checkForm,
  formFromCriteria,
  parseNumber,
} from "../../src/taskpane/criteria-form";

const withValues = (values: Partial<CriteriaForm["values"]>): CriteriaForm => ({
  ...DEFAULT_FORM,
  values: { ...DEFAULT_FORM.values, ...values },
});

describe("criteria form", () => {
  it("shows the defaults as the user reads them, and gives them back unchanged", () => {
    expect(DEFAULT_FORM.values.aCutoff).toBe("70");
    expect(DEFAULT_FORM.values.creditFailUtilisation).toBe("100");
    expect(DEFAULT_FORM.values.creditWatchOverdueRatio).toBe("10");
    expect(DEFAULT_FORM.values.creditFailDays).toBe("90");
    expect(checkForm(DEFAULT_FORM)).toEqual({ problems: {}, criteria: DEFAULT_CRITERIA });
  });

  it("has a field for every numeric criterion of the engine, once", () => {
    const keys = CRITERIA_GROUPS.flatMap((g) => g.fields.map((f) => f.key)).sort();
    // Only the word criteria are not typed: they are choices.
    const choices = ["abcRule", "keyRequiresCredit"];
    expect(DEFAULT_FORM).toMatchObject({ abcRule: "cover", keyRequiresCredit: "any" });
    const engine = Object.keys(DEFAULT_CRITERIA)
      .filter((k) => !choices.includes(k))
      .sort();
    expect(keys).toEqual(engine);
  });

  it("round-trips criteria read from a workbook", () => {
    const criteria = parseCriteria([
      ["a_cutoff", 0.55],
      ["b_cutoff", 0.85],
      ["abc_rule", "within"],
      ["credit_watch_days", 45],
      ["period_days", 90],
      ["key_requires_credit", "ok"],
      ["health_weight_credit", 0.4],
      ["portfolio_weight_tenure", 0.25],
      ["portfolio_cut", 60],
      ["spend_per_area", 12],
    ]);
    const form = formFromCriteria(criteria);
    // Shown as the user reads them: a percent criterion as 40, a plain one as it is.
    expect(form.values).toMatchObject({ healthWeightCredit: "40", portfolioCut: "60" });
    expect(checkForm(formFromCriteria(criteria)).criteria).toEqual(criteria);
  });

  it.each([
    [{ aCutoff: "90" }, "aCutoff", "aBelowB"],
    [{ aCutoff: "" }, "aCutoff", "number"],
    [{ bCutoff: "101" }, "bCutoff", "aboveUpTo"],
    [{ periodDays: "0" }, "periodDays", "above"],
    [{ limitHeadroom4: "-5" }, "limitHeadroom4", "atLeast"],
    [{ portfolioCut: "101" }, "portfolioCut", "range"],
    [{ weightTenure: "-0.1" }, "weightTenure", "atLeast"],
    [{ healthGrowthSpan: "0" }, "healthGrowthSpan", "above"],
    [{ targetGrowth: "-100" }, "targetGrowth", "above"],
    [{ creditWatchUtilisation: "120" }, "creditWatchUtilisation", "watchNotAboveFail"],
    [{ creditWatchDays: "100" }, "creditWatchDays", "watchNotAboveFail"],
    [{ creditWatchOverdueRatio: "40" }, "creditWatchOverdueRatio", "watchNotAboveFail"],
    [{ philosophyFair: "4.5" }, "philosophyFair", "fairNotAboveGood"],
    [{ philosophyGood: "6" }, "philosophyGood", "range"],
    [{ keyMinStars: "2.5" }, "keyMinStars", "wholeStars"],
    [{ keyMinStars: "0" }, "keyMinStars", "range"],
  ] as const)("rejects %j", (values, key, problem) => {
    const check = checkForm(withValues(values));
    expect(check.criteria).toBeUndefined();
    expect(check.problems).toEqual({ [key]: problem });
  });

  it("accepts what the engine accepts: equal WATCH and FAIL, a trailing % sign", () => {
    const check = checkForm(
      withValues({ creditWatchDays: "90", aCutoff: "80 %", philosophyFair: "4" })
    );
    expect(check.problems).toEqual({});
    expect(check.criteria).toMatchObject({ creditWatchDays: 90, aCutoff: 0.8, philosophyFair: 4 });
    // The engine's own checks agree: the criteria table the pane saves is one the functions accept.
    const table = CRITERIA_SPECS.map((spec) => [spec.name, check.criteria![spec.key]]);
    expect(parseCriteria(table)).toEqual(check.criteria);
  });

  it("reads numbers strictly", () => {
    expect(parseNumber(" 75 ")).toBe(75);
    expect(parseNumber("75%")).toBe(75);
    expect(parseNumber("7o")).toBeUndefined();
    expect(parseNumber("")).toBeUndefined();
  });
});
