import { CellValue } from "./customer-types";
import { anyOf, inEveryLanguage } from "./every-language";

/** One cell of a numeric column as the reader understands it. */
export type NumberCell =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  /** Not a number: text, TRUE/FALSE or an error shown as text ("#N/A"). `text` is what the user sees. */
  | { kind: "text"; text: string };

const BLANK: NumberCell = { kind: "blank" };

/** The words of figures stored as text in one language (the catalogue's `numberText`). */
export interface NumberTextWords {
  /** Currency words written after a figure, such as the Chinese yuan (the codes are the same in all). */
  currencyAfter: readonly string[];
}

const CURRENCY_CODES = ["rmb", "cny", "usd", "eur", "gbp", "hkd"];
const CURRENCY_AFTER_WORDS = [
  ...inEveryLanguage((w) => w.numberText.currencyAfter),
  ...CURRENCY_CODES,
];
/** Currency signs, codes and words around a figure: "¥1,200", "1,200 CNY", "USD 1200". */
const CURRENCY_BEFORE = /^(?:[¥$€£]|rmb|cny|usd|eur|gbp|hkd)\s*/i;
const CURRENCY_AFTER = new RegExp(`\\s*(?:${anyOf(CURRENCY_AFTER_WORDS)})$`, "i");
/** Digits grouped in thousands by commas or spaces, or not grouped; decimals; an exponent. */
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?$/i;

/**
 * Figures stored as text are read as numbers when they are plainly numbers: a number typed into a
 * text-formatted cell, or pasted from another system as "1,200", "1200.5", "¥1,200", "(1,200)" (the
 * accounting way of writing −1,200) or in full-width digits. Only text that is not a figure at all
 * ("n/a", "about 500", "#N/A") is reported; anything cleverer would guess at what the user meant.
 */
export function parseNumberText(text: string): number | undefined {
  let t = text.normalize("NFKC").trim();
  let negative = false;
  let signed = false;
  // One sign at most: "(1,200)", "-1,200", "-¥1,200" or "¥-1,200", never "--1,200".
  const sign = (): void => {
    if (signed) return;
    if (t.startsWith("(") && t.endsWith(")")) {
      negative = signed = true;
      t = t.slice(1, -1).trim();
    } else if (t.startsWith("-") || t.startsWith("+")) {
      negative = t.startsWith("-");
      signed = true;
      t = t.slice(1).trim();
    }
  };
  sign();
  t = t.replace(CURRENCY_BEFORE, "");
  sign();
  t = t.replace(CURRENCY_AFTER, "");
  if (!/\d/.test(t) || !FIGURE.test(t)) return undefined;
  const value = Number(t.replace(/[, ]/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/** A cell of a numeric column: a number, numeric text read as a number, a blank, or something else. */
export function readNumberCell(cell: CellValue | undefined): NumberCell {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "number")
    return Number.isFinite(cell)
      ? { kind: "number", value: cell }
      : { kind: "text", text: String(cell) };
  if (typeof cell === "boolean") return { kind: "text", text: cell ? "TRUE" : "FALSE" };
  if (cell.trim() === "") return BLANK;
  const value = parseNumberText(cell);
  return value === undefined ? { kind: "text", text: cell } : { kind: "number", value };
}
