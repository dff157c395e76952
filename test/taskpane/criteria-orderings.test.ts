/**
 * The orderings of the criteria (watch ≤ fail, fair ≤ good, a_cutoff < b_cutoff) are written once in
 * core (CRITERIA_ORDERINGS): the pane's form refuses exactly what the engine refuses, on the lower field.
 */
import {
  CRITERIA_ORDERINGS,
  CRITERIA_SPECS,
  CRITERION_BOUNDS,
  type CriteriaOrdering,
  DEFAULT_CRITERIA,
  HEALTH_WEIGHT_KEYS,
  type NumericKey,
  parseCriteria,
  withinBounds,
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

/**
 * The bounds of every criterion (CRITERION_BOUNDS) are written once in core: at each bound, and just
 * past it, the pane's form and the engine accept and refuse the same values.
 */
describe.each(FIELDS.map((f) => [f.key, CRITERION_BOUNDS[f.key]] as const))(
  "%s within its bounds",
  (key, bounds) => {
    const edges: [string, number][] = [];
    if (bounds.min !== undefined)
      edges.push(["at the minimum", bounds.min], ["below the minimum", bounds.min - 0.01]);
    if (bounds.max !== undefined)
      edges.push(["at the maximum", bounds.max], ["above the maximum", bounds.max + 0.01]);
    if (edges.length === 0) return;
    test.each(edges)("%s: the pane and the engine agree", (_label, value) => {
      // The other end of an ordering must not be what refuses the value.
      const ordering = CRITERIA_ORDERINGS.find((o) => o.low === key || o.high === key);
      const refusedByEngine = !engineTakesAlone(key, value, ordering);
      const form = formWith(key, value);
      if (ordering) {
        const other = ordering.low === key ? ordering.high : ordering.low;
        form.values[other] = form.values[key];
        if (ordering.strict && ordering.low === key)
          form.values[other] = String(Number(form.values[key]) + 1);
        if (ordering.strict && ordering.high === key)
          form.values[other] = String(Number(form.values[key]) - 1);
      }
      const check = checkForm(form);
      expect(check.criteria === undefined).toBe(refusedByEngine);
      // A value out of its own bounds is refused on its own field.
      if (!withinBounds(key, value)) expect(check.problems[key]).toBeDefined();
    });
  }
);

/** Whether the engine takes `key` = `value`, with the other end of its ordering moved beside it. */
function engineTakesAlone(key: NumericKey, value: number, ordering?: CriteriaOrdering): boolean {
  const rows: [string, number][] = [[nameOf(key), value]];
  if (ordering) {
    const other = ordering.low === key ? ordering.high : ordering.low;
    const step = ordering.strict ? (ordering.low === key ? 0.01 : -0.01) : 0;
    rows.push([nameOf(other), value + step]);
  }
  try {
    parseCriteria(rows);
    return true;
  } catch (error) {
    if (isKamError(error)) return false;
    throw error;
  }
}

test("all health weights at 0: the pane and the engine both refuse", () => {
  const form = { ...DEFAULT_FORM, values: { ...DEFAULT_FORM.values } };
  for (const key of HEALTH_WEIGHT_KEYS) form.values[key] = "0";
  expect(checkForm(form).problems).toEqual({ healthWeightGrowth: "noHealthWeight" });
  expect(() => parseCriteria(HEALTH_WEIGHT_KEYS.map((key) => [nameOf(key), 0]))).toThrow(
    /not all 0/
  );
});
