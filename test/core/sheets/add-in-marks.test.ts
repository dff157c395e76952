import { LANGS, words } from "../../../src/core/language";
import { showsAddInTitle } from "../../../src/core/sheets/add-in-marks";
import {
  CREDIT_MARKER,
  CRITERIA_MARKER,
  PORTFOLIO_MARKER,
  TIERS_MARKER,
  WHITE_SPACE_MARKER,
  validSheetName,
} from "../../../src/core/sheets/sheet-names";
import type { SheetKind } from "../../../src/core/sheets/sheet-spec";

/** The sheets of the analysis whose title comes from the sheets' section of the catalogue. */
const TITLED: [SheetKind, string, (lang: (typeof LANGS)[number]) => string][] = [
  ["criteria", CRITERIA_MARKER, (lang) => words(lang).criteriaSheet.title],
  ["tiers", TIERS_MARKER, (lang) => words(lang).tierSheet.title],
  ["credit", CREDIT_MARKER, (lang) => words(lang).creditSheet.title],
  ["whiteSpace", WHITE_SPACE_MARKER, (lang) => words(lang).whiteSpace.title],
  ["portfolio", PORTFOLIO_MARKER, (lang) => words(lang).portfolio.title],
];

describe.each(LANGS)("the sheets' words in %s", (lang) => {
  test.each(TITLED)(
    "a %s sheet it titled is known as the add-in's, under its marker only",
    (_kind, marker, title) => {
      expect(showsAddInTitle(marker, title(lang))).toBe(true);
      for (const [, other] of TITLED.filter(([, m]) => m !== marker)) {
        expect(showsAddInTitle(other, title(lang))).toBe(false);
      }
      expect(showsAddInTitle(marker, `${title(lang)} (mine)`)).toBe(false);
    }
  );

  test("a title an earlier version wrote is still known, under its own kind's marker", () => {
    const markers = Object.fromEntries(TITLED.map(([kind, marker]) => [kind, marker]));
    for (const [kind, titles] of Object.entries(words(lang).earlierSheetTitles)) {
      expect(markers[kind]).toBeDefined();
      for (const title of titles ?? []) {
        expect(showsAddInTitle(markers[kind], title)).toBe(true);
        expect(showsAddInTitle(kind === "credit" ? TIERS_MARKER : CREDIT_MARKER, title)).toBe(
          false
        );
      }
    }
  });

  test("its sheet names are names Excel accepts as they are, and no two are the same", () => {
    const { planPrefix, ...names } = words(lang).sheetNames;
    for (const name of Object.values(names)) expect(validSheetName(name, [])).toBe(name);
    const folded = Object.values(names).map((n) => n.toLowerCase());
    expect(new Set(folded).size).toBe(folded.length);
    expect(planPrefix.trim()).not.toBe("");
  });
});
