/** A cell reference outside a string: optional $ before the column and the row. */
const REFERENCE = /(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * A formula written for one cell as it reads for a cell `rows` down and `columns` right: relative
 * references move, $-fixed ones stay. This is how Excel applies a conditional format's rule, which is
 * written for the top-left cell of its range, to every other cell.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (
              _,
              before: string,
              fixColumn: string,
              letters: string,
              fixRow: string,
              digits: string
            ) => {
              const column = fixColumn ? letters : columnLetters(columnNumber(letters) + columns);
              const row = fixRow ? digits : String(Number(digits) + rows);
              return `${before}${fixColumn}${column}${fixRow}${row}`;
            }
          )
    )
    .join("");
}
