/**
 * KAM Team in the workbench, in both languages: the roster with one example person per role, the
 * workload the grid computes from every plan's tasks, and a plan's work plan naming those people.
 */
import type { Lang } from "../../src/core/language";
import { defaultTemplates } from "../../src/core/plans/default-templates";
import { planText } from "../../src/core/plans/plan-text";
import { teamText } from "../../src/core/plans/team-text";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { type Browser, openBrowser, screenshot } from "./support/browser";
import { Workbench } from "./support/workbench";

let browser: Browser;
let bench: Workbench;

beforeAll(async () => {
  browser = await openBrowser();
  bench = new Workbench(browser.page);
});
afterAll(() => browser?.close());
afterEach(() => expect(browser.problems).toEqual([]));

async function teamAndPlan(lang: Lang, plan: string) {
  const manager = teamText(lang).placeholder(defaultTemplates(lang).roles[0].role);
  await bench.openSheet(sheetNames(lang).team);
  expect(await bench.cell("A6").innerText()).toBe(manager);
  // The KA manager's months: numbers the grid computed from the plans, some of them work, no error.
  const months = (await bench.rowTexts(6)).slice(4, 16);
  expect(months.join("")).not.toMatch(/#/);
  const days = months.map((t) => Number(t.replace(/,/g, "")));
  expect(days.every((d) => Number.isFinite(d))).toBe(true);
  expect(days.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  await screenshot(browser.page, `team-${lang}-1-roster-and-workload`);

  await bench.openSheet(plan);
  await bench.scrollToText(planText(lang).sections.workPlan);
  // The work plan's header ("Person" is the team's header too): the person is beside the owner role.
  const owner = await bench.scrollToText(planText(lang).tasks.ownerRole, "right");
  expect(owner).toMatch(/^C\d+$/);
  expect(await bench.cell(`D${owner.slice(1)}`).innerText()).toBe(planText(lang).tasks.person);
  const first = `D${Number(owner.slice(1)) + 1}`;
  expect(await bench.cell(first).innerText()).not.toBe("");
  await screenshot(browser.page, `team-${lang}-2-plan-names-people`);
}

test("English: KAM Team sums the plans' task days per person and month", async () => {
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  await bench.chooseSource(/Customers!A1:N\d+/);
  await bench.analyse();
  await bench.generatePlans(6, 0);
  expect(await bench.sheetTabs()).toEqual(expect.arrayContaining([sheetNames("en").team]));
  await teamAndPlan("en", "Plan - Fengshou Farm Supplies");
});

test("Chinese: the same in the Chinese ledger", async () => {
  await bench.chooseLanguage("zh-CN");
  await bench.openSample("zh-CN");
  await bench.chooseSource(/客户台账.?!A1:N\d+/);
  await bench.analyse();
  await bench.generatePlans(6, 0);
  const plan = (await bench.sheetTabs()).find((name) => name.includes("城关丰收农资店"));
  await teamAndPlan("zh-CN", plan ?? "");
});
