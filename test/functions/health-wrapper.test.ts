/** KAM.HEALTH and KAM.HEALTHWHY as Excel calls them: spilled over ranges, errors per cell, language from Office. */
import { StubExcelError, installCustomFunctionsStub } from "../support/custom-functions-stub";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { accountHealth } from "../../src/core/health";

installCustomFunctionsStub();
const kam =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const globals = globalThis as unknown as { Office?: unknown };
afterEach(() => delete globals.Office);

test("spills one health per row, a bad row an error of its own", () => {
  const out = kam.health(
    [[120], [100], [90]],
    [[100]],
    [["OK"], ["WATCH"], ["MAYBE"]],
    [[0]],
    [[1]],
    [[5]]
  );
  expect(out).toHaveLength(3);
  const want = (sales: number, credit: "OK" | "WATCH") =>
    accountHealth(
      { sales, priorSales: 100, credit, overdueTasks: 0, stageGap: 1, philosophy: 5 },
      DEFAULT_CRITERIA
    ).score;
  expect(out[0][0]).toBeCloseTo(want(120, "OK") as number, 9);
  expect(out[1][0]).toBeCloseTo(want(100, "WATCH") as number, 9);
  expect(out[2][0]).toBeInstanceOf(StubExcelError);
  expect((out[2][0] as StubExcelError).code).toBe("#VALUE!");
});

test("companions of another size are #VALUE!, a criteria range with a misspelt weight too", () => {
  const thrown = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return error as StubExcelError;
    }
    throw new Error("no error");
  };
  const sizes = thrown(() => kam.health([[1], [2], [3]], [[1], [2]]));
  expect([sizes.code, sizes.message]).toEqual(["#VALUE!", expect.stringContaining("prior_sales")]);
  const crit = thrown(() =>
    kam.health([[1]], [[1]], undefined, undefined, undefined, undefined, [
      ["health_weight_grwth", 1],
    ])
  );
  expect([crit.code, crit.message]).toEqual([
    "#VALUE!",
    expect.stringContaining("health_weight_growth"),
  ]);
});

test("HEALTHWHY speaks Office's language", () => {
  globals.Office = { context: { displayLanguage: "zh-CN" } };
  expect(kam.healthwhy([[100]], [[100]], [["FAIL"]])[0][0]).toBe(
    "销售增长 0% → 50 分 × 54.5% = 27.3；信用高风险 → 0 分 × 45.5% = 0；未评估：逾期任务、关系阶段、经营理念"
  );
  delete globals.Office;
  expect(kam.healthwhy([[100]], [[100]], [["FAIL"]])[0][0]).toContain(
    "credit FAIL → 0 × 45.5% = 0"
  );
});
