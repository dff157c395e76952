/**
 * The KAM functions in the workbench's grid, typed as a person types them: every example of the
 * README's function table shows the README's figure on the sample; KAM.TIERS spills; a blocked spill
 * shows #SPILL!; errors say why; a changed input recalculates; and KAM.GRADE filled down ten rows
 * agrees with the stars of the KAM Tiers sheet the pane wrote.
 */
import { agreesWithReadme, readmeExamples } from "../support/readme-examples";
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

/** The text a cell shows, after going to it through the name box (so it is on screen). */
async function shown(address: string): Promise<string> {
  await bench.goTo(address);
  return bench.cell(address).innerText();
}

test("every README example computes in the grid on the sample, with the README's figure", async () => {
  await browser.page.goto(`${browser.url}?lang=en`);
  await bench.ready();
  await bench.chooseSource(/Customers!A1:N\d+/);
  await bench.analyse(); // writes KAM_Criteria, which KAM.ISKEY's example reads
  await bench.openSheet("Customers");

  for (const example of readmeExamples()) {
    await bench.typeInto("K45", example.formula);
    const text = await shown("K45");
    expect([example.formula, text, agreesWithReadme(text, example.shown)]).toEqual([
      example.formula,
      text,
      true,
    ]);
  }

  // KAM.TIERS's example once more: its table spilled below and to the right, largest account first,
  // as Excel's own functions find it.
  const tiers = readmeExamples().find((example) => example.id === "KAM.TIERS");
  await bench.typeInto("K45", tiers?.formula ?? "");
  await bench.typeInto("V45", "=INDEX(A5:A40,SUMPRODUCT((C5:C40=MAX(C5:C40))*(ROW(C5:C40)-4)))");
  expect(await shown("K46")).toBe(await shown("V45"));
  expect(await shown("L45")).toBe("Sales");
  await bench.goTo("K50");
  expect(await bench.formulaBar().inputValue()).toMatch(/^=KAM\.TIERS\(/);
  await screenshot(browser.page, "functions-en-1-tiers-spilled");

  // A cell in the way: #SPILL!, and the message names the cell; emptied, the table spills again.
  await bench.typeInto("M50", "in the way");
  expect(await shown("K45")).toBe("#SPILL!");
  expect(await bench.cell("K45").getAttribute("title")).toContain("M50");
  await expect(bench.errorNote().innerText()).resolves.toContain("M50");
  await screenshot(browser.page, "functions-en-2-spill-blocked");
  await bench.goTo("M50");
  await browser.page.keyboard.press("Delete");
  expect(await shown("K45")).not.toBe("#SPILL!");

  // An error says why, in the cell's tooltip and beside the formula bar.
  await bench.typeInto("K45", "=KAM.ABC(C5:C40,,0.9,0.5)");
  expect(await shown("K45")).toBe("#NUM!");
  expect(await bench.cell("K45").getAttribute("title")).toMatch(/cut-off/);
  await expect(bench.errorNote().innerText()).resolves.toMatch(/^#NUM! .*cut-off/);
  await screenshot(browser.page, "functions-en-3-error-message");

  // A changed input: the share follows it.
  await bench.typeInto("K45", "=KAM.SHARE(C5, C$5:C$40)");
  const before = await shown("K45");
  const sales = await shown("C5");
  await bench.typeInto("C5", "0");
  expect(await shown("K45")).toBe("0");
  await bench.typeInto("C5", sales.replace(/,/g, ""));
  expect(await shown("K45")).toBe(before);
});

test("KAM.GRADE filled down ten rows agrees with the KAM Tiers sheet", async () => {
  await bench.typeInto("K45", "");
  // The function's plain form grades by ABC class alone; with credit, philosophy and the criteria it
  // is the pane's grade.
  await bench.typeInto("P5", "=KAM.GRADE(C5,C$5:C$40)");
  await bench.typeInto("Q5", "=KAM.GRADE(C5,C$5:C$40,KAM.CREDIT(E5,F5,G5,H5),I5,KAM_Criteria)");
  await bench.goTo("P5:Q14");
  await browser.page.keyboard.press("Control+d");
  const rows = Array.from({ length: 10 }, (_, i) => 5 + i);
  const customers = [];
  for (const r of rows)
    customers.push({
      account: await shown(`A${r}`),
      byClass: await shown(`P${r}`),
      stars: await shown(`Q${r}`),
    });
  expect(await bench.formulaBarOf("P14")).toBe("=KAM.GRADE(C14,C$5:C$40)");
  await screenshot(browser.page, "functions-en-4-grade-filled");

  await bench.openSheet("KAM Tiers");
  await bench.goTo("A1");
  const headerRow = Number((await bench.scrollToText("Account")).replace(/^[A-Z]+/, ""));
  const header = await bench.rowTexts(headerRow);
  const [abc, stars] = [header.indexOf("ABC"), header.indexOf("Stars")];
  expect(abc).toBeGreaterThan(0);
  const classStars: Record<string, string> = { A: "4", B: "2", C: "1" };
  for (const customer of customers) {
    await bench.goTo(`A${headerRow}`);
    const at = await bench.scrollToText(customer.account);
    const row = Number(at.replace(/^[A-Z]+/, ""));
    const tier = await bench.rowTexts(row);
    expect([customer.account, customer.stars]).toEqual([customer.account, tier[stars]]);
    expect([customer.account, customer.byClass]).toEqual([customer.account, classStars[tier[abc]]]);
  }
});

test("in Chinese, KAM.TIERS spills its table in Chinese", async () => {
  await bench.chooseLanguage("zh-CN");
  await bench.openSample("zh-CN");
  await bench.typeInto("K45", "=KAM.TIERS(A5:A40, C5:C40)");
  expect(await shown("K45")).toBe("客户");
  expect(await shown("L45")).toBe("销售额");
  await bench.goTo("K46");
  await screenshot(browser.page, "functions-zh-1-tiers-spilled");
  await bench.typeInto("K45", "=KAM.ABC(C5:C40,,0.9,0.5)");
  expect(await shown("K45")).toBe("#NUM!");
  await screenshot(browser.page, "functions-zh-2-error-message");
});
