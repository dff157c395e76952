/**
 * The pane in the workbench keeps its state across Office's language and theme switches (issue 12):
 * the source it found, the preview (which follows an edit typed into the ledger) and the analysis's
 * results stay, in the new language; with a KAM sheet active the source is still the ledger's table.
 * Screenshots in out/e2e/pane-state-*.png.
 */
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

/** What the pane's "Table or range" dropdown shows. */
function sourceShown(): Promise<string> {
  return bench.pane.getByRole("combobox", { name: bench.strings.source.label }).innerText();
}

function preview() {
  return bench.pane.getByRole("region", { name: bench.strings.preview.heading });
}

test("an edit of the ledger reaches the preview, and a switch keeps source, preview and results", async () => {
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  const ledger = await sourceShown();
  expect(ledger).toMatch(/^Customers!A4:N\d+$/);

  // The first shop renamed in the grid: the preview reads the ledger again and shows the new name.
  await bench.typeInto("A5", "Renamed Shop");
  await preview().getByText("Renamed Shop", { exact: true }).waitFor();
  await screenshot(browser.page, "pane-state-1-preview-after-edit");

  await bench.analyse();
  await bench.openSheet("KAM Tiers");
  const accounts = await bench.pane.getByRole("region", { name: /^Key accounts/ }).innerText();
  await screenshot(browser.page, "pane-state-2-analysed-en");

  await bench.chooseLanguage("zh-CN");
  // The results are still there, under the Chinese headings, and the source is still the ledger's.
  await bench.pane.getByRole("heading", { name: bench.strings.stepHeadings.results }).waitFor();
  expect(await sourceShown()).toBe(ledger);
  await preview().getByText("Renamed Shop", { exact: true }).waitFor();
  expect(await bench.pane.getByRole("button", { name: bench.strings.analyse.button }).count()).toBe(
    1
  );
  await screenshot(browser.page, "pane-state-3-switched-to-chinese");

  await browser.page.getByRole("switch", { name: bench.text.dark }).click();
  await bench.ready();
  await bench.pane.getByRole("heading", { name: bench.strings.stepHeadings.results }).waitFor();
  expect(await sourceShown()).toBe(ledger);
  await screenshot(browser.page, "pane-state-4-dark");

  await bench.chooseLanguage("en");
  await browser.page.getByRole("switch", { name: bench.text.dark }).click();
  await bench.ready();
  const after = await bench.pane.getByRole("region", { name: /^Key accounts/ }).innerText();
  expect(after).toBe(accounts);
  expect(await sourceShown()).toBe(ledger);
});
