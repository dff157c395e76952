import { planLayout } from "../../../src/core/plans/plan-layout";
import { SpecWorkbook } from "../sheets/spec-workbook";
import { START, sampleAnalysis, samplePlan } from "./plan-fixtures";

describe("the progress row and the evaluation, computed over the sheet's own cells", () => {
  const spec = samplePlan("en");
  const layout = planLayout(9, 6, 11);
  const progress = (book: SpecWorkbook) => book.grid(spec.name).values("A9:G9")[0];
  const task = (i: number) => layout.firstTaskRow + i;

  test("references the whole task area, below the header, so added tasks count", () => {
    expect(spec.blocks.find((b) => b.at === "A8")?.rows[1]).toEqual([
      { formula: '=IF(B31="","",B31)' },
      { formula: "=COUNTA(A47:A1046)" },
      { formula: '=COUNTIFS(A47:A1046,"<>",H47:H1046,"done")' },
      { formula: "=IF(B9=0,0,C9/B9)" },
      { formula: '=COUNTIFS(A47:A1046,"<>",F47:F1046,"<"&TODAY(),H47:H1046,"<>done")' },
      {
        formula:
          '=IFERROR(IF(COUNTIFS(A47:A1046,"<>",H47:H1046,"<>done",F47:F1046,">0")=0,"",SUMPRODUCT(MIN(F47:F1046+((H47:H1046="done")+(A47:A1046="")+(F47:F1046=""))*1E+9))),"")',
      },
      {
        formula:
          '=IF(F9="","",INDEX(A47:A1046,SUMPRODUCT(MIN(ROW(F47:F1046)-ROW(F47)+1+((F47:F1046<>F9)+(H47:H1046="done")+(A47:A1046="")+(F47:F1046=""))*1E+9))))',
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
    grid.set(task(0), 7, "done"); // the kick-off, due START + 7
    grid.set(task(4), 7, "Done"); // the credit review, due START + 21: Excel ignores letter case
    [
      "Visit the new outlet",
      "distribution",
      "KA manager",
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
    book.grid(spec.name).set(task(3), 5, "next week");
    expect(progress(book).slice(4)).toEqual([0, "", ""]);
  });

  test("the evaluation compares the user's targets with the profile's figures", () => {
    const book = new SpecWorkbook([spec], START);
    const grid = book.grid(spec.name);
    const row = layout.firstEvaluationRow;
    expect(grid.values(`A${row + 1}:D${row + 4}`)).toEqual([
      ["Sales", null, 400000, ""],
      ["Share of sales", null, sampleAnalysis().accounts[0].share, ""],
      ["DSO (days)", null, null, ""],
      ["Credit status", "OK", "OK", "met"],
    ]);
    grid.set(row, 1, 450000);
    grid.set(row + 2, 1, 40);
    grid.set(row + 2, 2, 52);
    grid.set(layout.profileRow, 7, "WATCH");
    expect(grid.values(`D${row + 1}:D${row + 4}`).flat()).toEqual([-50000, "", 12, "not met"]);
  });
});
