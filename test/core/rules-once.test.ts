/**
 * Each rule is written once (issue 14) and every place that states it agrees with that one place:
 * the ABC boundary rules' comparisons as the sheets' COUNTIF criteria, the HHI bands as the tier
 * sheet's formula and its words, the default criteria in the functions' and the README's text.
 */
import * as fs from "fs";
import * as path from "path";
import { ABC_RULE_DEFINITIONS, insideCutoff, insideCutoffCriterion } from "../../src/core/abc-rule";
import { CONCENTRATION_BANDS, concentrationLevel } from "../../src/core/concentration";
import { ABC_RULES, DEFAULT_CRITERIA } from "../../src/core/criteria";
import { abcFormula } from "../../src/core/formulas/share-formulas";
import { paretoFormula } from "../../src/core/formulas/concentration-formulas";
import { formatAmount, type Lang, LANGS, words } from "../../src/core/language";
import type { KamFunctionId } from "../../src/functions/function-help";
import { SHARE_TOLERANCE } from "../../src/core/shares";
import { tierSheetText } from "../../src/core/sheets/sheet-text";
import { concentrationLevelFormula } from "../../src/core/sheets/tier-sheet";
import { SpecGrid } from "./sheets/formula-eval";

describe("the ABC rules' comparison, as the sheets write it", () => {
  const cutoffs = [0.7, 0.9, 0.5, 1];
  // Shares on the cut-off, inside and outside the tolerance on either side.
  const around = (c: number) =>
    [-3, -1, -0.5, 0, 0.5, 1, 3].map((k) => c + k * SHARE_TOLERANCE).concat([c - 0.01, c + 0.01]);

  test.each(ABC_RULES.flatMap((rule) => cutoffs.map((c) => [rule, c] as const)))(
    "%s at %p: COUNTIF with the sheet's criterion counts the shares the engine puts inside",
    (rule, cutoff) => {
      const shares = around(cutoff);
      const grid = new SpecGrid({ blocks: [{ at: "A1", rows: shares.map((s) => [s]) }] });
      const counted = grid.evaluate(
        `=COUNTIF(A1:A${shares.length},${insideCutoffCriterion(rule, cutoff)})`
      );
      expect(counted).toBe(shares.filter((s) => insideCutoff(rule, s, cutoff)).length);
    }
  );

  it("cover puts a share equal to the cut-off outside, within puts it inside", () => {
    expect(insideCutoff("cover", 0.7, 0.7)).toBe(false);
    expect(insideCutoff("within", 0.7, 0.7)).toBe(true);
    expect(ABC_RULE_DEFINITIONS.cover.share).toBe("above");
    expect(ABC_RULE_DEFINITIONS.within.share).toBe("atOrAbove");
  });
});

describe("the HHI bands", () => {
  const edges = CONCENTRATION_BANDS.flatMap((b) => [b.from - 0.01, b.from, b.from + 0.01]).concat([
    0, 10000,
  ]);

  test.each(LANGS.flatMap((lang) => edges.map((hhi) => [lang, hhi] as const)))(
    "%s: the tier sheet's level formula at HHI %p says the engine's level",
    (lang, hhi) => {
      const levels = tierSheetText(lang).concentrationLevels;
      const grid = new SpecGrid({ blocks: [{ at: "B2", rows: [[hhi]] }] });
      expect(grid.evaluate(`=${concentrationLevelFormula("$B$2", levels)}`)).toBe(
        levels[concentrationLevel(hhi)]
      );
    }
  );

  test.each(LANGS)("%s: the level words quote the bands' thresholds", (lang) => {
    const levels = tierSheetText(lang).concentrationLevels;
    for (const band of CONCENTRATION_BANDS)
      expect(levels[band.level]).toContain(formatAmount(band.from, 0));
    const lowest = CONCENTRATION_BANDS[CONCENTRATION_BANDS.length - 1];
    expect(levels.low).toContain(formatAmount(lowest.from, 0));
  });

  test.each(LANGS)("%s: KAM.HHI's help quotes the same bands", (lang) => {
    const help = words(lang).functionHelp.HHI.description;
    for (const band of CONCENTRATION_BANDS) expect(help).toContain(formatAmount(band.from, 0));
  });
});

describe("the default criteria", () => {
  const root = path.resolve(__dirname, "../..");
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

  it("KAM.ABC and KAM.PARETO left without cut-offs use DEFAULT_CRITERIA's", () => {
    const sales = [[500], [200], [120], [80], [60], [40]];
    const { aCutoff, bCutoff, abcRule } = DEFAULT_CRITERIA;
    expect(abcFormula(sales)).toEqual(abcFormula(sales, null, aCutoff, bCutoff, abcRule));
    expect(paretoFormula(sales)).toBe(paretoFormula(sales, aCutoff));
  });

  /** A parameter's help in a catalogue, e.g. "Share of sales … e.g. 0.7 (the default) for 70%". */
  const paramHelp = (lang: Lang, fn: KamFunctionId, param: string) =>
    words(lang).functionHelp[fn].parameters[param];

  it("the functions' help states the defaults DEFAULT_CRITERIA has, in every language", () => {
    // "0.7 (the default)" in English, "0.7（默认）" in Chinese: the first number before the word.
    const defaultWord: Record<string, RegExp> = {
      en: /([\d.]+) \(the default\)/,
      "zh-CN": /([\d.]+)（默认）/,
    };
    for (const lang of LANGS) {
      const stated = (help: string) => Number(defaultWord[lang].exec(help)![1]);
      expect(stated(paramHelp(lang, "ABC", "a_cutoff"))).toBe(DEFAULT_CRITERIA.aCutoff);
      expect(stated(paramHelp(lang, "ABC", "b_cutoff"))).toBe(DEFAULT_CRITERIA.bCutoff);
      expect(stated(paramHelp(lang, "PARETO", "cutoff"))).toBe(DEFAULT_CRITERIA.aCutoff);
      expect(paramHelp(lang, "ABC", "rule")).toMatch(new RegExp(`^"${DEFAULT_CRITERIA.abcRule}"`));
    }
  });

  test.each(LANGS)("%s: KAM.CREDIT's description states the default credit thresholds", (lang) => {
    const description = words(lang).functionHelp.CREDIT.description;
    const c = DEFAULT_CRITERIA;
    const percent = (x: number) => `${Math.round(x * 100)}%`;
    for (const figure of [
      `${c.creditFailDays}`,
      percent(c.creditFailOverdueRatio),
      percent(c.creditWatchUtilisation),
      `${c.creditWatchDays}`,
      percent(c.creditWatchOverdueRatio),
    ])
      expect(description).toContain(figure);
  });

  it("the README's function table states the cut-off defaults DEFAULT_CRITERIA has", () => {
    const { aCutoff, bCutoff, abcRule } = DEFAULT_CRITERIA;
    expect(readme).toContain(
      `cut-offs default ${aCutoff} and ${bCutoff}; rule \`"${abcRule}"\` (default)`
    );
    expect(readme).toContain(`| all sales; cut-off default ${aCutoff} |`);
  });
});
