import fc from "fast-check";
import { AccountIndex } from "../../src/core/account-index";
import { accountKey } from "../../src/core/tiers";

/** Account numbers the plain way: a Map of accountKey, numbered in order of first appearance. */
function byKey(names: string[]): number[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = accountKey(name);
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key)!;
  });
}

function byIndex(names: string[]): { numbers: number[]; index: AccountIndex } {
  const index = new AccountIndex(2); // small, so that the table grows during the test
  return { numbers: names.map((name) => index.add(name.trim())), index };
}

describe("AccountIndex numbers names as accountKey groups them", () => {
  // Letters whose case folding is tricky: the Kelvin sign lower-cases to an ASCII k, dotted İ to two
  // characters, final sigma depends on its place in the word; and CJK, which has no case.
  const characters = fc.constantFrom(
    ..."aAbBkK zZ-_1\u212A\u0130i\u00DF\u03A3\u03C3\u03C2\u00C9\u00E9客户甲"
  );
  const name = fc.array(characters, { maxLength: 6 }).map((cs) => cs.join(""));

  test("for random names from confusable characters", () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 80 }), (names) => {
        expect(byIndex(names).numbers).toEqual(byKey(names));
      }),
      { numRuns: 500 }
    );
  });

  test("keeps each account's name as first written, trimmed", () => {
    const { numbers, index } = byIndex([
      "Acme",
      " ACME ",
      "\u212Aey",
      "key",
      "Beta",
      "beta",
      "客户",
      "客户 ",
    ]);
    expect(numbers).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(index.names).toEqual(["Acme", "\u212Aey", "Beta", "客户"]);
  });

  test("tells thousands of distinct names apart", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Customer ${i}`);
    const { numbers } = byIndex([...names, ...names.map((n) => n.toUpperCase())]);
    expect(numbers).toEqual([...names.keys(), ...names.keys()]);
  });
});
