/**
 * Functions added to Excel after 2007 are stored in .xlsx files with a prefix ("_xlfn.RANK.EQ").
 * Excel adds it when it saves; a file written without it shows #NAME? in LibreOffice and in older
 * Excel. The sheet specs hold plain English formulas, so the .xlsx writer adds the prefix here.
 */

/** Newer functions by the prefix they take; dynamic-array helpers also carry "_xlws.". */
const PREFIXED: Record<string, readonly string[]> = {
  "_xlfn.": [
    "AGGREGATE",
    "CEILING.MATH",
    "CONCAT",
    "DAYS",
    "FLOOR.MATH",
    "FORMULATEXT",
    "IFNA",
    "IFS",
    "ISFORMULA",
    "ISOWEEKNUM",
    "LET",
    "MAXIFS",
    "MINIFS",
    "MODE.SNGL",
    "NETWORKDAYS.INTL",
    "NORM.DIST",
    "NUMBERVALUE",
    "PERCENTILE.EXC",
    "PERCENTILE.INC",
    "QUARTILE.EXC",
    "QUARTILE.INC",
    "RANK.AVG",
    "RANK.EQ",
    "SEQUENCE",
    "SHEET",
    "SHEETS",
    "STDEV.P",
    "STDEV.S",
    "SWITCH",
    "TEXTJOIN",
    "UNIQUE",
    "VAR.P",
    "VAR.S",
    "WORKDAY.INTL",
    "XLOOKUP",
    "XMATCH",
    "XOR",
  ],
  "_xlfn._xlws.": ["FILTER", "SORT"],
};

const PREFIX_OF = new Map<string, string>(
  Object.entries(PREFIXED).flatMap(([prefix, names]) => names.map((n) => [n, prefix]))
);

/** Whether a formula mentions a newer function's name before a "(", anywhere (a cheap first test). */
const MAY_NEED_PREFIX = new RegExp(
  `(?:${[...PREFIX_OF.keys()].map((n) => n.replace(/\./g, "\\.")).join("|")})\\s*\\(`,
  "i"
);

/** A function name followed by "(", not already part of a longer name or prefixed. */
const FUNCTION_CALL = /(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)(?=\()/g;

/** Text literals ("…") and quoted sheet names ('…') are left as they are. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

function prefixCalls(code: string): string {
  return code.replace(FUNCTION_CALL, (whole, before: string, name: string) => {
    const prefix = PREFIX_OF.get(name.toUpperCase());
    return prefix ? `${before}${prefix}${name.toUpperCase()}` : whole;
  });
}

/**
 * A spec formula ("=RANK.EQ(B2,B:B)") as the .xlsx file stores it: without the "=", with the
 * prefixes newer functions need ("_xlfn.RANK.EQ(B2,B:B)").
 */
export function storedFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Most formulas (a sheet's hundreds of thousands of SUMs and IFs) name no newer function: one
  // test instead of splitting and rewriting each.
  if (!MAY_NEED_PREFIX.test(body)) return body;
  return body
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : prefixCalls(part)))
    .join("");
}
