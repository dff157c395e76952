import { LANGS, words } from "../../src/core/language";
import { demoWorkbook } from "../../src/taskpane/demo/demo-workbook";

describe("the pane's preview workbook", () => {
  test.each(LANGS)(
    "in %s: the customer list in the catalogue's words, the same figures",
    async (lang) => {
      const text = words(lang).demo;
      const source = await demoWorkbook(lang).detectSource();
      const english = await demoWorkbook("en").detectSource();
      expect(source?.values[0]).toEqual(text.headers);
      expect(source?.sheetName).toBe(text.customersSheet);
      expect(source?.label).toBe(text.customersLabel);
      expect(source?.values[1].slice(0, 2)).toEqual([
        text.shops.chengguan.name,
        text.shops.chengguan.township,
      ]);
      expect(source?.values.map((row) => row.slice(2))).toEqual(
        english?.values
          .map((row) => row.slice(2))
          .map((row, i) => (i === 0 ? text.headers.slice(2) : row))
      );
    }
  );

  test("the Chinese preview has no English words but the brand and the bad figure it shows", async () => {
    const sources = demoWorkbook("zh-CN");
    for (const choice of await sources.listSources()) {
      const source = await sources.readSource(choice.id);
      const cells = [choice.label, source.address, ...source.values.flat()].filter(
        (v): v is string => typeof v === "string"
      );
      for (const cell of cells)
        expect(cell.replace(/n\/a|[A-Z]+\d*(:[A-Z]+\d+)?/g, "")).not.toMatch(/[A-Za-z]/);
    }
  });
});
