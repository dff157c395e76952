/**
 * The Office.js writer copies the spec's print setup into worksheet.pageLayout: landscape, fitted to
 * pages across, the header row repeated, header and footer; the paper is the display language's.
 */
import { pageSetup } from "../../src/core/sheets/page-setup";
import { tierSpec, useExcel } from "./fixtures";

describe.each([
  ["en-US", "Letter"],
  ["zh-CN", "A4"],
])("with Office in %s", (displayLanguage, paper) => {
  const excel = useExcel(displayLanguage);

  it(`prints landscape on ${paper}, one page wide, the header row on every page`, async () => {
    const { host, workbook } = excel();
    const spec = {
      ...tierSpec(3, (i) => `Shop ${i}`),
      pageSetup: pageSetup("en", { titleRow: 4 }),
    };
    await workbook.writeSheets([spec]);
    const layout = host.model.requireSheet("KAM Tiers").pageLayout;
    expect(layout).toMatchObject({
      orientation: "Landscape",
      paperSize: paper,
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$5:$5",
      headersFooters: { leftHeader: "&A", rightHeader: "&D", centerFooter: "Page &P of &N" },
    });
  });
});

describe("without ExcelApi 1.9", () => {
  const excel = useExcel();

  it("writes the sheet and leaves its print setup to Excel", async () => {
    const { host, workbook } = excel();
    host.excelApi = "1.8";
    const spec = { ...tierSpec(3, (i) => `Shop ${i}`), pageSetup: pageSetup("en") };
    await workbook.writeSheets([spec]);
    expect(host.model.requireSheet("KAM Tiers").pageLayout.orientation).toBe("Portrait");
  });
});
