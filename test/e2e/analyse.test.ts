/**
 * The sample workbook analysed in the workbench, by clicking as a person would, in English and in
 * Chinese: the pane writes the criteria and tier sheets (and, in Chinese, the plans), and the grid
 * shows their computed figures.
 */
import { type Browser, openBrowser, screenshot } from "./support/browser";
import { Workbench } from "./support/workbench";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { portfolioText } from "../../src/core/sheets/portfolio-text";

let browser: Browser;
let bench: Workbench;

beforeAll(async () => {
  browser = await openBrowser();
  bench = new Workbench(browser.page);
});
afterAll(() => browser?.close());
afterEach(() => expect(browser.problems).toEqual([]));

test("English: the sample ledger is analysed and the tier sheet shows its figures", async () => {
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  expect(await bench.cell("A4").innerText()).toBe("Shop");
  await screenshot(browser.page, "en-1-sample-opened");

  // The cursor is on the title; the person picks the whole ledger instead.
  await bench.chooseSource(/Customers!A1:N\d+/);
  await screenshot(browser.page, "en-2-ledger-chosen");
  await bench.analyse();
  await screenshot(browser.page, "en-3-analysed");

  // Credit columns give KAM Credit (issue 11); categories and a potential KAM White Space and
  // KAM Portfolio (issue 15).
  expect(await bench.sheetTabs()).toEqual([
    "Customers",
    "KAM Criteria",
    "KAM Tiers",
    "KAM Credit",
    "KAM White Space",
    "KAM Portfolio",
  ]);
  await bench.openSheet("KAM Tiers");
  // Three rows more in the summary: the key accounts' receivables, overdue and exposure (issue 11).
  expect(await bench.cell("A17").innerText()).toBe("Fengshou Farm Supplies");
  // Summary formulas, computed by the workbench's engine: total sales and the key accounts' share.
  expect(await bench.cell("C3").innerText()).toBe("3,176,000");
  expect(await bench.cell("C6").innerText()).toMatch(/^\d+\.\d%$/);
  await screenshot(browser.page, "en-4-tier-sheet");
  await bench.openSheet("KAM White Space");
  await screenshot(browser.page, "en-5-white-space");
  await bench.openSheet("KAM Portfolio");
  await screenshot(browser.page, "en-6-portfolio-matrix");
  await bench.scrollToChart(portfolioText("en").chartTitle);
  await screenshot(browser.page, "en-7-portfolio-chart");
});

test("Chinese: the pane in Chinese analyses the Chinese ledger", async () => {
  await bench.chooseLanguage("zh-CN");
  await bench.openSample("zh-CN");
  await screenshot(browser.page, "zh-1-sample-opened");
  await bench.chooseSource(/客户台账.?!A1:N\d+/);
  await bench.analyse();
  await screenshot(browser.page, "zh-2-analysed");

  // Every tab the analysis wrote is named in Chinese (issue 14).
  expect(await bench.sheetTabs()).toEqual([
    "客户台账",
    sheetNames("zh-CN").criteria,
    sheetNames("zh-CN").tiers,
    sheetNames("zh-CN").credit,
    sheetNames("zh-CN").whiteSpace,
    sheetNames("zh-CN").portfolio,
  ]);
  await bench.openSheet(sheetNames("zh-CN").tiers);
  expect(await bench.cell("A16").innerText()).toBe("客户");
  expect(await bench.cell("C3").innerText()).toBe("3,176,000");
  await screenshot(browser.page, "zh-3-tier-sheet");
  await bench.openSheet(sheetNames("zh-CN").whiteSpace);
  await screenshot(browser.page, "zh-3a-white-space");
  await bench.openSheet(sheetNames("zh-CN").portfolio);
  await screenshot(browser.page, "zh-3b-portfolio-matrix");
  await bench.scrollToChart(portfolioText("zh-CN").chartTitle);
  await screenshot(browser.page, "zh-3c-portfolio-chart");

  await bench.generatePlans(6, 0);
  await bench.openSheet(sheetNames("zh-CN").plans);
  expect(await bench.cell("A5").innerText()).toBe("城关丰收农资店");
  await screenshot(browser.page, "zh-4-plans-overview");
  const plan = (await bench.sheetTabs()).find((name) => name.includes("城关丰收农资店"));
  await bench.openSheet(plan ?? "");
  await screenshot(browser.page, "zh-5-plan-sheet");
});
