import { parseAddress } from "../../src/core/sheets/a1";
import { type SheetSpec, isFormulaCell } from "../../src/core/sheets/sheet-spec";
import { csvNumber } from "./recalculate";

/**
 * The formula cells of a spec whose value as LibreOffice recalculated it (the sheet's CSV) is not the
 * engine's value in the spec: numbers within 1e-9, booleans as TRUE/FALSE, text exactly. `skip`
 * leaves out formulas the caller cannot compare. One comparison for every LibreOffice test.
 */
export function formulaMismatches(
  spec: SheetSpec,
  csv: string[][],
  skip: (formula: string) => boolean = () => false
): { wrong: string[]; checked: number } {
  const wrong: string[] = [];
  let checked = 0;
  for (const block of spec.blocks) {
    const at = parseAddress(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isFormulaCell(cell) || cell.value === undefined || skip(cell.formula)) return;
        checked++;
        const got = csv[at.row + r]?.[at.col + c] ?? "";
        const want = cell.value;
        const ok =
          typeof want === "number"
            ? Math.abs((csvNumber(got) ?? NaN) - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : typeof want === "boolean"
              ? got === (want ? "TRUE" : "FALSE")
              : got === String(want ?? "");
        if (!ok)
          wrong.push(
            `${spec.name}!R${at.row + r + 1}C${at.col + c + 1} ${cell.formula}: ${got} ≠ ${String(want)}`
          );
      })
    );
  }
  return { wrong, checked };
}
