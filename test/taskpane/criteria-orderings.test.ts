/**
 * The orderings of the criteria (watch ≤ fail, fair ≤ good, a_cutoff < b_cutoff) are written once in
 * core (CRITERIA_ORDERINGS): the pane's form refuses exactly what the engine refuses, on the lower field.
 */
import {
  CRITERIA_ORDERINGS,
  CRITERIA_SPECS,
  DEFAULT_CRITERIA,
  type NumericKey,
  parseCriteria,
} from "../../src/core/criteria";
import { isKamError } from "../../src/core/errors";
import {
  CRITERIA_GROUPS,
  type CriteriaForm,
  DEFAULT_FORM,
  type NumericCriterion,
  checkForm,
} from "../../src/taskpane/criteria-form";

const FIELDS = CRITERIA_GROUPS.flatMap((g) => g.fields);
const nameOf = (key: NumericKey) => CRITERIA_SPECS.find((s) => s.key === key)!.name;

/** The form with `low` set to `value` (in the engine's units), as the user would type it. */
function formWith(low: NumericKey, value: number): CriteriaForm {
  const field = FIELDS.find((f) => f.key === low)!;
  const shown = field.percent ? Math.round(value * 10000) / 100 : value;
  return { ...DEFAULT_FORM, values: { ...DEFAULT_FORM.values, [low]: String(shown) } };
}

/** Whether the engine takes a criteria table with `low` set to `value`. */
function engineTakes(low: NumericKey, value: number): boolean {
  try {
    parseCriteria([[nameOf(low), value]]);
    return true;
  } catch (error) {
    if (isKamError(error)) return false;
    throw error;
  }
}

describe.each(CRITERIA_ORDERINGS.map((o) => [o.low, o.high, o] as const))(
  "%s against %s",
  (low, high, ordering) => {
    const top = DEFAULT_CRITERIA[high] as number;
    // Just above the higher one; and equal to it, which only a strict ordering refuses.
    test.each([
      ["above", top + 0.05],
      ["equal", top],
    ])("%s the higher: the pane and the engine agree", (_label, value) => {
      const refused = !engineTakes(low, value);
      expect(refused).toBe(value > top || ordering.strict);
      const problem = checkForm(formWith(low, value)).problems[low as NumericCriterion];
      expect(problem !== undefined).toBe(refused);
    });
  }
);
