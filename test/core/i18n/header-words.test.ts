import type { Catalogue } from "../../../src/core/i18n/catalogue";

/*
 * The table reader recognises the header words of every registered catalogue, whichever language the
 * product speaks: a language added with its catalogue brings its ledgers' words with it, and no
 * reader code changes. A Spanish catalogue (English words with Spanish headers) is registered here
 * as a third language, and the reader modules are loaded afresh over that registry.
 */

const REGISTRY = "../../../src/core/i18n/languages";

function spanish(en: Catalogue): Catalogue {
  return {
    ...en,
    languageName: "Español",
    locale: "es",
    headerWords: {
      ...en.headerWords,
      columns: { ...en.headerWords.columns, account: ["cliente"], sales: ["ventas"] },
      units: ["miles"],
      totals: { grand: ["total general"], sub: ["subtotal"] },
    },
    agingHeaders: { ...en.agingHeaders, overBefore: ["másde"] },
    categoryHeaders: { categories: ["insecticida", "fungicida"], figure: ["ventas"] },
  };
}

/** The reader's modules, loaded over the real registry or over one with Spanish added. */
function loadReader(withSpanish: boolean) {
  let reader!: {
    detection: typeof import("../../../src/core/table/header-detection");
    match: typeof import("../../../src/core/table/header-match");
    synonyms: typeof import("../../../src/core/table/column-synonyms");
    aging: typeof import("../../../src/core/table/aging-headers");
    categories: typeof import("../../../src/core/table/category-headers");
  };
  jest.isolateModules(() => {
    if (withSpanish)
      jest.doMock(REGISTRY, () => {
        const actual = jest.requireActual(REGISTRY);
        const catalogues: Record<string, Catalogue> = {
          en: actual.words("en"),
          "zh-CN": actual.words("zh-CN"),
          es: spanish(actual.words("en")),
        };
        return {
          ...actual,
          LANGS: Object.keys(catalogues),
          words: (lang: string) => catalogues[lang],
        };
      });
    reader = {
      detection: require("../../../src/core/table/header-detection"),
      match: require("../../../src/core/table/header-match"),
      synonyms: require("../../../src/core/table/column-synonyms"),
      aging: require("../../../src/core/table/aging-headers"),
      categories: require("../../../src/core/table/category-headers"),
    };
  });
  jest.dontMock(REGISTRY);
  return reader;
}

const SPANISH_TABLE = [
  ["Cliente", "Ventas (miles)"],
  ["Acme", 100],
];

describe("the reader recognises every catalogue's header words", () => {
  test("Spanish headers are unknown while no Spanish catalogue is registered", () => {
    const reader = loadReader(false);
    expect(reader.detection.detectColumns(SPANISH_TABLE)).toBeUndefined();
    expect(reader.match.totalLabel("Total general")).toBeUndefined();
    expect(reader.aging.agingBucketDays("Más de 90")).toBeUndefined();
    expect(reader.categories.isCategoryHeader("Insecticida ventas")).toBe(false);
  });

  test("a registered Spanish catalogue brings its headers, units, totals, aging and categories", () => {
    const reader = loadReader(true);
    expect(reader.detection.detectColumns(SPANISH_TABLE)?.mapping).toEqual({
      account: 0,
      sales: 1,
    });
    expect(reader.match.totalLabel("Total general")).toBe("grand");
    expect(reader.aging.agingBucketDays("Más de 90")).toBe(90);
    expect(reader.categories.isCategoryHeader("Insecticida ventas")).toBe(true);
  });

  test("the other languages' words stay recognised, and the pane's list shows them all", () => {
    const reader = loadReader(true);
    const mapOf = (headers: string[]) =>
      reader.detection.detectColumns([headers, headers.map(() => 1)])?.mapping;
    expect(mapOf(["客户", "销售额"])).toEqual({ account: 0, sales: 1 });
    expect(mapOf(["Customer", "Sales"])).toEqual({ account: 0, sales: 1 });
    const account = reader.synonyms.columnSynonyms().account;
    expect(account).toEqual(expect.arrayContaining(["customer", "客户", "cliente"]));
  });
});
