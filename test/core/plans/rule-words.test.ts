import { AccountTier } from "../../../src/core/analysis-types";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { LANGS } from "../../../src/core/language";
import {
  NeedRule,
  RULE_FIGURES,
  RULE_TESTS,
  needRuleWords,
  prioritiseNeeds,
  priorityOf,
  ruleFigureOf,
  ruleTestOf,
} from "../../../src/core/plans/need-rules";
import { Priority, planVocabulary } from "../../../src/core/plans/plan-vocabulary";
import { sampleAnalysis } from "./plan-fixtures";

/*
 * The need rules are words on a sheet the user edits, in the language that wrote it; the catalogues
 * hold those words. Whatever language Office shows now, the words of every catalogue must read back
 * as the rule they name, or a workbook's rules would stop firing when its language changes.
 */

const base = sampleAnalysis().accounts[0];
const account = (over: Partial<AccountTier>): AccountTier => ({ ...base, ...over });

describe.each(LANGS)("the need rules' words of %s", (written) => {
  const w = needRuleWords(written);

  test.each(LANGS)("read back under %s: every figure, test and priority", (shown) => {
    const rule = (figure: string, test: string, priority: string): NeedRule => ({
      need: "n",
      figure,
      test,
      value: 0,
      priority,
    });
    const priorities = planVocabulary(written).priority;
    for (const figure of RULE_FIGURES) expect(ruleFigureOf(w.figures[figure])).toBe(figure);
    for (const test of RULE_TESTS) expect(ruleTestOf(w.tests[test])).toBe(test);
    for (const p of Object.keys(priorities) as Priority[])
      expect(priorityOf(priorities[p])).toBe(p);
    // The whole rule fires under the other language too: stars ≥ 0 with the written words.
    const [need] = prioritiseNeeds(
      ["n"],
      [rule(w.figures.stars, w.tests[">="], priorities.high)],
      account({ stars: 3 }),
      DEFAULT_CRITERIA,
      shown
    );
    expect(need.priority).toBe("high");
    expect(need.reason).toContain(needRuleWords(shown).figures.stars);
  });

  test("its yes and no are read as yes and no, and a reason shows the account's yes/no in them", () => {
    const rule = (value: string): NeedRule => ({
      need: "n",
      figure: w.figures.newKeyAccount,
      test: w.tests["="],
      value,
      priority: planVocabulary(written).priority.high,
    });
    const fired = (value: string, movement: AccountTier["movement"]) =>
      prioritiseNeeds(["n"], [rule(value)], account({ movement }), DEFAULT_CRITERIA, written)[0];
    expect(fired(w.yes, "new").priority).toBe("high");
    expect(fired(w.yes, "new").reason).toContain(w.yes);
    expect(fired(w.yes, "same").priority).toBe("low");
    expect(fired(w.no, "same").priority).toBe("high");
    expect(fired(w.no, "same").reason).toContain(w.no);
    expect(fired(w.no, "new").priority).toBe("low");
  });
});
