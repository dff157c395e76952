import { quoteSheet, sameSheet } from "../a1";

/**
 * A sheet-qualified reference in a formula: 'My sheet'! (quotes doubled inside) or Sheet1!, not part
 * of a longer name, not after a workbook ([Book1]Sheet1!) and not the error #REF!.
 */
const SHEET_PREFIX =
  /(?<![\w.\u00C0-\uFFFF'\]#])('(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/g;

/** The sheet name a prefix names: quotes removed, doubled quotes undone. */
function prefixSheet(prefix: string): string {
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/**
 * Rewrites every reference to the sheet `name` in a formula, outside its string literals ("…"):
 * to the sheet's new name, quoted where Excel quotes it, or to #REF! when the sheet is deleted
 * ('Old'!A5 → #REF!A5), as Excel does to every formula in the workbook.
 */
export function rewriteSheetReferences(
  formula: string,
  name: string,
  replacement: { renamedTo: string } | "deleted"
): string {
  const to = replacement === "deleted" ? "#REF!" : `${quoteSheet(replacement.renamedTo)}!`;
  // Split on string literals: even pieces are formula text, odd pieces are "…" literals.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(SHEET_PREFIX, (whole, prefix: string) =>
            sameSheet(prefixSheet(prefix), name) ? to : whole
          )
    )
    .join("");
}
