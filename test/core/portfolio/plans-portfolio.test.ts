/** The plans' cooperation model names the account's portfolio quadrant and its treatment (issue 15). */
import { analyseCustomers } from "../../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import type { Lang } from "../../../src/core/language";
import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { planWork } from "../../../src/core/plans/plan-generation";
import { planJson, planModel } from "../../../src/core/plans/plan-model";
import { filledValues } from "../../../src/core/plans/plan-fills";
import { planNames } from "../../../src/core/plans/plan-names";
import { profileFigures } from "../../../src/core/plans/plan-profile";
import type { PlanSheetInfo } from "../../../src/core/plans/plan-registry";
import { planText } from "../../../src/core/plans/plan-text";
import { portfolioView, quadrantsOf } from "../../../src/core/portfolio/portfolio";
import { portfolioText } from "../../../src/core/sheets/portfolio-text";
import { detectColumns } from "../../../src/core/table/header-detection";
import { readCustomers } from "../../../src/core/table/read-customers";
import { cellsOf } from "../sheets/spec-helpers";

const TODAY = "2025-03-01";

/** Two strong accounts and two that buy little of their potential from us. */
const LEDGER: (string | number | null)[][] = [
  ["Customer", "Sales", "Last year", "Potential", "Philosophy", "Credit limit", "Balance"],
  ["Big Partner", 500, 400, 600, 5, 100, 10],
  ["Loyal Small", 90, 90, 100, 3, 100, 10],
  ["Big Elsewhere", 300, 250, 3000, 4, 100, 10],
  ["Tiny", 10, 20, 200, 2, 100, 10],
];

describe.each(["en", "zh-CN"] as Lang[])("plans and the portfolio (%s)", (lang) => {
  const detected = detectColumns(LEDGER)!;
  const analysis = analyseCustomers(
    readCustomers(LEDGER, detected, 1, lang).rows,
    { ...DEFAULT_CRITERIA },
    lang
  );
  const templates = defaultTemplates(lang);
  const words = portfolioText(lang);

  test("each new plan's cooperation model says the quadrant and its treatment", () => {
    const work = planWork({
      analysis,
      chosen: analysis.accounts.map((a) => a.account),
      plans: [],
      templates,
      lang,
      today: TODAY,
    });
    const quadrants = quadrantsOf(analysis);
    expect(quadrants.size).toBe(4);
    // The four accounts fall in different quadrants, so the test tells them apart.
    expect(new Set(quadrants.values()).size).toBeGreaterThan(1);
    work.newPlans.forEach((spec, i) => {
      const account = analysis.accounts[i].account;
      const quadrant = quadrants.get(account)!;
      const heading = [...cellsOf(spec)].find(
        ({ col, cell }) =>
          col === 1 && typeof cell === "string" && cell.includes(words.quadrant[quadrant])
      );
      expect(heading?.cell).toBe(
        `${planText(lang).model.level(analysis.accounts[i].stars)}; ${planText(
          lang
        ).model.portfolio(words.quadrant[quadrant], words.treatment[quadrant])}`
      );
    });
  });

  /** A plan of the first account as an earlier generation left it, with this cooperation heading. */
  function regenerated(modelHeading: string) {
    const account = analysis.accounts[0];
    const old = filledValues(planModel(account, templates, analysis.criteria, lang, TODAY));
    const plan: PlanSheetInfo = {
      marker: planNames(1).marker,
      sheetName: "Plan 1",
      profile: profileFigures(account, TODAY, analysis.criteria),
      filled: { model: { cells: old.model, copy: old.model } },
      modelHeading,
    };
    const work = planWork({ analysis, chosen: [], plans: [plan], templates, lang, today: TODAY });
    return work.updates[0].writes.filter((w) => w.rowOffset !== undefined);
  }

  test("a regenerated plan's untouched cooperation heading gains (or follows) the quadrant line", () => {
    const account = analysis.accounts[0];
    const quadrant = quadrantsOf(analysis).get(account.account)!;
    const m = planText(lang).model;
    const level = m.level(account.stars);
    const expected = m.withPortfolio(
      level,
      m.portfolio(words.quadrant[quadrant], words.treatment[quadrant])
    );
    // A plan made before the portfolio: the level line alone.
    expect(regenerated(level)).toEqual([
      { name: planNames(1).model, rowOffset: -1, rows: [[expected]] },
    ]);
    // A plan that named another quadrant follows the account's quadrant now.
    const other = (["strategic", "status"] as const).find((q) => q !== quadrant)!;
    const before = m.withPortfolio(
      level,
      m.portfolio(words.quadrant[other], words.treatment[other])
    );
    expect(regenerated(before)).toEqual([
      { name: planNames(1).model, rowOffset: -1, rows: [[expected]] },
    ]);
  });

  test("a cooperation heading the user typed over stays as they wrote it", () => {
    expect(regenerated("Joint business plan, reviewed monthly")).toEqual([]);
    expect(regenerated(`${planText(lang).model.level(analysis.accounts[0].stars)}!`)).toEqual([]);
  });

  test("--plans --json carries the quadrant; without a placed account, none", () => {
    const view = portfolioView(analysis);
    const first = analysis.accounts[0];
    const model = planModel(
      first,
      templates,
      analysis.criteria,
      lang,
      TODAY,
      view.accounts[0].quadrant
    );
    expect(planJson(model, () => null).portfolio).toEqual({
      quadrant: view.accounts[0].quadrant,
      treatment: words.treatment[view.accounts[0].quadrant!],
    });
    expect(
      planJson(planModel(first, templates, analysis.criteria, lang, TODAY), () => null).portfolio
    ).toBeNull();
  });
});
