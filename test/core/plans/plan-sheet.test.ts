import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { MODEL_FIELDS, planLayout } from "../../../src/core/plans/plan-layout";
import { profileFigures } from "../../../src/core/plans/plan-profile";
import { planText } from "../../../src/core/plans/plan-text";
import { choices, planVocabulary } from "../../../src/core/plans/plan-vocabulary";
import { needsOf } from "../../../src/core/plans/templates";
import { SpecWorkbook } from "../sheets/spec-workbook";
import { formulasOf, riskyStrings } from "../sheets/spec-helpers";
import { functionsIn } from "../sheets/formula-eval";
import { LANGS, START, TODAY, sampleAnalysis, samplePlan, specRow } from "./plan-fixtures";
import { DATE_FORMAT } from "../../../src/core/plans/plan-dates";
import { parseRange } from "../../../src/core/sheets/a1";

/** Classic functions Excel 2007 and LibreOffice both compute, none entered as an array formula. */
const CLASSIC = [
  "AND",
  "COUNTA",
  "COUNTIFS",
  "IF",
  "IFERROR",
  "INDEX",
  "ISNUMBER",
  "MIN",
  "OR",
  "ROW",
  "SUMPRODUCT",
  "T",
  "TODAY",
  "MATCH",
];

describe.each(LANGS)("a plan sheet in %s", (lang) => {
  const spec = samplePlan(lang);
  const text = planText(lang);
  const words = planVocabulary(lang);
  const templates = defaultTemplates(lang);
  const layout = planLayout(
    needsOf(templates).length,
    templates.roles.length,
    templates.tasks.length
  );

  test("is the add-in's plan sheet for the account, marked by its number", () => {
    expect([spec.kind, spec.name, spec.marker]).toEqual([
      "plan",
      "Plan - North Farm Supply",
      "KAM_Plan_1",
    ]);
    expect(spec.blocks[0].rows[0]).toEqual([text.title("North Farm Supply")]);
  });

  test("has the five sections top to bottom, the work plan last", () => {
    const s = text.sections;
    const rows = [s.profile, s.needs, s.team, s.evaluation, s.workPlan].map((h) =>
      specRow(spec, h)
    );
    expect(rows).toEqual([
      layout.profileHeading,
      layout.needsHeading,
      layout.teamHeading,
      layout.evaluationHeading,
      layout.workPlanHeading,
    ]);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    const lastRow = Math.max(
      ...spec.blocks.map((b) => Number(/\d+/.exec(b.at)![0]) + b.rows.length - 1)
    );
    expect(lastRow).toBe(layout.lastTaskRow + 1);
  });

  test("profile: the figures in a hidden named row, the note and progress rows named too; stages", () => {
    const book = new SpecWorkbook([spec], START);
    const grid = book.grid(spec.name);
    expect(grid.values(`A6:K6`)).toEqual([
      profileFigures(sampleAnalysis().accounts[0], TODAY, DEFAULT_CRITERIA),
    ]);
    const need = layout.firstNeedRow + 1;
    const model = layout.modelRow + 2;
    const target = layout.firstEvaluationRow + 1;
    const fills = [
      ["Priorities", `A${need}:C${need + 8}`, `Z${need}:AB${need + 8}`],
      ["Model", `B${model}:B${model + 6}`, `Z${model}:Z${model + 6}`],
      ["Targets", `B${target}:B${target + 3}`, `Z${target}:Z${target + 3}`],
    ];
    // The add-in's copy of what it filled holds exactly what the cells hold.
    for (const [, ref, copy] of fills) expect(grid.values(copy)).toEqual(grid.values(ref));
    expect(spec.names).toEqual([
      { name: "KAM_Plan_1_Profile", ref: "A6:K6", hidden: true },
      { name: "KAM_Plan_1_Note", ref: "A7", hidden: true },
      { name: "KAM_Plan_1_Health", ref: "Z6", hidden: true },
      { name: "KAM_Plan_1_Progress", ref: "A9:G9", hidden: true },
      { name: "KAM_Plan_1_Stages", ref: "B12:B13", hidden: true },
      ...(["Person", "Start", "Workload"] as const).map((key) => {
        const column = { Person: "D", Start: "F", Workload: "H" }[key];
        const first = layout.firstTaskRow + 1;
        return {
          name: `KAM_Plan_1_${key}`,
          ref: `${column}${first}:${column}${first + 999}`,
          hidden: true,
        };
      }),
      {
        name: "KAM_Plan_1_Team",
        ref: `A${layout.firstRoleRow + 1}:B${layout.firstRoleRow + templates.roles.length}`,
        hidden: true,
      },
      {
        name: "KAM_Plan_1_Model",
        ref: `B${layout.modelRow + 2}:B${layout.modelRow + 8}`,
        hidden: true,
      },
      ...fills.flatMap(([block, ref, copy]) => [
        ...(block === "Model" ? [] : [{ name: `KAM_Plan_1_${block}`, ref, hidden: true }]),
        { name: `KAM_Plan_1_${block}_Copy`, ref: copy, hidden: true },
      ]),
      {
        name: "KAM_Plan_1_Evaluation",
        ref: `A${layout.firstEvaluationRow + 1}:I${layout.firstEvaluationRow + 4}`,
        hidden: true,
      },
    ]);
    expect(grid.values("A10:B13")).toEqual([
      [text.profile.location, "Market square"],
      [text.profile.shoppers, "Farmers"],
      [text.profile.currentStage, words.stage.partnership],
      [text.profile.targetStage, words.stage.embeddedPartnership],
    ]);
    expect(spec.validations).toContainEqual({
      ref: "B12:B13",
      list: templates.stages.map((st) => st.stage),
    });
  });

  test("needs, with priorities to choose; the team's roles with their texts prefilled", () => {
    const book = new SpecWorkbook([spec], START);
    const grid = book.grid(spec.name);
    const needs = needsOf(templates);
    expect(needs).toHaveLength(9);
    const first = layout.firstNeedRow + 1;
    expect(grid.values(`A${first}:A${first + 8}`).flat()).toEqual(needs);
    expect(spec.validations).toContainEqual({
      ref: `B${first}:B${first + 8}`,
      list: choices(words.priority),
    });
    expect(grid.values(`A${layout.modelRow + 1}:A${layout.measuresRow + 1}`).flat()).toEqual([
      text.needs.model,
      ...MODEL_FIELDS.map((key) => text.model[key]),
      text.needs.measures,
    ]);
    const team = layout.firstRoleRow + 1;
    expect(grid.values(`A${team}:F${team + 5}`)).toEqual(
      // No KAM Team in this workbook: the person formulas find no roster and stay blank.
      templates.roles.map((r) => [
        r.role,
        "",
        r.responsibilities,
        r.authority,
        r.benefit,
        r.accountableFor,
      ])
    );
  });

  test("work plan: an Excel table prefilled from the templates, dates from today, dropdowns, highlighting", () => {
    const grid = new SpecWorkbook([spec], START).grid(spec.name);
    const header = layout.taskHeaderRow + 1;
    // Dates and workload are formats of the table's columns (F, G, H), not of 1,000 rows of cells.
    expect(spec.tables).toEqual([
      {
        name: "KAM_Plan_1_Tasks",
        ref: `A${header}:K${header + 11}`,
        style: "TableStyleMedium2",
        columnFormats: [
          { column: 5, numberFormat: DATE_FORMAT },
          { column: 6, numberFormat: DATE_FORMAT },
          { column: 7, numberFormat: "General" },
        ],
      },
    ]);
    for (const f of spec.formats ?? [])
      expect(parseRange(f.ref).end.row - parseRange(f.ref).start.row).toBeLessThan(100);
    const [first] = grid.values(`A${header + 1}:K${header + 1}`);
    const t = templates.tasks[0];
    expect(first).toEqual([
      t.workItem,
      t.need,
      t.ownerRole,
      "",
      t.workForm,
      START,
      START + t.durationDays,
      t.workloadDays,
      words.status.notStarted,
      t.kpi,
      null,
    ]);
    const area = (col: string) => `${col}${header + 1}:${col}${header + 1000}`;
    expect(spec.validations).toEqual(
      expect.arrayContaining([
        { ref: area("B"), list: needsOf(templates) },
        { ref: area("C"), list: templates.roles.map((r) => r.role) },
        { ref: area("D"), list: [], source: "KAM_Team_People" },
        { ref: area("E"), list: choices(words.workForm) },
        { ref: area("I"), list: choices(words.status) },
      ])
    );
    // The team's people are the roster's too.
    const team = layout.firstRoleRow + 1;
    expect(spec.validations).toContainEqual({
      ref: `B${team}:B${team + templates.roles.length - 1}`,
      list: [],
      source: "KAM_Team_People",
    });
    for (const v of spec.validations ?? [])
      expect(v.list.join(",").length).toBeLessThanOrEqual(255);
    expect(spec.conditionalFormats).toEqual([
      expect.objectContaining({
        ref: `A${header + 1}:K${header + 1000}`,
        kind: "expression",
        formula: `=AND(ISNUMBER($G${header + 1}),$G${header + 1}<TODAY(),$I${header + 1}<>"${words.status.done}")`,
      }),
    ]);
  });

  test("writes only classic functions, and no text Excel would read as something else", () => {
    for (const { formula } of formulasOf(spec))
      for (const fn of functionsIn(formula)) expect(CLASSIC).toContain(fn);
    expect(riskyStrings(spec)).toEqual([]);
  });
});
