import { PROFILE_FIGURES, planLayout, taskColumn } from "../../../src/core/plans/plan-layout";
import { SpecWorkbook } from "../sheets/spec-workbook";
import { START, sampleAnalysis, samplePlan } from "./plan-fixtures";

describe("the progress row and the evaluation, computed over the sheet's own cells", () => {
  const spec = samplePlan("en");
  const layout = planLayout(9, 6, 11);
  const progress = (book: SpecWorkbook) => book.grid(spec.name).values("A9:G9")[0];
  const task = (i: number) => layout.firstTaskRow + i;

  test("references the whole task area, below the header, so added tasks count", () => {
    expect(spec.blocks.find((b) => b.at === "A8")?.rows[1]).toEqual([
      { formula: '=IF(B46="","",B46)' },
      { formula: "=COUNTA(A70:A1069)" },
      { formula: '=COUNTIFS(A70:A1069,"<>",I70:I1069,"done")' },
      { formula: "=IF(B9=0,0,C9/B9)" },
      { formula: '=COUNTIFS(A70:A1069,"<>",G70:G1069,"<"&TODAY(),I70:I1069,"<>done")' },
      {
        formula:
          '=IFERROR(IF(COUNTIFS(A70:A1069,"<>",I70:I1069,"<>done",G70:G1069,">0")=0,"",SUMPRODUCT(MIN(G70:G1069+((I70:I1069="done")+(A70:A1069="")+(G70:G1069=""))*1E+9))),"")',
      },
      {
        formula:
          '=IF(F9="","",INDEX(A70:A1069,SUMPRODUCT(MIN(ROW(G70:G1069)-ROW(G70)+1+((G70:G1069<>F9)+(I70:I1069="done")+(A70:A1069="")+(G70:G1069=""))*1E+9))))',
      },
    ]);
  });

  test("on the day it is made: no task done, none overdue, the kick-off next", () => {
    expect(progress(new SpecWorkbook([spec], START))).toEqual([
      "",
      11,
      0,
      0,
      0,
      START + 7,
      "Kick-off meeting: agree goals and the plan",
    ]);
  });

  test("follows the user: a manager named, tasks done, a task added, time passing", () => {
    const book = new SpecWorkbook([spec], START + 20);
    const grid = book.grid(spec.name);
    grid.set(layout.firstRoleRow, 1, "Li Wei");
    grid.set(task(0), taskColumn("status"), "done"); // the kick-off, due START + 7
    grid.set(task(4), taskColumn("status"), "Done"); // the credit review, due START + 21: Excel ignores letter case
    [
      "Visit the new outlet",
      "distribution",
      "KA manager",
      "Li Wei",
      "visit",
      START,
      START + 5,
      1,
      "in progress",
    ].forEach((v, c) => grid.set(task(11), c, v));
    // Overdue on day 20: the range check (due 14) and the new visit (due 5); the next due is the new visit.
    expect(progress(book)).toEqual(["Li Wei", 12, 2, 2 / 12, 2, START + 5, "Visit the new outlet"]);
  });

  test("a due date typed as text leaves the next due blank rather than an error", () => {
    const book = new SpecWorkbook([spec], START);
    book.grid(spec.name).set(task(3), taskColumn("due"), "next week");
    expect(progress(book).slice(4)).toEqual([0, "", ""]);
  });

  test("the evaluation compares the user's targets with the profile's figures", () => {
    const book = new SpecWorkbook([spec], START);
    const grid = book.grid(spec.name);
    const row = layout.firstEvaluationRow;
    const share = sampleAnalysis().accounts[0].share;
    // Targets from the data: no prior sales, so the current sales; DSO from the 4-star credit terms.
    expect(grid.values(`A${row + 1}:E${row + 4}`)).toEqual([
      ["Sales", 400000, 400000, 0, 1],
      ["Share of sales", share, share, 0, 1],
      ["DSO (days, over 365 days)", 60, "", "", ""],
      ["Credit status", "OK", "OK", "met", null],
    ]);
    grid.set(row, 1, 500000);
    grid.set(layout.profileRow, PROFILE_FIGURES.indexOf("dso"), 75);
    grid.set(layout.profileRow, 7, "WATCH");
    expect(grid.values(`D${row + 1}:E${row + 4}`)).toEqual([
      [-100000, 0.8],
      [0, 1],
      [15, 0.8],
      ["not met", null],
    ]);
  });
});
