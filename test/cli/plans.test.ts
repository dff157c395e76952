import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { namedValues } from "../../src/xlsx/named-ranges";
import type { Lang } from "../../src/core/language";
import { creditStatusWord } from "../../src/core/credit-words";
import { defaultTemplates } from "../../src/core/plans/default-templates";
import type { PlanJson } from "../../src/core/plans/plan-model";
import { planVocabulary } from "../../src/core/plans/plan-vocabulary";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { sheetNames as sheetNamesIn } from "../../src/core/sheets/sheet-names";
import { tierSheetText } from "../../src/core/sheets/sheet-text";
import { keepCustomProperties, sheetNames } from "./package-helpers";
import { PLAN, editPlan, namedCell, planCells } from "./plan-edits";
import { planText } from "../../src/core/plans/plan-text";
import { portfolioText } from "../../src/core/sheets/portfolio-text";

// Each run writes and reads back a whole workbook; on a shared machine that can pass 5 s.
jest.setTimeout(60000);

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
    // The sample has credit columns, so KAM Credit follows KAM Tiers (issue 11), and categories and
    // a potential, so KAM White Space and KAM Portfolio follow it (issue 15).
    expect(names.slice(0, 7)).toEqual([
      "Customers",
      "KAM Criteria",
      "KAM Tiers",
      "KAM Credit",
      "KAM White Space",
      "KAM Portfolio",
      "KAM Templates",
    ]);
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
    expect(names).toContain("计划-城关丰收农资店");
    expect(names).toContain("KAM 计划一览");
  });

  /*
   * The sheets are found by their marks, never by name: a workbook made in one language and run
   * again in the other keeps its sheets under the names they have, and gets no second set.
   */
  it.each([
    ["en", "zh-CN"],
    ["zh-CN", "en"],
  ] as const)("a workbook made in %s and run again in %s keeps its sheets", async (first, then) => {
    const made = file(`made-${first}.xlsx`);
    const again = file(`again-${then}.xlsx`);
    const args = ["--plans", "--plans-top", "2"];
    expect(
      (await runKam(["analyze", SAMPLES[first], "--out", made, ...args, "--lang", first])).code
    ).toBe(0);
    expect((await runKam(["analyze", made, "--out", again, ...args, "--lang", then])).code).toBe(0);
    const before = await sheetNames(made);
    expect(before).toContain(sheetNamesIn(first).tiers);
    expect(before.filter((n) => n.startsWith(sheetNamesIn(first).planPrefix))).toHaveLength(2);
    expect(await sheetNames(again)).toEqual(before);
    const { workbook } = await loadWorkbook(again);
    expect(workbook.getWorksheet(sheetNamesIn(first).tiers)?.getCell("A1").value).toBe(
      tierSheetText(then).title
    );
  });
});

describe("kam analyze --plans --json: what each plan says, from the account's own figures", () => {
  const cases: [Lang, RegExp, RegExp, string, string, string][] = [
    [
      "en",
      /Huinong/,
      /Tianyuan/,
      "financial management",
      "management guidance",
      "promotion support",
    ],
    ["zh-CN", /惠农/, /田园/, "财务管理", "经营理念指导", "促销支持"],
  ];
  it.each(cases)(
    "on the %s sample: credit, philosophy and falling sales set the priorities, and the tasks follow",
    async (lang, huinong, tianyuan, finance, guidance, promotion) => {
      const out = path.join(await scratchDir(), "out.xlsx");
      const run = await runKam([
        "analyze",
        SAMPLES[lang],
        "--out",
        out,
        "--plans",
        "--json",
        "--lang",
        lang,
      ]);
      expect(run.code).toBe(0);
      const plans: PlanJson[] = JSON.parse(run.stdout).plans;
      expect(plans).toHaveLength(6);
      const words = planVocabulary(lang).priority;
      const need = (plan: PlanJson | undefined, name: string) =>
        plan?.needs.find((n) => n.need === name);

      // 白沙惠农 is 45 days overdue (credit WATCH): financial management first, and the reason says so.
      const hn = plans.find((p) => huinong.test(p.account));
      expect(need(hn, finance)?.priority).toBe(words.high);
      // The status as people read it: the code in English, 关注 in Chinese (issue 14).
      expect(need(hn, finance)?.reason).toContain(creditStatusWord("WATCH", lang));
      expect(need(hn, finance)?.reason).toMatch(/45/);
      // 黄花田园 scores 3 for business philosophy: coaching first.
      const ty = plans.find((p) => tianyuan.test(p.account));
      expect(need(ty, guidance)?.priority).toBe(words.high);
      expect(need(ty, guidance)?.reason).toMatch(/3/);

      // Promotion support is high exactly for the shops whose sales fell.
      const loaded = await loadWorkbook(SAMPLES[lang]);
      const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
      const rows = readCustomers(values, detectColumns(values)!, 1, lang).rows;
      const fell = new Set(
        rows
          .filter((r) => r.priorSales !== undefined && r.sales < r.priorSales)
          .map((r) => r.account)
      );
      const promoted = plans.filter((p) => need(p, promotion)?.priority === words.high);
      expect(promoted.length).toBeGreaterThan(0);
      expect(promoted.map((p) => p.account).sort()).toEqual(
        plans
          .map((p) => p.account)
          .filter((a) => fell.has(a))
          .sort()
      );

      // Tasks only for high and medium needs, and every such need that has a template task gets it.
      const templates = defaultTemplates(lang);
      for (const plan of plans) {
        const wanted = plan.needs.filter((n) => n.priority !== words.low).map((n) => n.need);
        expect(plan.tasks.map((t) => t.task)).toEqual(
          templates.tasks.filter((t) => wanted.includes(t.need)).map((t) => t.workItem)
        );
        for (const task of plan.tasks) expect(task.due >= task.start).toBe(true);
      }
      // The plans differ as the accounts do.
      expect(
        new Set(plans.map((p) => JSON.stringify(p.needs.map((n) => n.priority)))).size
      ).toBeGreaterThan(2);
      // Service model and targets from the data: DSO target = the star level's credit terms.
      for (const plan of plans) {
        expect(plan.serviceModel?.stars).toBe(plan.stars);
        expect(plan.targets.dso).toBe(plan.serviceModel?.creditTermsDays);
        expect(plan.dso).toBeGreaterThan(0);
      }
    }
  );
});

describe("kam analyze --plans again: targets follow the criteria, what the user typed stays", () => {
  it("refreshes the sales targets with a new target_growth, but keeps a DSO target the user typed", async () => {
    const dir = await scratchDir();
    const first = path.join(dir, "first.xlsx");
    const edited = path.join(dir, "edited.xlsx");
    const second = path.join(dir, "second.xlsx");
    const criteria = path.join(dir, "criteria.json");
    await runKam(["analyze", SAMPLES.en, "--out", first, "--plans", "--lang", "en"]);
    const targets = async (file: string) => {
      const loaded = await loadWorkbook(file);
      const [sales, , dso] = namedValues(loaded, "KAM_Plan_1_Targets") ?? [];
      return { sales: sales?.[0], dso: dso?.[0] };
    };
    const before = await targets(first);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(first);
    const sheet = book.getWorksheet(PLAN) as ExcelJS.Worksheet;
    const dsoRow = sheet.getColumn(1).values.findIndex((v) => String(v).startsWith("DSO (days,"));
    sheet.getCell(dsoRow, 2).value = 50;
    await book.xlsx.writeFile(edited);
    // As Excel or LibreOffice would save it: with the document properties that mark the add-in's sheets.
    await keepCustomProperties(first, edited);
    await fs.writeFile(criteria, JSON.stringify({ target_growth: 0.2 }));
    const run = await runKam([
      "analyze",
      edited,
      "--out",
      second,
      "--plans",
      "--lang",
      "en",
      "--criteria",
      criteria,
    ]);
    expect(run.code).toBe(0);
    const after = await targets(second);
    expect(after.dso).toBe(50);
    expect(before.sales).toBeGreaterThan(0);
    // Prior sales × 1.2 instead of × 1.1.
    expect(after.sales).toBe(Math.round(((before.sales as number) / 1.1) * 1.2));
  });
});

describe.each(["en", "zh-CN"] as Lang[])(
  "kam analyze --plans again: the cooperation heading and the portfolio quadrant (%s)",
  (lang) => {
    it("a heading as the add-in wrote it gains the quadrant line; one the user wrote stays", async () => {
      const dir = await scratchDir();
      const file = (name: string) => path.join(dir, name);
      const analyze = async (input: string, out: string) => {
        const run = await runKam([
          "analyze",
          input,
          "--out",
          out,
          "--plans",
          "--json",
          "--lang",
          lang,
        ]);
        expect(run.code).toBe(0);
        return JSON.parse(run.stdout).plans as PlanJson[];
      };
      const heading = (book: ExcelJS.Workbook, n: number) => {
        const model = namedCell(book, `KAM_Plan_${n}_Model`);
        return model.sheet.getCell(model.row - 1, model.col);
      };
      const plans = await analyze(SAMPLES[lang], file("first.xlsx"));
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file("first.xlsx"));
      const written = [1, 2].map((n) => heading(book, n).value as string);
      const m = planText(lang).model;
      // Plan 1 as a plan made before the portfolio: the service level line alone.
      const level = written[0].slice(0, written[0].lastIndexOf(m.withPortfolio("", "")));
      expect(written[0]).not.toBe(level);
      expect(level).toBe(m.level(plans[0].serviceModel?.stars as number));
      heading(book, 1).value = level;
      heading(book, 2).value = "Joint business plan, reviewed monthly";
      await book.xlsx.writeFile(file("edited.xlsx"));
      await keepCustomProperties(file("first.xlsx"), file("edited.xlsx"));

      const again = await analyze(file("edited.xlsx"), file("second.xlsx"));
      const after = new ExcelJS.Workbook();
      await after.xlsx.readFile(file("second.xlsx"));
      const words = portfolioText(lang);
      const quadrant = again[0].portfolio?.quadrant as keyof typeof words.quadrant;
      expect(heading(after, 1).value).toBe(
        m.withPortfolio(
          level,
          m.portfolio(words.quadrant[quadrant], again[0].portfolio?.treatment as string)
        )
      );
      expect(heading(after, 1).value).toBe(written[0]);
      expect(heading(after, 2).value).toBe("Joint business plan, reviewed monthly");
    });
  }
);
