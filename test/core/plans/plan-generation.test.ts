import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { excelSerial } from "../../../src/core/plans/plan-dates";
import { PlanRequest, planWork } from "../../../src/core/plans/plan-generation";
import { profileFigures } from "../../../src/core/plans/plan-profile";
import { PlanSheetInfo } from "../../../src/core/plans/plan-registry";
import { planText } from "../../../src/core/plans/plan-text";
import { TODAY, sampleAnalysis } from "./plan-fixtures";

const LATER = "2025-06-01";

function request(overrides: Partial<PlanRequest> = {}): PlanRequest {
  return {
    analysis: sampleAnalysis(),
    chosen: [],
    plans: [],
    templates: defaultTemplates("en"),
    lang: "en",
    today: LATER,
    ...overrides,
  };
}

/** A plan as listPlans reports it, with the profile row its last generation wrote. */
function existing(
  number: number,
  account: string,
  keyAccount: boolean,
  sheetName = `Plan - ${account}`
): PlanSheetInfo {
  const figures = profileFigures(
    { ...sampleAnalysis().accounts[0], account, keyAccount },
    TODAY,
    DEFAULT_CRITERIA
  );
  return { marker: `KAM_Plan_${number}`, sheetName, profile: figures };
}

describe("planWork", () => {
  test("a first generation: a plan for each chosen account, numbered from 1", () => {
    const work = planWork(request({ chosen: ["North Farm Supply", "lake shop "] }));
    expect(work.newPlans.map((s) => [s.name, s.marker])).toEqual([
      ["Plan - North Farm Supply", "KAM_Plan_1"],
      ["Plan - Lake Shop", "KAM_Plan_2"],
    ]);
    expect(work.updates).toEqual([]);
    expect(work.entries.map((e) => [e.account, e.number, e.isNew, e.linked])).toEqual([
      ["North Farm Supply", 1, true, true],
      ["Lake Shop", 2, true, true],
    ]);
  });

  test("an account with a plan is updated, never doubled; numbers of deleted plans are not reused", () => {
    const plans = [
      existing(2, "NORTH FARM SUPPLY", true),
      { marker: "KAM_Plan_5" },
      { marker: "KAM_Plans", sheetName: "KAM Plans" },
    ];
    const work = planWork(request({ chosen: ["North Farm Supply", "River Seeds"], plans }));
    expect(work.newPlans.map((s) => s.marker)).toEqual(["KAM_Plan_6"]);
    const north = sampleAnalysis().accounts[0];
    expect(work.updates).toEqual([
      {
        marker: "KAM_Plan_2",
        sheetName: "Plan - NORTH FARM SUPPLY",
        writes: [
          { name: "KAM_Plan_2_Profile", rows: [profileFigures(north, LATER, DEFAULT_CRITERIA)] },
          { name: "KAM_Plan_2_Note", rows: [[""]] },
        ],
      },
    ]);
    expect(work.updates[0].writes[0].rows[0][9]).toBe(excelSerial(LATER));
    expect(work.entries.map((e) => [e.account, e.marker, e.isNew])).toEqual([
      ["North Farm Supply", "KAM_Plan_2", false],
      ["River Seeds", "KAM_Plan_6", true],
    ]);
  });

  test("a key account that is key no more gets a dated note once; a plan for a non-key account gets none", () => {
    const text = planText("en");
    const plans = [
      existing(1, "Lake Shop", true),
      existing(2, "Lake Shop", false, "Plan - Lake Shop (2)"),
    ];
    const [first, second] = planWork(request({ plans })).updates;
    expect(first.writes[1]).toEqual({ name: "KAM_Plan_1_Note", rows: [[text.noLongerKey(LATER)]] });
    expect(second.writes.map((w) => w.name)).toEqual(["KAM_Plan_2_Profile"]);
  });

  test("an account gone from the analysis keeps its figures and is noted; a plan whose profile is lost is listed", () => {
    const plans = [
      existing(1, "Old Customer", true),
      { marker: "KAM_Plan_2", sheetName: "Plan - Mystery" },
    ];
    const work = planWork(request({ plans }));
    expect(work.updates).toEqual([
      {
        marker: "KAM_Plan_1",
        sheetName: "Plan - Old Customer",
        writes: [{ name: "KAM_Plan_1_Note", rows: [[planText("en").notInAnalysis(LATER)]] }],
      },
    ]);
    expect(work.entries.map((e) => [e.account, e.sheetName, e.linked])).toEqual([
      ["Old Customer", "Plan - Old Customer", true],
      ["Plan - Mystery", "Plan - Mystery", false],
    ]);
  });

  test("a new plan never takes the sheet name of an existing plan", () => {
    const plans = [existing(1, "Someone else", true, "Plan - River Seeds")];
    const work = planWork(request({ chosen: ["River Seeds"], plans }));
    expect(work.newPlans[0].name).toBe("Plan - River Seeds (2)");
  });
});
