import type { CellValue } from "../sheets/sheet-spec";

/** One row of the KAM Team roster as the plans read it: the person and their role. */
export interface RosterRow {
  person: CellValue;
  role: CellValue;
}

/** Roles match as Excel's MATCH(…, 0) matches text: letter case does not count. */
const sameRole = (a: CellValue, b: string) =>
  typeof a === "string" && a.toUpperCase() === b.toUpperCase();

/** A person cell as the formulas' T() reads it: its text, or null for a blank, a number or "". */
const personText = (v: CellValue | undefined): string | null =>
  typeof v === "string" && v !== "" ? v : null;

/**
 * The person of a role, the rule the plan sheets' formulas compute (teamPersonFormula): the person
 * on the roster's first row with that role, or null when no row has it (or that row names no one).
 * `kam analyze --plans --json` names each task's person by it, so the JSON says what the sheets show.
 */
export function rosterPerson(roster: readonly RosterRow[], role: string): string | null {
  const row = roster.find((r) => sameRole(r.role, role));
  return personText(row?.person);
}

/** The roster from the KAM Team sheet's person and role columns (its hidden names), row by row. */
export function rosterFrom(
  people: readonly CellValue[][] | undefined,
  roles: readonly CellValue[][] | undefined
): RosterRow[] {
  const rows = Math.max(people?.length ?? 0, roles?.length ?? 0);
  return Array.from({ length: rows }, (_, i) => ({
    person: people?.[i]?.[0] ?? null,
    role: roles?.[i]?.[0] ?? null,
  }));
}

/**
 * A plan's team person cell as the user left it: a person they typed (a value instead of the add-in's
 * formula) stands for the role; a formula (or a blank) means the roster's person of the role.
 */
export interface TeamCell {
  role: CellValue;
  /** The text the user typed; undefined while the cell holds the add-in's formula. */
  typed?: CellValue;
}

/**
 * The person of a role on one plan, the rule taskPersonFormula computes: the plan's first team row
 * with the role gives the person, the one the user typed there or else the roster's (rosterPerson);
 * null when the team has no such role. A new plan's team is the templates' roles, all formulas.
 */
export function planPerson(
  roster: readonly RosterRow[],
  role: string,
  team: readonly TeamCell[]
): string | null {
  const row = team.find((t) => sameRole(t.role, role));
  if (!row) return null;
  return row.typed !== undefined ? personText(row.typed) : rosterPerson(roster, String(row.role));
}
