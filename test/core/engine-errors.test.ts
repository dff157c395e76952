/** The engine's error messages come from the catalogues: every kind in every language, composed in each. */
import { parseCriteria, CRITERIA_SPECS } from "../../src/core/criteria";
import { daysSalesOutstanding } from "../../src/core/dso";
import { KamError, errorMessageIn } from "../../src/core/errors";
import { abcFormula } from "../../src/core/formulas/share-formulas";
import { tiersFormula } from "../../src/core/formulas/tiers-formula";
import { LANGS, words } from "../../src/core/i18n/languages";

const HAN = /\p{Script=Han}/u;
/** What a Chinese message may keep in Latin letters: what users type (criterion names, codes, rules). */
const TYPED = new Set([
  ...CRITERIA_SPECS.map((s) => s.name),
  ...["ok", "watch", "fail", "cover", "within", "any", "not_fail", "kam", "abc", "grade", "credit"],
]);

function englishWordsIn(message: string): string[] {
  return (message.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? []).filter(
    (w) => !TYPED.has(w.toLowerCase())
  );
}

function failureOf(run: () => unknown): KamError {
  try {
    run();
  } catch (e) {
    if (e instanceof KamError) return e;
    throw e;
  }
  throw new Error("did not fail");
}

describe("every engine error kind in every language", () => {
  const english = words(LANGS[0]).engineErrors;
  test.each(LANGS)("%s", (lang) => {
    const own = words(lang).engineErrors;
    expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(own.outOfRange).sort()).toEqual(Object.keys(english.outOfRange).sort());
    for (const [key, entry] of Object.entries(own)) {
      const text =
        typeof entry === "function"
          ? (entry as (...args: unknown[]) => string)(
              ...(key === "criteriaOutOfRange" ? [["p"]] : ["x_arg", 2, 3, 4, 5])
            )
          : typeof entry === "string"
            ? entry
            : Object.values(entry as Record<string, string>).join(" ");
      expect(typeof text).toBe("string");
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/NaN|\[object/);
      // Every parameter is used: none is left out as "undefined".
      if (typeof entry === "function") expect(text).not.toContain("undefined");
    }
  });
});

describe("real failures in Chinese", () => {
  const failures: [string, () => unknown][] = [
    ["KAM.ABC with cut-offs 0.9 and 0.5", () => abcFormula([[1], [2]], undefined, 0.9, 0.5)],
    ["a negative DSO figure", () => daysSalesOutstanding(-5, 100)],
    ["an unknown criterion with did-you-mean", () => parseCriteria([["a_cutof", 0.5]])],
    [
      "criteria out of range",
      () =>
        parseCriteria([
          ["credit_watch_days", 100],
          ["credit_fail_days", 10],
          ["key_min_stars", 9],
        ]),
    ],
    ["a text where a number belongs", () => parseCriteria([["a_cutoff", "half"]])],
  ];

  test.each(failures)("%s", (_, run) => {
    const error = failureOf(run);
    const chinese = error.messageIn("zh-CN");
    expect(chinese).toMatch(HAN);
    expect(englishWordsIn(chinese.replace(/“[^”]*”/g, ""))).toEqual([]);
    // The default language's message is the English one, as it always was.
    expect(error.message).toBe(error.messageIn("en"));
    expect(error.message).not.toMatch(HAN);
    expect(errorMessageIn(error, "zh-CN")).toBe(chinese);
  });

  test("did-you-mean and the user's text survive translation", () => {
    const error = failureOf(() => parseCriteria([["a_cutof", 0.5]]));
    expect(error.messageIn("zh-CN")).toContain("a_cutoff");
    expect(error.messageIn("zh-CN")).toContain("a_cutof");
    expect(failureOf(() => parseCriteria([["a_cutoff", "half"]])).messageIn("zh-CN")).toContain(
      "half"
    );
  });

  test("a failure in one row composes in both languages", () => {
    const error = failureOf(() => tiersFormula("en", [["Acme"]], [[100]], [["MAYBE"]]));
    const english = error.messageIn("en");
    const chinese = error.messageIn("zh-CN");
    expect(english).toMatch(/^row 1: /);
    expect(english).toContain("MAYBE");
    expect(chinese).toMatch(HAN);
    expect(chinese).toContain("1");
    expect(chinese).toContain("MAYBE");
    expect(englishWordsIn(chinese.replace(/“[^”]*”/g, ""))).toEqual([]);
  });
});
