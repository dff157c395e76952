import { LANGS, languageOf, words } from "../../../src/core/i18n/languages";
import { plural } from "../../../src/core/i18n/format";

describe("the language registry", () => {
  test("Office's display language picks the catalogue that claims it; any other gets the first", () => {
    expect(languageOf("zh-CN")).toBe("zh-CN");
    expect(languageOf("zh-TW")).toBe("zh-CN");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
    expect(languageOf("zhx")).toBe("en");
  });

  test("every registered language has its own name and Intl locale", () => {
    const names = LANGS.map((lang) => words(lang).languageName);
    expect(new Set(names).size).toBe(LANGS.length);
    for (const lang of LANGS) expect(() => new Intl.PluralRules(words(lang).locale)).not.toThrow();
  });
});

describe("plural", () => {
  test("follows each language's plural rules", () => {
    const forms = { one: "account", other: "accounts" };
    expect(plural("en", 1, forms)).toBe("account");
    expect(plural("en", 2, forms)).toBe("accounts");
    expect(plural("en", 0, forms)).toBe("accounts");
    expect(plural("zh-CN", 1, { other: "个客户" })).toBe("个客户");
  });
});
