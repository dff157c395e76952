import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { sheetNames } from "./package-helpers";
import { editPlan, planCells } from "./plan-edits";

describe("kam analyze --plans", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => (dir = await scratchDir()));

  it("writes the templates, a plan per key account and the overview", async () => {
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      file("plans.xlsx"),
      "--plans",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const names = await sheetNames(file("plans.xlsx"));
    // The sample has credit columns, so KAM Credit follows KAM Tiers (issue 11).
    expect(names.slice(0, 5)).toEqual(["Customers", "KAM Criteria", "KAM Tiers", "KAM Credit", "KAM Templates"]);
    expect(names.filter((n) => n.startsWith("Plan - "))).toHaveLength(6);
    expect(names[names.length - 1]).toBe("KAM Plans");
  });

  it("keeps what the user typed into a plan when run again, and adds no second plan", async () => {
    await runKam(["analyze", SAMPLES.en, "--out", file("first.xlsx"), "--plans", "--lang", "en"]);
    await editPlan(file("first.xlsx"), file("edited.xlsx"));
    const run = await runKam([
      "analyze",
      file("edited.xlsx"),
      "--out",
      file("second.xlsx"),
      "--plans",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    expect(await planCells(file("second.xlsx"))).toEqual({
      manager: "Wang Li",
      status: "done",
      note: "Spring campaign with the co-op",
    });
    expect(await sheetNames(file("second.xlsx"))).toEqual(await sheetNames(file("first.xlsx")));
  });

  it("writes the plan sheets in Chinese too", async () => {
    const run = await runKam([
      "analyze",
      SAMPLES["zh-CN"],
      "--out",
      file("zh.xlsx"),
      "--plans",
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(0);
    const names = await sheetNames(file("zh.xlsx"));
    expect(names).toContain("Plan - 城关丰收农资店");
    expect(names).toContain("KAM Plans");
  });
});
