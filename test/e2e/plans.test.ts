/**
 * Plans in the workbench, as a person makes and keeps them: generate the plans of the key accounts,
 * type a task's status into the grid, generate again, and find the status still there; then download
 * the workbook and open the file.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { planText } from "../../src/core/plans/plan-text";
import { planVocabulary } from "../../src/core/plans/plan-vocabulary";
import { type Browser, openBrowser, screenshot } from "./support/browser";
import { Workbench, below } from "./support/workbench";

let browser: Browser;
let bench: Workbench;

beforeAll(async () => {
  browser = await openBrowser();
  bench = new Workbench(browser.page);
});
afterAll(() => browser?.close());
afterEach(() => expect(browser.problems).toEqual([]));

const PLAN = "Plan - Fengshou Farm Supplies";
/** Where the first test typed the status, for the download to find it. */
let typedStatus = "";

test("a task's status typed into the grid is kept when the plans are generated again", async () => {
  const words = planVocabulary("en").status;
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  await bench.chooseSource(/Customers!A1:N\d+/);
  await bench.analyse();
  await bench.generatePlans(6, 0);
  await screenshot(browser.page, "plans-1-generated");
  expect(await bench.sheetTabs()).toEqual(
    expect.arrayContaining(["KAM Plans", "KAM Templates", PLAN])
  );

  await bench.openSheet("KAM Plans");
  expect(await bench.cell("A5").innerText()).toBe("Fengshou Farm Supplies");
  const [tasks, done] = [await bench.cell("D5").innerText(), await bench.cell("E5").innerText()];
  expect(Number(tasks)).toBeGreaterThan(0);
  expect(done).toBe("0");
  await screenshot(browser.page, "plans-2-overview");

  // The person opens the plan, finds the work plan's Status column and types into the first task.
  await bench.openSheet(PLAN);
  const headers = planText("en").tasks;
  await bench.scrollToText(headers.workItem);
  const status = below(await bench.scrollToText(headers.status, "right"));
  await bench.typeInto(status, "finished");
  await browser.page.getByRole("alertdialog").waitFor();
  await screenshot(browser.page, "plans-3-status-refused");
  await browser.page.getByRole("button", { name: bench.text.retry }).click();
  await browser.page.keyboard.press("Control+A");
  await browser.page.keyboard.type(words.done);
  await browser.page.keyboard.press("Enter");
  expect(await bench.cell(status).innerText()).toBe(words.done);
  await screenshot(browser.page, "plans-4-status-typed");

  await bench.openSheet("KAM Plans");
  expect(await bench.cell("E5").innerText()).toBe("1");
  await screenshot(browser.page, "plans-5-overview-counts-it");

  typedStatus = status;
  await bench.generatePlans(0, 6);
  await bench.openSheet(PLAN);
  await bench.scrollToText(headers.workItem);
  await bench.scrollToText(headers.status, "right");
  expect(await bench.cell(status).innerText()).toBe(words.done);
  await screenshot(browser.page, "plans-6-regenerated-status-kept");
  expect(await bench.refusals().count()).toBe(0);
});

test("the workbook is downloaded as .xlsx and the file has every sheet and the typed status", async () => {
  const [download] = await Promise.all([
    browser.page.waitForEvent("download"),
    browser.page.getByRole("button", { name: bench.text.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("kam-sample-en-kam.xlsx");
  const file = path.join(browser.downloads, download.suggestedFilename());
  await download.saveAs(file);
  await screenshot(browser.page, "plans-7-downloaded");

  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(file);
  expect(saved.worksheets.map((s) => s.name)).toEqual(await bench.sheetTabs());
  expect(saved.getWorksheet(PLAN)?.getCell(typedStatus).value).toBe(
    planVocabulary("en").status.done
  );
  expect(saved.getWorksheet("KAM Tiers")?.getCell("C3").formula).toMatch(/^SUM\(/);
});
