/**
 * The print setup of the generated sheets: described once in core (page-setup.ts), copied by the
 * .xlsx writer into the file's pageSetup, print titles and header/footer.
 */
import ExcelJS from "exceljs";
import { pageSetup, paperForLocale } from "../../src/core/sheets/page-setup";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { applyPageSetup } from "../../src/xlsx/sheet-formats";

test.each([
  ["en-US", "Letter"],
  ["en_US.UTF-8", "Letter"],
  ["es-MX", "Letter"],
  ["fr-CA", "Letter"],
  ["en-GB", "A4"],
  ["zh-CN", "A4"],
  ["zh_CN.UTF-8", "A4"],
  ["de", "A4"],
  [undefined, "A4"],
])("the paper of locale %s is %s", (locale, paper) => {
  expect(paperForLocale(locale)).toBe(paper);
});

test("every sheet prints landscape with its name, the date and the page number", () => {
  for (const lang of ["en", "zh-CN"] as const) {
    const setup = pageSetup(lang, { titleRow: 12 });
    expect(setup.orientation).toBe("landscape");
    expect(setup.pagesWide).toBe(1);
    expect(setup.titleRows).toEqual({ first: 12, last: 12 });
    expect(setup.header).toEqual({ left: "&A", right: "&D" });
    expect(setup.footer.center).toMatch(/&P.*&N/);
  }
  expect(pageSetup("en", { pagesWide: 2 }).titleRows).toBeUndefined();
});

test("the .xlsx writer copies the setup, with the paper of the locale it runs in", () => {
  const spec = { pageSetup: pageSetup("zh-CN", { titleRow: 12, pagesWide: 2 }) } as SheetSpec;
  const a4 = new ExcelJS.Workbook().addWorksheet("A4");
  applyPageSetup(a4, spec, "zh_CN.UTF-8");
  expect(a4.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 2,
    fitToHeight: 0,
    printTitlesRow: "13:13",
  });
  expect(a4.headerFooter.oddHeader).toBe("&L&A&R&D");
  expect(a4.headerFooter.oddFooter).toBe("&C第 &P 页，共 &N 页");
  const letter = new ExcelJS.Workbook().addWorksheet("Letter");
  applyPageSetup(letter, spec, "en-US");
  expect(letter.pageSetup.paperSize).toBe(1);
  const none = new ExcelJS.Workbook().addWorksheet("None");
  applyPageSetup(none, {} as SheetSpec, "en-US");
  expect(none.pageSetup.fitToPage).toBeFalsy();
});
