import { validSheetName } from "../core/sheets/sheet-names";

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * "KAM Tiers (2)": a name the add-in gave its sheet because a user's sheet had the spec's name, as
 * opposed to a name the user chose (the pane's rule in src/excel/sheet-replacement.ts).
 */
function isStandInName(current: string, wanted: string): boolean {
  const n = Number(/ \((\d+)\)$/.exec(current)?.[1] ?? 0);
  if (n < 2 || n > 999) return false;
  const taken = [validSheetName(wanted, [])];
  for (let i = 2; i <= n; i++) {
    const candidate = validSheetName(wanted, taken);
    if (same(candidate, current)) return true;
    taken.push(candidate);
  }
  return false;
}

/**
 * The name the add-in's sheet gets on this run, as in the pane: a new sheet the spec's name (or
 * "KAM Tiers (2)" when a user's sheet has it); the add-in's sheet from an earlier run keeps the name
 * the user gave it, so formulas elsewhere that point into it ('Our tiers'!C5) still do, and a stand-in
 * name takes the spec's name back once that is free.
 */
export function sheetNameFor(
  wanted: string,
  existing: string | undefined,
  others: readonly string[]
): string {
  const free = validSheetName(wanted, others);
  if (existing === undefined) return free;
  return isStandInName(existing, wanted) && same(free, validSheetName(wanted, []))
    ? free
    : existing;
}
