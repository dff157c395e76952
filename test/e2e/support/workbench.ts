import type { Locator, Page } from "playwright-core";
import { a1 } from "../../../src/workbench/excel-double";
import { type Lang, words } from "../../../src/core/language";
import { paneText } from "../../../src/taskpane/i18n";
import { sampleLabel, workbenchText } from "../../../src/workbench/workbench-text";

/** The address of the cell below another: the first row under a header. */
export function below(address: string): string {
  const ref = a1.parseRef(address);
  if (!ref) throw new Error(`not a cell: ${address}`);
  return a1.rectAddress({ ...ref.rect, row: ref.rect.row + 1 });
}

/**
 * The workbench as a person uses it: the toolbar, the grid with its name box and sheet tabs, and the
 * task pane. Everything is found by what it says or is labelled, in the language the pane speaks.
 */
export class Workbench {
  lang: Lang = "en";

  constructor(readonly page: Page) {}

  get pane(): Locator {
    return this.page.getByRole("complementary", { name: this.text.paneLabel });
  }

  get strings() {
    return paneText(this.lang);
  }

  get text() {
    return workbenchText(this.lang);
  }

  /** Waits until the workbook is shown and the pane has looked at the data around the cursor. */
  async ready(): Promise<void> {
    await this.page.getByRole("grid").waitFor();
    await this.pane.getByText(this.strings.source.label).first().waitFor();
    await this.pane.getByRole("button", { name: this.strings.source.refresh }).waitFor();
    await this.page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
  }

  async chooseLanguage(lang: Lang): Promise<void> {
    await this.page.getByRole("combobox", { name: this.text.language }).click();
    await this.page.getByRole("option", { name: words(lang).languageName }).click();
    this.lang = lang;
    await this.ready();
  }

  async openSample(lang: Lang): Promise<void> {
    await this.page.getByRole("button", { name: this.text.sample }).click();
    const item = sampleLabel(this.lang, lang);
    await this.page.getByRole("menuitem", { name: item }).click();
    await this.ready();
  }

  /** Picks the customer list in the pane's "Table or range" dropdown. */
  async chooseSource(label: string | RegExp): Promise<void> {
    await this.pane.getByRole("combobox", { name: this.strings.source.label }).click();
    await this.page.getByRole("option", { name: label }).click();
    await this.ready();
  }

  async analyse(): Promise<void> {
    await this.pane.getByRole("button", { name: this.strings.analyse.button, exact: true }).click();
    await this.pane.getByRole("heading", { name: this.strings.stepHeadings.results }).waitFor();
    await this.page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
  }

  /** Goes on from the results to the plans, and generates them for the accounts ticked. */
  async generatePlans(created: number, updated: number): Promise<void> {
    const next = this.pane.getByRole("button", { name: this.strings.results.next });
    if (await next.isVisible()) await next.click();
    await this.pane.getByRole("button", { name: this.strings.plans.generate }).click();
    await this.pane.getByText(this.strings.plans.done(created, updated)).waitFor();
    await this.page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
  }

  async openSheet(name: string): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
    await this.page.getByRole("grid", { name }).waitFor();
  }

  sheetTabs(): Promise<string[]> {
    return this.page.getByRole("tab").allInnerTexts();
  }

  /**
   * Scrolls the grid with the mouse wheel, down or to the right, until a cell showing exactly `text`
   * is on screen; returns its address.
   */
  async scrollToText(text: string, direction: "down" | "right" = "down"): Promise<string> {
    const grid = this.page.getByRole("grid");
    const found = grid
      .locator("[data-address]")
      .filter({ hasText: new RegExp(`^${text}$`) })
      .first();
    const box = await grid.boundingBox();
    for (let i = 0; i < 20 && !(await found.isVisible()); i++) {
      if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(direction === "right" ? 200 : 0, direction === "down" ? 200 : 0);
      await this.page.waitForTimeout(50);
    }
    return (await found.getAttribute("data-address")) ?? "";
  }

  /**
   * Scrolls the grid down with the mouse wheel until the chart titled `title` starts in the upper
   * half of the grid, so a screenshot shows it.
   */
  async scrollToChart(title: string): Promise<void> {
    const grid = this.page.getByRole("grid");
    const chart = this.page.getByRole("img", { name: title });
    const box = await grid.boundingBox();
    for (let i = 0; i < 40; i++) {
      const at = (await chart.count()) > 0 ? await chart.first().boundingBox() : null;
      if (box && at && at.y >= box.y && at.y < box.y + box.height / 2) return;
      if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(0, 200);
      await this.page.waitForTimeout(50);
    }
    throw new Error(`the chart "${title}" did not come into view`);
  }

  cell(address: string): Locator {
    return this.page.getByRole("grid").locator(`[data-address="${address}"]`);
  }

  /** Goes to a cell through the name box, types, and presses Enter, as in Excel. */
  async typeInto(address: string, text: string): Promise<void> {
    const nameBox = this.page.getByRole("textbox", { name: this.text.nameBox });
    await nameBox.fill(address);
    await nameBox.press("Enter");
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** Goes to a cell or range through the name box, as in Excel; the grid has the keyboard after. */
  async goTo(address: string): Promise<void> {
    const nameBox = this.page.getByRole("textbox", { name: this.text.nameBox });
    await nameBox.fill(address);
    await nameBox.press("Enter");
  }

  formulaBar(): Locator {
    return this.page.getByRole("textbox", { name: this.text.formulaBar });
  }

  /** What the formula bar shows for a cell. */
  async formulaBarOf(address: string): Promise<string> {
    await this.goTo(address);
    return this.formulaBar().inputValue();
  }

  /** The error message shown beside the formula bar for the selected cell. */
  errorNote(): Locator {
    return this.page.getByRole("note", { name: this.text.errorMessage });
  }

  /** The texts of a row's cells on screen, by column (A is 0); columns off screen are "". */
  async rowTexts(row: number): Promise<string[]> {
    await this.goTo(`A${row}`);
    const cells = await this.page
      .getByRole("grid")
      .locator("[data-address]")
      .evaluateAll((nodes) =>
        nodes.map((node) => [
          node.getAttribute("data-address") ?? "",
          (node as HTMLElement).innerText,
        ])
      );
    const texts: string[] = [];
    for (const [address, text] of cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m || Number(m[2]) !== row) continue;
      const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      texts[column] = text;
    }
    return Array.from(texts, (text) => text ?? "");
  }

  /** The red banner of requests the double refused, if it is shown. */
  refusals(): Locator {
    return this.page.getByRole("alert", { name: this.text.refusedTitle });
  }
}
