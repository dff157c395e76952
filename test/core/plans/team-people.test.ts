/** The person of a role, as the plan sheets' formulas compute it and --json names it. */
import { planPerson, rosterFrom, rosterPerson } from "../../../src/core/plans/team-people";

const ROSTER = rosterFrom(
  [["Zhang Wei"], [""], ["Li Na"], ["Wang Fang"], [42]],
  [["KA manager"], ["Finance support"], ["Sales support"], ["Sales support"], ["Training support"]]
);

describe("rosterPerson: the roster's first person with the role (teamPersonFormula)", () => {
  test("the first row with the role gives its person, whatever the letter case", () => {
    expect(rosterPerson(ROSTER, "Sales support")).toBe("Li Na");
    expect(rosterPerson(ROSTER, "ka MANAGER")).toBe("Zhang Wei");
  });

  test("null when no row has the role, or that row names no one (a blank or a number)", () => {
    expect(rosterPerson(ROSTER, "Marketing support")).toBeNull();
    expect(rosterPerson(ROSTER, "Finance support")).toBeNull();
    expect(rosterPerson(ROSTER, "Training support")).toBeNull();
    expect(rosterPerson([], "KA manager")).toBeNull();
  });

  test("a roster read with a shorter role column keeps its people row by row", () => {
    expect(rosterFrom([["A"], ["B"]], [["KA manager"]])).toEqual([
      { person: "A", role: "KA manager" },
      { person: "B", role: null },
    ]);
  });
});

describe("planPerson: a task's person from the plan's team (taskPersonFormula)", () => {
  const team = [{ role: "KA manager" }, { role: "Sales support", typed: "Chen Jie" }];

  test("a team row with the add-in's formula names the roster's person", () => {
    expect(planPerson(ROSTER, "KA manager", team)).toBe("Zhang Wei");
  });

  test("a person the user typed into the team stands for the role", () => {
    expect(planPerson(ROSTER, "sales support", team)).toBe("Chen Jie");
    expect(
      planPerson(ROSTER, "Sales support", [{ role: "Sales support", typed: null }])
    ).toBeNull();
  });

  test("a role the plan's team does not have names no one, even when the roster has it", () => {
    expect(rosterPerson(ROSTER, "Sales support")).toBe("Li Na");
    expect(planPerson(ROSTER, "Sales support", [{ role: "KA manager" }])).toBeNull();
  });
});
