/**
 * What Excel refuses, the workbench refuses too, and says so in red over the workbook: a request
 * with an invalid sheet name, an array that does not fit its range, one over Excel on the web's 5 MB.
 * The requests are made the way the add-in makes them, through the page's Excel.run.
 */
import { type Browser, openBrowser, screenshot } from "./support/browser";
import { Workbench } from "./support/workbench";

let browser: Browser;
let bench: Workbench;

beforeAll(async () => {
  browser = await openBrowser();
  bench = new Workbench(browser.page);
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
});
afterAll(() => browser?.close());

type Mistake = "sheetName" | "arrayShape" | "tooLarge";

/** Runs one mistaken request in the page; resolves to the error code Excel.run rejected with. */
function request(mistake: Mistake): Promise<string> {
  return browser.page.evaluate(async (kind) => {
    try {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        if (kind === "sheetName") context.workbook.worksheets.add("Plan: A/B");
        if (kind === "arrayShape") sheet.getRange("G1:H2").values = [[1, 2, 3]];
        if (kind === "tooLarge")
          sheet.getRange("G1:G60000").values = Array.from({ length: 60000 }, () => [
            "x".repeat(100),
          ]);
        await context.sync();
      });
      return "accepted";
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  }, mistake);
}

test.each([
  ["sheetName", "InvalidArgument"],
  ["arrayShape", "InvalidArgument"],
  ["tooLarge", "RequestPayloadSizeLimitExceeded"],
] as const)("%s: refused with %s and shown in the red banner", async (mistake, code) => {
  expect(await request(mistake)).toBe(code);
  const banner = bench.refusals();
  await banner.waitFor();
  expect(await banner.innerText()).toContain(code);
  await screenshot(browser.page, `refused-${mistake}`);
  await banner.getByRole("button", { name: bench.text.dismiss }).click();
  await banner.waitFor({ state: "detached" });
  // Nothing of the refused request reached the workbook.
  expect(await bench.cell("G1").innerText()).toBe("");
  expect(await bench.sheetTabs()).toEqual(["Customers"]);
});
