/**
 * The print setup of the generated sheets: described once in core (page-setup.ts), copied by the
 * .xlsx writer into the file's pageSetup, print titles and header/footer.
 */
import { pageSetup, paperForLocale } from "../../src/core/sheets/page-setup";
import { pageSetUpPr, pageSetupXml, printTitlesRef } from "../../src/xlsx/page-setup-xml";

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
  const setup = pageSetup("zh-CN", { titleRow: 12, pagesWide: 2 });
  const a4 = pageSetupXml(setup, "zh_CN.UTF-8");
  expect(a4).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="2" fitToHeight="0"/>');
  expect(a4).toContain("<oddHeader>&amp;L&amp;A&amp;R&amp;D</oddHeader>");
  expect(a4).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
  expect(pageSetUpPr(setup)).toBe('<pageSetUpPr fitToPage="1"/>');
  expect(printTitlesRef("KAM 客户分级", setup)).toBe("'KAM 客户分级'!$13:$13");
  expect(pageSetupXml(setup, "en-US")).toContain('paperSize="1"');
  expect(pageSetupXml(undefined, "en-US")).not.toContain("<pageSetup");
  expect(pageSetUpPr(undefined)).toBe("");
});
