import type { DataValidationSpec } from "./sheet-spec";

/** Excel keeps at most this many characters of a typed dropdown list. */
export const TYPED_LIST_LIMIT = 255;

/**
 * Where a dropdown's choices come from, as both writers give it to Excel: the cells of a range (a
 * formula without "=", such as a workbook name), or a typed list, its items joined by commas.
 */
export type DropdownSource = { range: string } | { typed: string };

/**
 * The dropdown rule, once for both writers (src/excel and src/xlsx): a range's cells when the spec
 * names one; else a typed list, comma-separated and at most 255 characters. A list that cannot be
 * typed (an item with a comma, or too long) would offer wrong choices, so it is left out: undefined.
 */
export function dropdownSource(validation: DataValidationSpec): DropdownSource | undefined {
  if (validation.source !== undefined) return { range: validation.source };
  const typed = validation.list.join(",");
  if (validation.list.some((item) => item.includes(",")) || typed.length > TYPED_LIST_LIMIT)
    return undefined;
  return { typed };
}

/**
 * The source as a list rule of Excel's takes it when set through the API (Office.js's
 * `dataValidation.rule.list.source`): "=KAM_Team_People" for a range, "cover,within" for a typed list.
 */
export function listRuleSource(dropdown: DropdownSource): string {
  return "range" in dropdown ? `=${dropdown.range}` : dropdown.typed;
}

/** Back from a list rule's source to a spec's dropdown (the workbench's download reads the double's rules). */
export function dropdownOfListRule(ref: string, source: string): DataValidationSpec {
  return source.startsWith("=")
    ? { ref, list: [], source: source.slice(1) }
    : { ref, list: source.split(",") };
}
