import { parseRef } from "../a1";
import { fail } from "../errors";

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

/**
 * Excel's rules for a worksheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending
 * with an apostrophe, and not "History" (reserved by Excel for change tracking).
 */
export function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0)
    return fail("InvalidArgument", "a sheet name is required");
  if (name.length > 31)
    fail("InvalidArgument", `the sheet name "${name}" is longer than 31 characters`);
  if (FORBIDDEN_IN_SHEET_NAME.test(name))
    fail("InvalidArgument", `the sheet name "${name}" contains : \\ / ? * [ or ]`);
  if (name.startsWith("'") || name.endsWith("'"))
    fail("InvalidArgument", `the sheet name "${name}" starts or ends with an apostrophe`);
  if (name.toUpperCase() === "HISTORY") fail("InvalidArgument", `"History" is reserved by Excel`);
  return name;
}

/**
 * Excel's rules for a defined name or a table name: starts with a letter, "_" or "\", then letters,
 * digits, "_" and "."; at most 255 characters; not "R", "C" or anything that reads as a cell reference.
 */
export function checkIdentifier(name: unknown, what: string): string {
  if (typeof name !== "string" || name.length === 0)
    return fail("InvalidArgument", `${what} is required`);
  const shape = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeReference =
    parseRef(name) !== undefined || /^[RC]$/i.test(name) || /^R\d*C\d*$/i.test(name);
  if (!shape || looksLikeReference || name.length > 255)
    fail("InvalidArgument", `"${name}" is not a valid ${what}`);
  return name;
}

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}
