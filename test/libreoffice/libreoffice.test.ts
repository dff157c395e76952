import * as path from "path";
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { Lang } from "../../src/core/language";
import { criteriaSheet } from "../../src/core/sheets/criteria-sheet";
import { type SheetSpec } from "../../src/core/sheets/sheet-spec";
import { tierSheet } from "../../src/core/sheets/tier-sheet";
import { tierSheetText } from "../../src/core/sheets/sheet-text";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { planChanges } from "../../src/cli/plans";
import { SAMPLES, runKam, scratchDir } from "../cli/run-kam";
import { editPlan, PLAN } from "../cli/plan-edits";
import type { PlanJson } from "../../src/core/plans/plan-model";
import { expectedWorkload, freshPlanFigures, overviewRows } from "./plan-figures";
import { TEAM_MONTHS } from "../../src/core/plans/team-sheet";
import { isoDay } from "../../src/core/plans/plan-dates";
import { defaultTemplates } from "../../src/core/plans/default-templates";
import { teamText } from "../../src/core/plans/team-text";
import { ERROR_CELL, csvNumber, recalculate } from "./recalculate";
import { formulaMismatches } from "./formula-mismatches";
import { LIBREOFFICE, describeWith } from "../support/external-tools";
import { sheetNames } from "../../src/core/sheets/sheet-names";

const suite = describeWith(LIBREOFFICE, "the LibreOffice recalculation checks");
// Each check opens a workbook in a real LibreOffice (10-40 s on a loaded 2-core machine).
jest.setTimeout(240_000);

/** The specs the command writes for a sample (with --plans), built here from core, with the engine's figures. */
async function engineSpecs(
  file: string,
  lang: Lang
): Promise<{
  specs: SheetSpec[];
  stars: Map<string, number>;
  sales: Map<string, number>;
  plans: Map<string, PlanJson>;
}> {
  const loaded = await loadWorkbook(file);
  const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
  const detected = detectColumns(values);
  if (!detected) throw new Error("no header in the sample");
  const analysis = analyseCustomers(
    readCustomers(values, detected, 1, lang).rows,
    { ...DEFAULT_CRITERIA },
    lang
  );
  const changes = planChanges(analysis, loaded, lang);
  const [plans, overview] = changes.batches;
  const planSpecs = plans([]);
  const written = planSpecs.map((s) => ({ kind: s.kind, marker: s.marker, name: s.name }));
  const specs = [
    criteriaSheet(analysis.criteria, lang),
    tierSheet(analysis, lang),
    ...planSpecs,
    ...overview(written),
  ];
  return {
    specs,
    stars: new Map(analysis.accounts.map((a) => [a.account, a.stars])),
    sales: new Map(analysis.accounts.map((a) => [a.account, a.sales])),
    plans: new Map(changes.plans.map((p) => [p.account, p])),
  };
}

function errorCells(sheets: Map<string, string[][]>): string[] {
  const found: string[] = [];
  for (const [name, rows] of sheets)
    rows.forEach((row, r) =>
      row.forEach((f, c) => ERROR_CELL.test(f) && found.push(`${name}!R${r + 1}C${c + 1} ${f}`))
    );
  return found;
}

suite("generated workbooks, recalculated by LibreOffice", () => {
  let dir: string;
  beforeAll(async () => (dir = await scratchDir("kam-lo-")));
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("recalculates, so a wrong cached result cannot pass", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Check");
    sheet.getCell("A1").value = 2;
    sheet.getCell("A2").value = { formula: "A1*21", result: 0 };
    const file = path.join(dir, "stale.xlsx");
    await workbook.xlsx.writeFile(file);
    expect((await recalculate(file)).get("Check")?.[1]?.[0]).toBe("42");
  });

  describe.each(Object.entries(SAMPLES) as [Lang, string][])("the %s sample", (lang, sample) => {
    let output: Map<string, string[][]>;
    let rerun: Map<string, string[][]>;
    let plansJson: Map<string, PlanJson>;
    beforeAll(async () => {
      const out = path.join(dir, `${lang}.xlsx`);
      const again = path.join(dir, `${lang}-again.xlsx`);
      expect(
        (await runKam(["analyze", sample, "--out", out, "--lang", lang, "--plans"])).code
      ).toBe(0);
      expect((await runKam(["analyze", out, "--out", again, "--lang", lang, "--plans"])).code).toBe(
        0
      );
      output = await recalculate(out);
      rerun = await recalculate(again);
      plansJson = (await engineSpecs(sample, lang)).plans;
    });

    it("opens, with no error in any cell", () => {
      expect(errorCells(output)).toEqual([]);
      expect(errorCells(rerun)).toEqual([]);
      expect([...output.keys()]).toEqual(
        expect.arrayContaining(
          ["criteria", "tiers", "plans", "team"].map((k) => sheetNames(lang)[k as "team"])
        )
      );
    });

    it("computes every native formula (totals, summary, plan progress, overview) to the engine's figure", async () => {
      let checked = 0;
      let regionRows = 0;
      for (const spec of (await engineSpecs(sample, lang)).specs) {
        const first = formulaMismatches(spec, output.get(spec.name) ?? []);
        expect(first.wrong).toEqual([]);
        // The plans and most sheets are the same on the second run; its overview has a health before.
        if (spec.kind !== "plans")
          expect(formulaMismatches(spec, rerun.get(spec.name) ?? []).wrong).toEqual([]);
        checked += first.checked;
        if (spec.kind === "tiers") {
          const layout = spec.blocks.find(
            (b) => b.rows[0]?.[0] === tierSheetText(lang).regions.heading
          );
          regionRows = (layout?.rows.length ?? 2) - 2;
        }
      }
      // The region summary's five formulas per township are among them: 24 townships in the sample.
      expect(regionRows).toBe(24);
      expect(checked).toBeGreaterThanOrEqual(8 + 5 * 24);
      const second = (await engineSpecs(path.join(dir, `${lang}.xlsx`), lang)).specs;
      const overview = second.find((s) => s.kind === "plans");
      expect(overview).toBeDefined();
      expect(
        formulaMismatches(overview as SheetSpec, rerun.get(sheetNames(lang).plans) ?? []).wrong
      ).toEqual([]);
    });

    it("shows each account's health as the engine scores it, and the health before on the second run", () => {
      const first = overviewRows(output.get(sheetNames(lang).plans) ?? []);
      const again = overviewRows(rerun.get(sheetNames(lang).plans) ?? []);
      expect(first.size).toBe(6);
      for (const [account, row] of first) {
        const json = plansJson.get(account);
        // Shown as a whole number in the CSV.
        expect(row.health).toBeCloseTo(json?.health ?? NaN, 0);
        expect(row.before).toBeUndefined();
        expect(again.get(account)).toMatchObject({
          health: row.health,
          before: row.health,
          trend: 0,
        });
      }
    });

    it("computes each plan's progress and the overview from the plan sheets", async () => {
      const { specs, stars, sales, plans: models } = await engineSpecs(sample, lang);
      const plans = specs.filter((s) => s.kind === "plan");
      expect(plans).toHaveLength(6);
      for (const sheets of [output, rerun]) {
        const overview = overviewRows(sheets.get(sheetNames(lang).plans) ?? []);
        expect(overview.size).toBe(6);
        for (const plan of plans) {
          const account = plan.name.slice(sheetNames(lang).planPrefix.length);
          const model = models.get(account);
          expect(overview.get(account)).toEqual({
            stars: stars.get(account),
            // The team's KA manager is the roster's example one until the user names someone.
            manager: teamText(lang).placeholder(defaultTemplates(lang).roles[0].role),
            ...freshPlanFigures(plan),
            stage: model?.stage,
            // Shown as a whole percentage in the CSV.
            attainment: expect.closeTo(
              (sales.get(account) ?? NaN) / (model?.targets.sales ?? NaN),
              2
            ),
            nextReview: csvNumber(model?.serviceModel?.nextReview ?? ""),
            // The second run shows the first run's health as before, and no change.
            health: expect.closeTo(model?.health ?? NaN, 9),
            before: sheets === output ? undefined : expect.closeTo(model?.health ?? NaN, 9),
            trend: sheets === output ? undefined : 0,
          });
        }
      }
    });

    it("sums every plan's task days per roster person and month in KAM Team, as the engine planned them", async () => {
      const { specs } = await engineSpecs(sample, lang);
      const team = specs.find((s) => s.kind === "team");
      if (!team) throw new Error("no KAM Team spec");
      const want = expectedWorkload(
        team,
        specs.filter((s) => s.kind === "plan"),
        TEAM_MONTHS
      );
      // The sample's tasks give someone work, so a sum of nothing cannot pass.
      expect(want.rows.flatMap((r) => r.days).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      for (const sheets of [output, rerun]) {
        const csv = sheets.get(sheetNames(lang).team) ?? [];
        // LibreOffice's CSV gives a date as yyyy-mm-dd only in that format: "yyyy-mm" comes as m/d/yyyy.
        const day = (field: string) => {
          const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(field);
          return us ? `${us[3]}-${us[1].padStart(2, "0")}-${us[2].padStart(2, "0")}` : field;
        };
        expect(csv[4]?.slice(4, 4 + TEAM_MONTHS).map(day)).toEqual(want.months.map(isoDay));
        want.rows.forEach(({ person, days }, i) => {
          expect(csv[5 + i]?.[0]).toBe(person);
          const got = (csv[5 + i] ?? []).slice(4, 4 + TEAM_MONTHS).map(csvNumber);
          expect(got).toEqual(days.map((d) => expect.closeTo(d, 6)));
        });
        // Rows without a person stay blank.
        expect(csv[5 + want.rows.length]?.slice(4, 4 + TEAM_MONTHS).join("")).toBe("");
      }
    });

    it("leaves the input sheet as it was, on the first run and the second", async () => {
      const input = await recalculate(sample);
      expect(input.size).toBe(1);
      for (const [name, rows] of input) {
        expect(output.get(name)).toEqual(rows);
        expect(rerun.get(name)).toEqual(rows);
      }
    });
  });

  it("follows what the user typed into a plan: the KA manager and a task done", async () => {
    const first = path.join(dir, "plans.xlsx");
    const edited = path.join(dir, "plans-edited.xlsx");
    const second = path.join(dir, "plans-again.xlsx");
    expect(
      (await runKam(["analyze", SAMPLES.en, "--out", first, "--plans", "--lang", "en"])).code
    ).toBe(0);
    await editPlan(first, edited);
    expect(
      (await runKam(["analyze", edited, "--out", second, "--plans", "--lang", "en"])).code
    ).toBe(0);
    const sheets = await recalculate(second);
    expect(errorCells(sheets)).toEqual([]);
    const row = overviewRows(sheets.get("KAM Plans") ?? []).get(PLAN.replace(/^Plan - /, ""));
    expect(row).toMatchObject({ manager: "Wang Li", done: 1, overdue: 0 });
    expect(row?.progress).toBeCloseTo(1 / (row?.tasks ?? NaN), 9);
  });
});
