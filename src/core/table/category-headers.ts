import { anyOf, inEveryLanguage } from "./every-language";

/**
 * Product-category columns of a wide ledger (one column of sales per category, issue 15):
 * "Insecticide", "Fungicide sales", "Herbicide (USD)", and the same in Chinese. Each names the
 * category its sales belong to; the white-space sheet puts the categories across.
 */

/** The words of category headers in one language (the catalogue's `categoryHeaders`), lower case. */
export interface CategoryWords {
  /** The categories an agricultural-inputs ledger uses: "insecticide", "foliar fertiliser". */
  categories: readonly string[];
  /** Words around the category that say what the figure is: "sales", "amount" ("Insecticide sales"). */
  figure: readonly string[];
}

const FIGURE_WORDS = new RegExp(
  anyOf(["rmb", "cny", "usd", ...inEveryLanguage((w) => w.categoryHeaders.figure)]),
  "g"
);

const WORDS = new Set(
  inEveryLanguage((w) => w.categoryHeaders.categories).map((w) => w.replace(/\s+/g, ""))
);

/** The header as compared: NFKC, lower case, no spaces, punctuation, brackets or figure words. */
function compact(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(FIGURE_WORDS, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether `header` names a product category's sales column. */
export function isCategoryHeader(header: string): boolean {
  const text = compact(header);
  return text !== "" && WORDS.has(text);
}

/** A category column of the table: where it is and the category, as its header names it. */
export interface CategoryColumn {
  column: number;
  category: string;
}

/** "Insecticide sales (USD)" → "Insecticide": the category the header names. */
function categoryLabel(header: string): string {
  const label = header
    .normalize("NFKC")
    .replace(/[([【][^()[\]【】]*[)\]】]/g, "")
    .replace(new RegExp(FIGURE_WORDS.source, "gi"), "")
    .trim();
  return label === "" ? header.trim() : label;
}

/**
 * The category columns of a header row, left to right, named by their header text (trimmed). Two or
 * more are needed: a lone "Seeds" column beside the sales is a note, not a breakdown by category.
 */
export function findCategoryColumns(headers: readonly unknown[]): CategoryColumn[] {
  const found: CategoryColumn[] = [];
  headers.forEach((cell, column) => {
    if (typeof cell === "string" && isCategoryHeader(cell))
      found.push({ column, category: categoryLabel(cell) });
  });
  return found.length >= 2 ? found : [];
}
