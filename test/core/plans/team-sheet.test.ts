import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { PlanEntry } from "../../../src/core/plans/plan-generation";
import { TEAM_NAMES } from "../../../src/core/plans/plan-names";
import {
  DEFAULT_DAYS_AVAILABLE,
  ROSTER_ROWS,
  TEAM_MONTHS,
  countedPlans,
  teamSheet,
  teamWork,
  workloadFormula,
} from "../../../src/core/plans/team-sheet";
import { teamText } from "../../../src/core/plans/team-text";
import { isAddInMark, markProperty, MARK_VALUE } from "../../../src/core/sheets/sheet-names";
import { markerKind, showsAddInTitle } from "../../../src/core/sheets/add-in-marks";
import { isFormulaCell } from "../../../src/core/sheets/sheet-spec";
import { SpecWorkbook } from "../sheets/spec-workbook";
import { LANGS, START, TODAY } from "./plan-fixtures";
import { sheetNames } from "../../../src/core/sheets/sheet-names";

const entry = (number: number, linked = true): PlanEntry => ({
  number,
  marker: `KAM_Plan_${number}`,
  account: `Shop ${number}`,
  sheetName: `Plan - Shop ${number}`,
  isNew: true,
  linked,
});

describe.each(LANGS)("KAM Team in %s", (lang) => {
  const templates = defaultTemplates(lang);
  const text = teamText(lang);
  const spec = teamSheet([entry(1), entry(2), entry(5, false)], templates, lang, TODAY);
  const grid = new SpecWorkbook([spec], START).grid(spec.name);

  test("is the add-in's marked sheet, found by its title as the others are", () => {
    expect([spec.kind, spec.name, spec.marker]).toEqual(["team", sheetNames(lang).team, "KAM_Team"]);
    expect(markerKind("KAM_Team")).toBe("team");
    expect(showsAddInTitle("KAM_Team", text.title)).toBe(true);
    expect(showsAddInTitle("KAM_Team", "My team")).toBe(false);
    expect(isAddInMark("KAM_Team", [{ key: markProperty("KAM_Team"), value: MARK_VALUE }])).toBe(
      true
    );
    expect(spec.pageSetup).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        pagesWide: 1,
        titleRows: { first: 4, last: 4 },
      })
    );
  });

  test("a roster prefilled with one example person per role of the templates", () => {
    const roster = grid.values(`A6:C${5 + ROSTER_ROWS}`);
    expect(roster.slice(0, templates.roles.length)).toEqual(
      templates.roles.map((r) => [text.placeholder(r.role), r.role, DEFAULT_DAYS_AVAILABLE])
    );
    expect(templates.roles).toHaveLength(6);
    expect(text.placeholder(templates.roles[0].role)).toBe(
      lang === "en" ? "KA manager 1" : "大客户经理1"
    );
    // The other rows are the user's to fill.
    for (const row of roster.slice(templates.roles.length)) expect(row).toEqual([null, null, null]);
    expect(grid.values("A5:C5")).toEqual([[text.person, text.role, text.days]]);
    expect(spec.validations).toEqual([
      { ref: `B6:B${5 + ROSTER_ROWS}`, list: templates.roles.map((r) => r.role) },
    ]);
  });

  test("names the roster's columns and the owned cells, hidden", () => {
    const last = 5 + ROSTER_ROWS;
    expect(spec.names).toEqual([
      { name: TEAM_NAMES.people, ref: `A6:A${last}`, hidden: true },
      { name: TEAM_NAMES.roles, ref: `B6:B${last}`, hidden: true },
      { name: TEAM_NAMES.days, ref: `C6:C${last}`, hidden: true },
      { name: TEAM_NAMES.note, ref: "A3", hidden: true },
      { name: TEAM_NAMES.from, ref: "P4", hidden: true },
      { name: TEAM_NAMES.months, ref: "E5:P5", hidden: true },
      { name: TEAM_NAMES.workload, ref: `E6:P${last}`, hidden: true },
    ]);
  });

  test("workload by formulas over each linked plan's task names, a month above the days in red", () => {
    const cell = spec.blocks.find((b) => b.at === "E6")?.rows[0][0];
    expect(isFormulaCell(cell!) && cell.formula).toBe(workloadFormula([1, 2], 1, 1));
    const formula = workloadFormula([1, 2], 3, 4);
    expect(formula).toContain(
      'SUMIFS(KAM_Plan_2_Workload,KAM_Plan_2_Person,INDEX(KAM_Team_People,3),KAM_Plan_2_Start,">="&INDEX(KAM_Team_Months,1,4)'
    );
    // Plan 5 has no figures: it is not named.
    expect(formula).not.toContain("KAM_Plan_5");
    expect(formula.startsWith('=IF(INDEX(KAM_Team_People,3)="","",')).toBe(true);
    const rows = spec.blocks.find((b) => b.at === "E6")?.rows ?? [];
    expect([rows.length, rows[0].length]).toEqual([ROSTER_ROWS, TEAM_MONTHS]);
    expect(spec.conditionalFormats).toEqual([
      expect.objectContaining({
        ref: `E6:P${5 + ROSTER_ROWS}`,
        kind: "expression",
        formula: "=AND(ISNUMBER(E6),ISNUMBER($C6),E6>$C6)",
      }),
    ]);
    const from = spec.blocks.find((b) => b.at === "O4")?.rows[0][1];
    expect(isFormulaCell(from!) && from.formula).toBe(
      `=MIN(IFERROR(SMALL(KAM_Plan_1_Start,1),${START}),IFERROR(SMALL(KAM_Plan_2_Start,1),${START}),${START})`
    );
  });
});

test("a first generation writes the sheet; later ones only the owned cells, never the roster", () => {
  const templates = defaultTemplates("en");
  const first = teamWork([entry(1)], templates, "en", TODAY, false);
  expect(first.sheet?.marker).toBe("KAM_Team");
  expect(first.writes).toEqual([]);
  const again = teamWork([entry(1), entry(2)], templates, "en", TODAY, true);
  expect(again.sheet).toBeUndefined();
  expect(again.writes.map((w) => w.name)).toEqual([
    TEAM_NAMES.note,
    TEAM_NAMES.from,
    TEAM_NAMES.months,
    TEAM_NAMES.workload,
  ]);
  for (const w of again.writes)
    expect([TEAM_NAMES.people, TEAM_NAMES.roles, TEAM_NAMES.days]).not.toContain(w.name);
  expect(teamWork([], templates, "en", TODAY, false)).toEqual({ writes: [] });
});

test("counts as many plans as Excel's formula length allows, and says so", () => {
  const many = Array.from({ length: 80 }, (_, i) => entry(i + 1));
  const counted = countedPlans(many);
  expect(counted.length).toBeGreaterThan(20);
  expect(counted.length).toBeLessThan(80);
  expect(workloadFormula(counted, ROSTER_ROWS, TEAM_MONTHS).length).toBeLessThanOrEqual(8192);
  expect(
    workloadFormula(
      many.slice(0, counted.length + 1).map((e) => e.number),
      ROSTER_ROWS,
      TEAM_MONTHS
    ).length
  ).toBeGreaterThan(8000);
  const spec = teamSheet(many, defaultTemplates("en"), "en", TODAY);
  expect(spec.blocks[0].rows[2]).toEqual([teamText("en").notCounted(counted.length, 80)]);
  expect(teamSheet([entry(1)], defaultTemplates("en"), "en", TODAY).blocks[0].rows[2]).toEqual([
    "",
  ]);
});
