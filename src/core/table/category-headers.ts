/**
 * Product-category columns of a wide ledger (one column of sales per category, issue 15):
 * "杀虫剂", "杀菌剂销售额", "除草剂（元）", "Insecticide", "Fungicide sales". Each names the category
 * its sales belong to; the white-space sheet puts the categories across.
 */

/** The category words an agricultural-inputs ledger uses, in English and Chinese. */
const CATEGORY_WORDS: readonly string[] = [
  "杀虫剂",
  "杀菌剂",
  "除草剂",
  "叶面肥",
  "植物生长调节剂",
  "调节剂",
  "杀螨剂",
  "种衣剂",
  "种子",
  "化肥",
  "复合肥",
  "有机肥",
  "水溶肥",
  "肥料",
  "农膜",
  "insecticide",
  "insecticides",
  "fungicide",
  "fungicides",
  "herbicide",
  "herbicides",
  "acaricide",
  "acaricides",
  "foliar fertiliser",
  "foliar fertilizer",
  "fertiliser",
  "fertilizer",
  "fertilisers",
  "fertilizers",
  "plant growth regulator",
  "plant growth regulators",
  "growth regulator",
  "seed",
  "seeds",
  "seed treatment",
];

/** Words around the category that say what the figure is: "杀虫剂销售额", "Insecticide sales (¥)". */
const FIGURE_WORDS = /销售额|销售金额|销量|金额|万元|元|sales|revenue|amount|rmb|cny|usd|yuan/g;

const WORDS = new Set(CATEGORY_WORDS.map((w) => w.replace(/\s+/g, "")));

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

/** "杀虫剂销售额（元）" → "杀虫剂", "Insecticide sales" → "Insecticide": the category the header names. */
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
 * more are needed: a lone "种子" column beside the sales is a note, not a breakdown by category.
 */
export function findCategoryColumns(headers: readonly unknown[]): CategoryColumn[] {
  const found: CategoryColumn[] = [];
  headers.forEach((cell, column) => {
    if (typeof cell === "string" && isCategoryHeader(cell))
      found.push({ column, category: categoryLabel(cell) });
  });
  return found.length >= 2 ? found : [];
}
