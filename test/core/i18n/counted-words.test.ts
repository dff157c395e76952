import { words } from "../../../src/core/i18n/languages";
import { sheetList } from "../../../src/cli/cli-text";

describe("counted words follow the language's plural rules", () => {
  test("English says 1 row, 2 rows; Chinese has one form", () => {
    const en = words("en");
    const zh = words("zh-CN");
    expect(en.cli.progress.analysing(1)).toBe("Analysing 1 row…");
    expect(en.cli.progress.analysing(12345)).toBe("Analysing 12,345 rows…");
    expect(en.cli.progress.writing("KAM Tiers", 1000, 10001)).toBe(
      "Writing KAM Tiers: 1,000 of 10,001 rows"
    );
    expect(zh.cli.progress.analysing(1)).toBe("正在分析 1 行…");
    expect(en.pane.results.paretoOf(1)).toBe("of 1 account");
    expect(en.pane.results.paretoOf(14)).toBe("of 14 accounts");
    expect(en.pane.preview.shown(1, 1)).toBe("The first 1 of 1 row, as they will be read");
    expect(en.pane.results.keyListEmpty(1)).toBe(
      "No account has 1 star or more with these criteria."
    );
    expect(en.pane.results.keyListEmpty(3)).toBe(
      "No account has 3 stars or more with these criteria."
    );
    expect(zh.pane.results.paretoOf(1)).toBe("共 1 个客户");
  });
});

describe("lists of names in a message", () => {
  test("each language quotes and separates them its own way", () => {
    expect(sheetList(["Sheet1", "Data"], "en")).toBe('"Sheet1", "Data"');
    expect(sheetList(["Sheet1", "Data"], "zh-CN")).toBe("“Sheet1”、“Data”");
  });
});
