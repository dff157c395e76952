/** How wide a line of text is drawn, in pixels. */
export type MeasureText = (text: string) => number;

/** The grid's cell font, as grid-cell.tsx sets it. */
export const CELL_FONT = "14.5px Calibri, 'Segoe UI', 'Microsoft YaHei', sans-serif";

// Chinese, Japanese and Korean text breaks between any two characters; other text at spaces.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** A rough width where there is no canvas (tests under Node): wide characters count double. */
export function estimatedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 14.5 : 7.5;
  return width;
}

let canvasMeasure: MeasureText | undefined;

/** Widths as the browser draws the cell font; the estimate where there is no canvas. */
export function measureCellText(): MeasureText {
  if (canvasMeasure) return canvasMeasure;
  const context =
    typeof document !== "undefined"
      ? (() => {
          try {
            return document.createElement("canvas").getContext("2d");
          } catch {
            return null;
          }
        })()
      : null;
  if (!context) return estimatedWidth;
  context.font = CELL_FONT;
  canvasMeasure = (text) => context.measureText(text).width;
  return canvasMeasure;
}

/** Pieces a line may break between: words with the spaces after them, or single wide characters. */
function pieces(paragraph: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const ch of paragraph) {
    if (WIDE.test(ch)) {
      if (word) out.push(word);
      out.push(ch);
      word = "";
    } else if (ch === " " && word.trim() !== "") {
      out.push(word + ch);
      word = "";
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/**
 * The lines a wrapped cell shows within `width` pixels, as Excel wraps: at line breaks the text has,
 * then between words (between any two characters of Chinese), and inside a word only when the word
 * alone is wider than the cell.
 */
export function wrapLines(text: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const piece of pieces(paragraph)) {
      if (measure((line + piece).trimEnd()) <= width) {
        line += piece;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = "";
      // A word wider than the cell is cut where it reaches the edge.
      let rest = piece;
      while (measure(rest.trimEnd()) > width && rest.length > 1) {
        let cut = 1;
        while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= width) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
