/**
 * Wrapped cells in the workbench's grid (issue 12): where a generated sheet asks for wrapping (KAM
 * Templates' roles, a plan's team), the text is drawn wrapped within its column, in a row tall enough
 * for every line. Screenshots in out/e2e/wrap-*.png.
 */
import { type Browser, openBrowser, screenshot } from "./support/browser";
import { Workbench } from "./support/workbench";
import { sheetNames } from "../../src/core/sheets/sheet-names";

let browser: Browser;
let bench: Workbench;

beforeAll(async () => {
  browser = await openBrowser();
  bench = new Workbench(browser.page);
});
afterAll(() => browser?.close());
afterEach(() => expect(browser.problems).toEqual([]));

interface Drawn {
  address: string;
  height: number;
  clipped: boolean;
  lines: number;
}

/** The wrapped cells on screen: how tall they are drawn and whether their text is cut off. */
function wrappedCells(): Promise<Drawn[]> {
  return browser.page
    .getByRole("grid")
    .locator("[data-address]")
    .evaluateAll((nodes) =>
      nodes
        .map((node) => node as HTMLElement)
        .filter((node) => node.dataset.wrap === "true" && node.innerText.trim() !== "")
        .map((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          const lineTops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return {
            address: node.getAttribute("data-address") ?? "",
            height: node.clientHeight,
            clipped:
              node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1,
            lines: lineTops.size,
          };
        })
    );
}

async function checkSheet(name: string, shot: string, scrollTo?: string): Promise<void> {
  await bench.openSheet(name);
  await bench.goTo("A1");
  if (scrollTo) await bench.scrollToText(scrollTo);
  await screenshot(browser.page, shot);
  const cells = await wrappedCells();
  expect(cells.length).toBeGreaterThan(0);
  // Some text needs more than one line, its row grows for it, and no wrapped text is cut off.
  const tall = cells.filter((c) => c.lines > 1);
  expect(tall.length).toBeGreaterThan(0);
  for (const cell of tall) expect(cell.height).toBeGreaterThanOrEqual(cell.lines * 19);
  expect(cells.filter((c) => c.clipped)).toEqual([]);
}

test("the templates and a plan draw their wrapped cells wrapped, in both languages", async () => {
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  await bench.chooseSource(/Customers!A1:N\d+/);
  await bench.analyse();
  await bench.generatePlans(6, 0);
  await checkSheet("KAM Templates", "wrap-en-1-templates");
  const plan = (await bench.sheetTabs()).find((name) => name.startsWith("Plan"));
  // A plan's team: the roles' responsibilities, authority and benefit wrap.
  await checkSheet(plan ?? "", "wrap-en-2-plan", "Authority");

  await bench.chooseLanguage("zh-CN");
  await bench.openSample("zh-CN");
  await bench.chooseSource(/客户台账.?!A1:N\d+/);
  await bench.analyse();
  await bench.generatePlans(6, 0);
  await checkSheet(sheetNames("zh-CN").templates, "wrap-zh-1-templates");
});
