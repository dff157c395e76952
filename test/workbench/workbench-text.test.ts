import { LANGS, words } from "../../src/core/language";
import { sampleLabel, workbenchText } from "../../src/workbench/workbench-text";

describe("the workbench's words come from the catalogues", () => {
  test("the samples menu names each sample in the pane's language, and in its own when that differs", () => {
    expect(sampleLabel("en", "en")).toBe("English sample");
    expect(sampleLabel("en", "zh-CN")).toBe("Chinese sample (中文)");
    expect(sampleLabel("zh-CN", "en")).toBe("英文示例 (English)");
    expect(sampleLabel("zh-CN", "zh-CN")).toBe("中文示例");
  });

  test("every language has its own sample workbook and Office display language that picks it", () => {
    const samples = LANGS.map((lang) => workbenchText(lang).sampleWorkbook);
    expect(new Set(samples).size).toBe(LANGS.length);
    for (const sample of samples) expect(sample).toMatch(/^assets\/.+\.xlsx$/);
    for (const lang of LANGS) {
      const display = words(lang).workbench.officeDisplayLanguage;
      expect(words(lang).officeLanguages.test(display)).toBe(true);
    }
  });
});
