import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { planLayout, taskColumn } from "../../../src/core/plans/plan-layout";
import { planWork } from "../../../src/core/plans/plan-generation";
import { planText } from "../../../src/core/plans/plan-text";
import { planVocabulary } from "../../../src/core/plans/plan-vocabulary";
import { overviewHealthFormula, plansOverview } from "../../../src/core/plans/plans-overview";
import { functionsIn } from "../sheets/formula-eval";
import { formulasOf } from "../sheets/spec-helpers";
import { SpecWorkbook } from "../sheets/spec-workbook";
import { sheetNames } from "../../../src/core/sheets/sheet-names";
import { LANGS, START, TODAY, everyNeedTemplates, sampleAnalysis } from "./plan-fixtures";

describe.each(LANGS)("the KAM Plans overview in %s", (lang) => {
  const analysis = sampleAnalysis();
  const work = planWork({
    analysis,
    chosen: analysis.accounts.map((a) => a.account),
    plans: [],
    templates: everyNeedTemplates(lang),
    lang,
    today: TODAY,
  });
  // The writer had to give the second plan another name: a user's sheet had the one asked for.
  const names = sheetNames(lang);
  const entries = work.entries.map((e, i) =>
    i === 1 ? { ...e, sheetName: `${names.planPrefix}River Seeds (2)` } : e
  );
  const overview = plansOverview(entries, lang, work.scoring);
  const text = planText(lang);
  const river = entries[1].health;

  test("is the add-in's sheet, with a row per plan", () => {
    expect([overview.kind, overview.name, overview.marker]).toEqual([
      "plans",
      names.plans,
      "KAM_Plans",
    ]);
    expect(overview.blocks[1].rows[0]).toEqual([
      text.profile.account,
      text.profile.stars,
      text.progress.manager,
      text.progress.tasks,
      text.progress.done,
      text.progress.progress,
      text.progress.overdue,
      text.progress.nextDue,
      text.progress.nextTask,
      text.overview.stage,
      text.overview.attainment,
      text.overview.nextReview,
      text.overview.growth,
      text.overview.philosophy,
      text.overview.health,
      text.overview.previousHealth,
      text.overview.healthTrend,
      text.overview.statusNote,
    ]);
    expect(overview.tables).toEqual([
      { name: "KAM_Plans_Table", ref: "A4:R7", style: "TableStyleMedium2" },
    ]);
  });

  test("references each plan's hidden names, exactly", () => {
    expect(overview.blocks[1].rows[2]).toEqual([
      "River Seeds",
      { formula: "=INDEX(KAM_Plan_2_Profile,1,6)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,1)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,2)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,3)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,4)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,5)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,6)" },
      { formula: "=INDEX(KAM_Plan_2_Progress,1,7)" },
      { formula: '=IFERROR(T(INDEX(KAM_Plan_2_Stages,1,1)),"")' },
      { formula: '=IFERROR(INDEX(KAM_Plan_2_Evaluation,1,5),"")' },
      {
        formula: '=IFERROR(IF(INDEX(KAM_Plan_2_Model,7,1)="","",INDEX(KAM_Plan_2_Model,7,1)),"")',
      },
      river?.growth ?? null,
      river?.philosophy ?? null,
      { formula: overviewHealthFormula(2, 5, work.scoring), value: river?.value },
      null,
      { formula: '=IF(OR(O6="",P6=""),"",O6-P6)', value: "" },
      { formula: "=T(KAM_Plan_2_Note)" },
    ]);
    // The health formula reads the plan's names: its credit, its stages.
    expect(overviewHealthFormula(2, 5, work.scoring)).toContain("INDEX(KAM_Plan_2_Profile,1,8)");
    expect(overviewHealthFormula(2, 5, work.scoring)).toContain("INDEX(KAM_Plan_2_Stages,2,1)");
    const classic = ["INDEX", "T", "IF", "IFERROR", "ISNUMBER", "MATCH", "MAX", "MIN", "OR"];
    // (Array constants, the stage words, are read as one value.)
    for (const { formula } of formulasOf(overview))
      expect(
        functionsIn(formula.replace(/\{[^}]*\}/g, "0")).every((f) => classic.includes(f))
      ).toBe(true);
  });

  test("links each account to its plan, under the name the sheet has", () => {
    expect(overview.links).toEqual([
      { at: "A5", target: `'${names.planPrefix}North Farm Supply'!A1` },
      { at: "A6", target: `'${names.planPrefix}River Seeds (2)'!A1` },
      { at: "A7", target: `'${names.planPrefix}Lake Shop'!A1` },
    ]);
  });

  test("computes the plans' own figures, and follows what the user does on a plan", () => {
    const book = new SpecWorkbook(work.newPlans, START + 20);
    book.add(overview);
    const grid = book.grid(names.plans);
    const stars = analysis.accounts.map((a) => a.stars);
    const words = planVocabulary(lang);
    expect(grid.values("B5:L5")).toEqual([
      [
        stars[0],
        "",
        11,
        0,
        0,
        2,
        START + 7,
        defaultTemplates(lang).tasks[0].workItem,
        words.stage.partnership,
        1,
        START + 30,
      ],
    ]);

    const layout = planLayout(9, 6, 11);
    const river = book.grid(`${names.planPrefix}River Seeds`);
    river.set(layout.firstRoleRow, 1, "Wang Fang");
    for (let i = 0; i < 11; i++)
      river.set(layout.firstTaskRow + i, taskColumn("status"), planVocabulary(lang).status.done);
    river.set(layout.statusNoteRow, 0, "No longer a key account");
    expect(grid.values("B6:J6")).toEqual([
      [stars[1], "Wang Fang", 11, 11, 1, 0, "", "", planVocabulary(lang).stage.transactional],
    ]);
    expect(grid.values("R6:R6")).toEqual([["No longer a key account"]]);
  });
});

test("a plan whose figures cannot be found is listed, and says so instead of showing errors", () => {
  const overview = plansOverview(
    [
      {
        number: 4,
        marker: "KAM_Plan_4",
        account: "Plan - Mystery",
        sheetName: "Plan - Mystery",
        isNew: false,
        linked: false,
      },
    ],
    "en"
  );
  expect(overview.blocks[1].rows[1]).toEqual([
    "Plan - Mystery",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    planText("en").overview.figuresMissing,
  ]);
  expect(overview.links).toEqual([{ at: "A5", target: "'Plan - Mystery'!A1" }]);
});
