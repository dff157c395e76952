import { type Lang, words } from "../language";

/**
 * The names of the add-in's sheets and workbook names, and Excel's rules for a sheet name.
 * A new sheet is named in the user's language (issue 14), in the words of its catalogue
 * (src/core/i18n); the add-in finds its sheets by their marks, never by name, so a workbook made in
 * one language and run again in another keeps the names its sheets already have (and every formula
 * of the user's that points into them). Workbook names, table names and marks stay the same in
 * every language: formulas test them.
 */
export interface SheetNames {
  criteria: string;
  tiers: string;
  credit: string;
  templates: string;
  plans: string;
  team: string;
  whiteSpace: string;
  portfolio: string;
  /** Put before the account's name: "Plan - Shop A". */
  planPrefix: string;
}

/** The names the add-in gives its new sheets in `lang`. */
export function sheetNames(lang: Lang): SheetNames {
  return words(lang).sheetNames;
}

/** The names that point at the add-in's own sheets (see SheetSpec.marker and isAddInMark). */
export const CRITERIA_MARKER = "KAM_Criteria_Sheet";
export const TIERS_MARKER = "KAM_Tiers";

/**
 * The custom document property the add-in gives the workbook for each of its sheets: a marker name
 * alone is no proof, as a user may define "KAM_Tiers" for a sheet of theirs. One property per marker,
 * as Office.js limits a property's value to 255 characters; the same text in every language, as it
 * is a mark, not a message. Excel, Excel on the web, LibreOffice and WPS all keep custom properties
 * when they save (LibreOffice drops a name's hidden flag and comment).
 */
export const MARK_VALUE = "KAM for Excel";

/** "KAM_Tiers" → "KAM sheet: KAM_Tiers", the property's name (Office.js calls it the key). */
export function markProperty(marker: string): string {
  return `KAM sheet: ${marker}`;
}

/** A custom document property, as the file or Office.js has it. */
export interface DocumentProperty {
  key: string;
  value: unknown;
}

/** What a sheet made by an earlier version of the add-in (before the properties) shows. */
export interface EarlierMark {
  /** The marker name is hidden, which Excel's Name Manager cannot do. */
  hidden: boolean;
  /** The sheet's A1 holds the title the add-in writes on that kind of sheet (see showsAddInTitle). */
  titled: boolean;
}

/**
 * Whether the sheet a workbook-scoped name `marker` points at is the add-in's own, which it may
 * empty and write again: the workbook has the add-in's property for that marker, or (a workbook an
 * earlier version wrote) the name is hidden and the sheet starts with the add-in's title. Anything
 * else is the user's: their sheet is never written to and their name never re-pointed.
 * Property names are compared ignoring letter case, as Excel compares them.
 */
export function isAddInMark(
  marker: string,
  properties: readonly DocumentProperty[],
  earlier?: EarlierMark
): boolean {
  const key = markProperty(marker).toUpperCase();
  if (properties.some((p) => p.key.toUpperCase() === key && p.value === MARK_VALUE)) return true;
  return earlier !== undefined && earlier.hidden && earlier.titled;
}

/** The workbook name the KAM functions take as `criteria`: the name/value cells of the criteria table. */
export const CRITERIA_RANGE_NAME = "KAM_Criteria";
export const CRITERIA_TABLE_NAME = "KAM_Criteria_Table";
export const TIERS_TABLE_NAME = "KAM_Tiers_Table";

/** The finance view (issue 11): its marker and table. */
export const CREDIT_MARKER = "KAM_Credit";
export const CREDIT_TABLE_NAME = "KAM_Credit_Table";

/** Where to grow (issue 15): the white-space and portfolio sheets' markers and tables. */
export const WHITE_SPACE_MARKER = "KAM_White_Space";
export const WHITE_SPACE_TABLE_NAME = "KAM_White_Space_Table";
export const PORTFOLIO_MARKER = "KAM_Portfolio";
export const PORTFOLIO_TABLE_NAME = "KAM_Portfolio_Table";

export const MAX_SHEET_NAME_LENGTH = 31;

/** Excel reserves "History" for its change-tracking sheet, in any letter case. */
const RESERVED_NAMES = ["history"];

/** What each forbidden character becomes, chosen so "Shop: A/B" reads as "Shop A-B". */
const REPLACEMENTS: Record<string, string> = {
  ":": " ",
  "/": "-",
  "\\": "-",
  "?": "",
  "*": "_",
  "[": "(",
  "]": ")",
};

const FALLBACK_NAME = "Sheet";

function sameName(name: string): string {
  return name.toLowerCase();
}

/** Cuts to `length` UTF-16 units without splitting a surrogate pair (an emoji counts as two, as in Excel). */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** Trims spaces, and the apostrophes a name may not start or end with. */
function trimEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

function cleaned(wanted: string): string {
  const replaced = wanted
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/[:\\/?*[\]]/g, (ch) => REPLACEMENTS[ch])
    .replace(/\s+/g, " ");
  const name = trimEnds(truncate(trimEnds(replaced), MAX_SHEET_NAME_LENGTH));
  return name === "" ? FALLBACK_NAME : name;
}

/**
 * A sheet name Excel accepts and no sheet in `taken` has (letter case ignored, as Excel ignores it):
 * forbidden characters (: \ / ? * [ ]) are replaced, leading and trailing apostrophes dropped, the
 * name cut to 31 characters, and " (2)", " (3)", … appended (within the 31) when it is taken or is
 * Excel's reserved "History". A blank name becomes "Sheet".
 */
export function validSheetName(wanted: string, taken: readonly string[]): string {
  const base = cleaned(wanted);
  const used = new Set(taken.map(sameName));
  RESERVED_NAMES.forEach((name) => used.add(name));
  if (!used.has(sameName(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = trimEnds(truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length));
    const candidate = `${stem === "" ? FALLBACK_NAME : stem}${suffix}`;
    if (!used.has(sameName(candidate))) return candidate;
  }
}

/**
 * "KAM Tiers (2)": a name the add-in gave its sheet because a user's sheet had the spec's name, as
 * opposed to a name the user chose.
 */
function isStandInName(current: string, wanted: string): boolean {
  const n = Number(/ \((\d+)\)$/.exec(current)?.[1] ?? 0);
  if (n < 2 || n > 999) return false;
  const taken = [validSheetName(wanted, [])];
  for (let i = 2; i <= n; i++) {
    const candidate = validSheetName(wanted, taken);
    if (sameName(candidate) === sameName(current)) return true;
    taken.push(candidate);
  }
  return false;
}

/**
 * The name the add-in's sheet gets on this run, in Excel and in .xlsx files alike: a new sheet the spec's name (or
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
  return isStandInName(existing, wanted) && sameName(free) === sameName(validSheetName(wanted, []))
    ? free
    : existing;
}
