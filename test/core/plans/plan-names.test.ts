import { excelSerial, isoDay, localIsoDay } from "../../../src/core/plans/plan-dates";
import { planNames, planNumber, planSheetNames } from "../../../src/core/plans/plan-names";

describe("plan sheet names", () => {
  test('"Plan - <account>", kept as it is when Excel accepts it', () => {
    expect(planSheetNames(["Shop A", "城关农资店"], [], "en")).toEqual([
      "Plan - Shop A",
      "Plan - 城关农资店",
    ]);
  });

  test("forbidden characters replaced, cut to 31, and names that end up the same made distinct", () => {
    const accounts = [
      "Shop: A/B [north]",
      "Shop A-B (north)",
      "shop a-b (NORTH)",
      "A very long account name that goes on and on, first",
      "A very long account name that goes on and on, second",
      "*?",
    ];
    const names = planSheetNames(accounts, ["Plan - Shop A-B (north) (3)"], "en");
    expect(names).toEqual([
      "Plan - Shop A-B (north)",
      "Plan - Shop A-B (north) (2)",
      "Plan - shop a-b (NORTH) (4)",
      "Plan - A very long account name",
      "Plan - A very long account (2)",
      "Plan - _",
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test('"计划-<account>" in Chinese, made valid for Excel the same way', () => {
    expect(
      planSheetNames(["城关丰收农资店", "农资: 东/西"], ["计划-城关丰收农资店"], "zh-CN")
    ).toEqual(["计划-城关丰收农资店 (2)", "计划-农资 东-西"]);
  });

  test("never a name an existing plan has, in any letter case", () => {
    expect(planSheetNames(["Shop A"], ["PLAN - SHOP A"], "en")).toEqual(["Plan - Shop A (2)"]);
  });
});

describe("plan markers and names", () => {
  test("all carry the plan's number", () => {
    expect(planNames(12)).toEqual({
      number: 12,
      marker: "KAM_Plan_12",
      profile: "KAM_Plan_12_Profile",
      note: "KAM_Plan_12_Note",
      progress: "KAM_Plan_12_Progress",
      tasks: "KAM_Plan_12_Tasks",
      stages: "KAM_Plan_12_Stages",
      model: "KAM_Plan_12_Model",
      evaluation: "KAM_Plan_12_Evaluation",
      health: "KAM_Plan_12_Health",
      person: "KAM_Plan_12_Person",
      start: "KAM_Plan_12_Start",
      workload: "KAM_Plan_12_Workload",
      team: "KAM_Plan_12_Team",
    });
    expect(() => planNames(0)).toThrow(RangeError);
  });

  test("a marker gives its number back; other names are not markers", () => {
    expect(
      ["KAM_Plan_3", "kam_plan_10", "KAM_Plans", "KAM_Plan_3_Profile", "KAM_Plan_x"].map(planNumber)
    ).toEqual([3, 10, undefined, undefined, undefined]);
  });
});

describe("dates", () => {
  test("are Excel serial days", () => {
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(excelSerial("2025-03-01")).toBe(45717);
    expect(isoDay(45717)).toBe("2025-03-01");
    expect(localIsoDay(new Date(2025, 0, 9, 23, 30))).toBe("2025-01-09");
    expect(() => excelSerial("2025-02-30")).toThrow(RangeError);
  });
});
