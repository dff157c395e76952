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
import { formatAmount, LANGS } from "../../src/core/language";
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

  it("KAM.HHI's help quotes the same bands", () => {
    const source = fs.readFileSync(
      path.resolve(__dirname, "../../src/functions/functions.ts"),
      "utf8"
    );
    const help = /@customfunction HHI[\s\S]*?@returns ([^\n]*)/.exec(source)![1];
    for (const band of CONCENTRATION_BANDS) expect(help).toContain(formatAmount(band.from, 0));
  });
});

describe("the default criteria", () => {
  const root = path.resolve(__dirname, "../..");
  const functionsSource = fs.readFileSync(path.join(root, "src/functions/functions.ts"), "utf8");
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

  it("KAM.ABC and KAM.PARETO left without cut-offs use DEFAULT_CRITERIA's", () => {
    const sales = [[500], [200], [120], [80], [60], [40]];
    const { aCutoff, bCutoff, abcRule } = DEFAULT_CRITERIA;
    expect(abcFormula(sales)).toEqual(abcFormula(sales, null, aCutoff, bCutoff, abcRule));
    expect(paretoFormula(sales)).toBe(paretoFormula(sales, aCutoff));
  });

  /** A parameter's help in functions.ts, e.g. "[a_cutoff] Share of sales … e.g. 0.7 (the default)". */
  const paramHelp = (fn: string, param: string) => {
    const block = new RegExp(`@customfunction ${fn}\\b[\\s\\S]*?@returns`).exec(
      functionsSource
    )![0];
    return new RegExp(`@param \\[${param}\\] ([^\\n]*)`).exec(block)![1];
  };

  it("the functions' help states the defaults DEFAULT_CRITERIA has", () => {
    const stated = (help: string) => Number(/([\d.]+) \(the default\)/.exec(help)![1]);
    expect(stated(paramHelp("ABC", "a_cutoff"))).toBe(DEFAULT_CRITERIA.aCutoff);
    expect(stated(paramHelp("ABC", "b_cutoff"))).toBe(DEFAULT_CRITERIA.bCutoff);
    expect(stated(paramHelp("PARETO", "cutoff"))).toBe(DEFAULT_CRITERIA.aCutoff);
    expect(paramHelp("ABC", "rule")).toMatch(
      new RegExp(`^"${DEFAULT_CRITERIA.abcRule}" \\(default\\)`)
    );
  });

  it("KAM.CREDIT's description states the default credit thresholds", () => {
    const description = /\/\*\*\n \* ([^\n]*)\n \* @customfunction CREDIT\b/.exec(
      functionsSource
    )![1];
    const c = DEFAULT_CRITERIA;
    const percent = (x: number) => `${Math.round(x * 100)}%`;
    expect(description).toContain(`more than ${c.creditFailDays} days`);
    expect(description).toContain(
      `more than ${percent(c.creditFailOverdueRatio)} of the balance overdue`
    );
    expect(description).toContain(
      `WATCH from ${percent(c.creditWatchUtilisation)} of the limit, ${c.creditWatchDays} days or ${percent(c.creditWatchOverdueRatio)} overdue`
    );
  });

  it("the README's function table states the cut-off defaults DEFAULT_CRITERIA has", () => {
    const { aCutoff, bCutoff, abcRule } = DEFAULT_CRITERIA;
    expect(readme).toContain(
      `cut-offs default ${aCutoff} and ${bCutoff}; rule \`"${abcRule}"\` (default)`
    );
    expect(readme).toContain(`| all sales; cut-off default ${aCutoff} |`);
  });
});
