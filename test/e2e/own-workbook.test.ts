/**
 * A user's own workbook opened in the workbench (file chooser → ExcelJS → the double): its Excel
 * table, with the cursor inside it, is found by the pane and analysed; the pane switches to the dark
 * theme as it follows Office's.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { type Browser, openBrowser, screenshot } from "./support/browser";
import { tierColumnHeader } from "../../src/core/sheets/sheet-text";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { Workbench, below } from "./support/workbench";

let browser: Browser;
let bench: Workbench;

beforeAll(async () => {
  browser = await openBrowser();
  bench = new Workbench(browser.page);
});
afterAll(() => browser?.close());
afterEach(() => expect(browser.problems).toEqual([]));

/** A distributor's list as a user keeps it: an Excel table named Dealers, the cursor on its third row. */
async function dealersWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("经销商", { views: [{ activeCell: "B4" }] });
  sheet.addTable({
    name: "Dealers",
    ref: "A1",
    columns: ["经销商", "区域", "销售额", "信用额度", "应收账款", "逾期天数", "经营理念"].map(
      (name) => ({ name })
    ),
    rows: [
      ["东风农资", "城东", 520000, 200000, 80000, 0, 5],
      ["西岭种业", "城西", 310000, 100000, 130000, 50, 3],
      ["南湖植保", "城南", 150000, 80000, 20000, 0, 4],
      ["北山农技", "城北", 60000, 30000, 5000, 0, 2],
      ["中心门市", "城中", 25000, 10000, 0, 0, 3],
    ],
  });
  sheet.getColumn(1).width = 14;
  const file = path.join(browser.downloads, "dealers.xlsx");
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

test("a user's workbook: its table is found from the cursor and analysed, in the dark theme", async () => {
  await browser.page.goto(`${browser.url}?lang=zh-CN`);
  bench.lang = "zh-CN";
  await bench.ready();
  const file = await dealersWorkbook();
  const chooser = browser.page.waitForEvent("filechooser");
  await browser.page.getByRole("button", { name: bench.text.open }).click();
  await (await chooser).setFiles(file);
  await browser.page.getByText("dealers.xlsx").waitFor();
  await bench.ready();
  await browser.page.getByRole("switch", { name: bench.text.dark }).click();
  await bench.ready();
  await screenshot(browser.page, "own-1-opened-dark");

  await bench.analyse();
  await bench.openSheet(sheetNames("zh-CN").tiers);
  const firstAccount = below(await bench.scrollToText(tierColumnHeader("account", "zh-CN")));
  expect(await bench.cell(firstAccount).innerText()).toBe("东风农资");
  expect(await bench.cell("C3").innerText()).toBe("1,065,000");
  await screenshot(browser.page, "own-2-analysed-dark");
});
