import type { AccountTier } from "../../src/core/analysis-types";
import { planChoices } from "../../src/taskpane/plan-choices";

const account = (name: string, keyAccount = false) =>
  ({ account: name, keyAccount }) as AccountTier;
const ACCOUNTS = [
  account("A", true),
  account("B"),
  account("C", true),
  account("D"),
  account("E"),
  account("Farm F"),
];

describe("planChoices", () => {
  it("lists the key accounts and those with a plan, then the largest others, in sales order", () => {
    const shown = planChoices(ACCOUNTS, new Set(["E"]), "", 4);
    expect(shown.map((a) => a.account)).toEqual(["A", "B", "C", "E"]);
  });

  it("never hides a key account or a plan, whatever the limit", () => {
    expect(planChoices(ACCOUNTS, new Set(["E"]), "", 1).map((a) => a.account)).toEqual([
      "A",
      "C",
      "E",
    ]);
  });

  it("finds any account by part of its name, letter case ignored", () => {
    expect(planChoices(ACCOUNTS, new Set(), "  farm ").map((a) => a.account)).toEqual(["Farm F"]);
  });
});
