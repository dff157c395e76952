/**
 * The workbench looks like a spreadsheet, in both languages: the tier sheet's headers are not
 * clipped, every sheet tab can be reached when there are more than fit, and the dark theme darkens
 * the grid too. Screenshots in out/e2e/look-*.png.
 */
import type { Lang } from "../../src/core/language";
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

/** The header cells of a row whose text does not fit its cell (clipped), by address. */
async function clippedIn(row: number): Promise<string[]> {
  return browser.page
    .getByRole("grid")
    .locator("[data-address]")
    .evaluateAll(
      (nodes, r) =>
        nodes
          .filter((n) => new RegExp(`^[A-Z]+${r}$`).test(n.getAttribute("data-address") ?? ""))
          .filter((n) => (n as HTMLElement).scrollWidth > (n as HTMLElement).clientWidth + 1)
          .map((n) => n.getAttribute("data-address") ?? ""),
      row
    );
}

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

async function look(lang: Lang, source: RegExp, accountHeader: string): Promise<void> {
  await bench.chooseSource(source);
  await bench.analyse();
  await bench.generatePlans(6, 0);

  // The tier table's headers fit their columns.
  await bench.openSheet(sheetNames(lang).tiers);
  await bench.goTo("A1");
  const headerRow = Number((await bench.scrollToText(accountHeader)).replace(/^[A-Z]+/, ""));
  expect(await clippedIn(headerRow)).toEqual([]);
  await bench.goTo("A1");
  await screenshot(browser.page, `look-${lang}-1-tier-sheet`);

  // Twelve sheets do not fit in one line of tabs: the list of sheets reaches the last one.
  await browser.page.getByRole("button", { name: bench.text.allSheets }).click();
  await screenshot(browser.page, `look-${lang}-2-many-tabs`);
  await browser.page.getByRole("menuitem", { name: sheetNames(lang).plans, exact: true }).click();
  await browser.page.getByRole("grid", { name: sheetNames(lang).plans }).waitFor();
  await expect(
    browser.page.getByRole("tab", { name: sheetNames(lang).plans, exact: true }).isVisible()
  ).resolves.toBe(true);
  await screenshot(browser.page, `look-${lang}-3-last-tab-reached`);

  // The dark theme darkens the grid, not only the toolbar and the pane.
  await browser.page.getByRole("switch", { name: bench.text.dark }).click();
  await bench.ready();
  await bench.openSheet(sheetNames(lang).tiers);
  const background = await browser.page
    .getByRole("grid")
    .evaluate((grid) => getComputedStyle(grid).backgroundColor);
  expect(luminance(background)).toBeLessThan(0.3);
  await screenshot(browser.page, `look-${lang}-4-dark-grid`);
  await browser.page.getByRole("switch", { name: bench.text.dark }).click();
  await bench.ready();
}

test("English", async () => {
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  await look("en", /Customers!A1:N\d+/, "Account");
});

test("Chinese", async () => {
  await bench.chooseLanguage("zh-CN");
  await bench.openSample("zh-CN");
  await look("zh-CN", /客户台账.?!A1:N\d+/, "客户");
});
