import { AccountTier } from "../../../src/core/analysis-types";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { prioritiseNeeds } from "../../../src/core/plans/need-rules";
import { excelSerial } from "../../../src/core/plans/plan-dates";
import { MODEL_FIELDS, planLayout } from "../../../src/core/plans/plan-layout";
import { planModel } from "../../../src/core/plans/plan-model";
import { planSheet } from "../../../src/core/plans/plan-sheet";
import { planText } from "../../../src/core/plans/plan-text";
import { needsOf } from "../../../src/core/plans/templates";
import { parseTemplates } from "../../../src/core/plans/templates-parse";
import { templatesSheet } from "../../../src/core/plans/templates-sheet";
import { CellValue } from "../../../src/core/sheets/sheet-spec";
import { SpecWorkbook } from "../sheets/spec-workbook";
import { START, TODAY, sampleAnalysis, specValues } from "./plan-fixtures";

const criteria = { ...DEFAULT_CRITERIA };
const base = sampleAnalysis().accounts[0]; // 4 stars, credit OK, no prior sales
const account = (over: Partial<AccountTier>): AccountTier => ({ ...base, ...over });
const priorities = (a: AccountTier, lang: "en" | "zh-CN" = "en") => {
  const t = defaultTemplates(lang);
  return Object.fromEntries(
    prioritiseNeeds(needsOf(t), t.rules, a, criteria, lang).map((n) => [n.need, n])
  );
};

describe("need priorities from the account's figures", () => {
  test("credit WATCH or FAIL: financial management high, with the credit finding as the reason", () => {
    const watch = priorities(
      account({ creditStatus: "WATCH", creditReason: "45 days overdue > 30" })
    );
    expect(watch["financial management"]).toEqual({
      need: "financial management",
      priority: "high",
      reason: "credit: WATCH (= WATCH): 45 days overdue > 30",
    });
    expect(priorities(account({ creditStatus: "FAIL" }))["financial management"].priority).toBe(
      "high"
    );
    expect(priorities(account({ creditStatus: "OK" }))["financial management"].priority).toBe(
      "low"
    );
  });

  test("philosophy ≤ 3: coaching high; 4: only the medium every key account gets", () => {
    expect(priorities(account({ philosophy: 3 }))["management guidance"]).toMatchObject({
      priority: "high",
      reason: "philosophy: 3 (≤ 3)",
    });
    expect(priorities(account({ philosophy: 4 }))["management guidance"].priority).toBe("medium");
    expect(priorities(account({ philosophy: 3 }), "zh-CN")["经营理念指导"].reason).toBe(
      "经营理念评分：3（≤ 3）"
    );
  });

  test("sales below the prior period: promotion high; without a prior, no rule on growth fires", () => {
    const fell = priorities(account({ sales: 400000, priorSales: 420000 }));
    expect(fell["promotion support"].priority).toBe("high");
    expect(fell["promotion support"].reason).toMatch(/^sales growth: -4\.8% \(< 0%\)$/);
    expect(priorities(account({ priorSales: undefined }))["promotion support"].priority).toBe(
      "low"
    );
  });

  test("a new key account (new, or moved up): training, distribution and shelf medium", () => {
    for (const movement of ["new", "up"] as const) {
      const p = priorities(account({ movement }));
      expect([p.training, p.distribution, p.shelf].map((n) => n.priority)).toEqual([
        "medium",
        "medium",
        "medium",
      ]);
    }
    expect(priorities(account({ movement: "same" })).shelf.priority).toBe("low");
  });

  test("a rule it cannot read never fires; a need no rule names keeps its tasks (medium)", () => {
    const rules = [
      { need: "shelf", figure: "weather", test: "is", value: "sunny", priority: "high" },
      { need: "shelf", figure: "stars", test: "about", value: 4, priority: "high" },
      { need: "shelf", figure: "stars", test: "≥", value: 4, priority: "urgent" },
    ];
    const [shelf, price] = prioritiseNeeds(["shelf", "price"], rules, base, criteria, "en");
    expect(shelf.priority).toBe("low");
    expect(price).toMatchObject({ priority: "medium" });
  });
});

/** Sets the first row of a table (found by its header's first cell) whose column A is `key`. */
function edit(values: CellValue[][], key: CellValue, col: number, value: CellValue, after = 0) {
  const row = values.findIndex((r, i) => i >= after && r[0] === key);
  values[row][col] = value;
}

describe("editing KAM Templates changes the next generated plan", () => {
  const lang = "en";
  const text = planText(lang);
  const sheetOf = (values: CellValue[][], a: AccountTier) => {
    const { templates, origin } = parseTemplates(values, lang);
    expect(origin).toBe("workbook");
    const spec = planSheet({
      account: a,
      number: 1,
      sheetName: "Plan",
      templates,
      criteria,
      lang,
      today: TODAY,
    });
    const model = planModel(a, templates, criteria, lang, TODAY);
    const layout = planLayout(model.needs.length, templates.roles.length, model.tasks.length);
    return { grid: new SpecWorkbook([spec], START).grid("Plan"), layout, model };
  };
  const shop = account({ philosophy: 4 });

  test("a rule's value: philosophy ≤ 4 makes coaching high for a shop scoring 4, and its tasks follow", () => {
    const values = specValues(templatesSheet(defaultTemplates(lang), lang));
    const before = sheetOf(values, shop);
    const rulesHeader = values.findIndex((r) => r[1] === text.templates.figure);
    const row = values.findIndex(
      (r, i) => i > rulesHeader && r[0] === "management guidance" && r[1] === "philosophy"
    );
    values[row][3] = 4;
    const after = sheetOf(values, shop);
    const needRow = (s: typeof before) =>
      s.grid.values(`A${s.layout.firstNeedRow + 1}:C${s.layout.firstNeedRow + 1}`)[0];
    expect(needRow(before)).toEqual(["management guidance", "medium", "stars: 4 (≥ 1)"]);
    expect(needRow(after)).toEqual(["management guidance", "high", "philosophy: 4 (≤ 4)"]);

    // Lowering the guidance rule for every key account to "low" drops its tasks from the work plan.
    const low = values.findIndex(
      (r, i) => i > rulesHeader && r[0] === "management guidance" && r[1] === "stars"
    );
    values[row][3] = 3;
    values[low][4] = "low";
    const none = sheetOf(values, shop);
    expect(none.model.tasks.map((t) => t.need)).not.toContain("management guidance");
    expect(before.model.tasks.map((t) => t.need)).toContain("management guidance");
  });

  test("the service matrix: visits, review cadence, budget and credit terms fill the cooperation model and the DSO target", () => {
    const values = specValues(templatesSheet(defaultTemplates(lang), lang));
    const serviceHeader = values.findIndex((r) => r[1] === text.model.visitsPerMonth);
    edit(values, 4, 1, 6, serviceHeader);
    edit(values, 4, 2, 14, serviceHeader);
    edit(values, 4, 3, 0.05, serviceHeader);
    edit(values, 4, 4, 30, serviceHeader);
    const { grid, layout } = sheetOf(values, shop);
    const model = grid
      .values(`B${layout.modelRow + 2}:B${layout.modelRow + 1 + MODEL_FIELDS.length}`)
      .flat();
    expect(model).toEqual([
      6,
      14,
      0.05,
      0.05 * shop.sales,
      30,
      defaultTemplates(lang).service[0].workForms,
      excelSerial(TODAY) + 14,
    ]);
    const dso = layout.firstEvaluationRow + 3;
    expect(grid.values(`B${dso}:B${dso}`)).toEqual([[30]]);
  });
});

test("a reason never shows the figure and the rule's value alike: DSO 60.03 is not shown as 60 > 60", () => {
  const a = account({ balance: 60.03, sales: 365 }); // DSO = 60.03 over 365 days
  expect(priorities(a)["financial management"].reason).toBe("DSO: 60.03 (> 60)");
});
