import * as fs from "fs";
import * as path from "path";

/** One row of the README's function table: the example formula and what its cell shows on the sample. */
export interface ReadmeExample {
  id: string;
  formula: string;
  /** The README's figure, e.g. "0.141", "WATCH", "TRUE". */
  shown: string;
}

/** The examples of README.md's function table, in its order. */
export function readmeExamples(): ReadmeExample[] {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const rows = readme.split("\n").filter((line) => line.startsWith("| `KAM."));
  return rows.map((line) => {
    const cells = line.split(" | ");
    const code = (cell: string) => /`([^`]*)`/.exec(cell)?.[1] ?? "";
    return { id: code(cells[0]).split("(")[0], formula: code(cells[2]), shown: code(cells[3]) };
  });
}

/**
 * Whether a cell's value (or the text the grid shows) is the README's figure: a number equal to it at
 * the README's decimals, or the same text.
 */
export function agreesWithReadme(value: unknown, shown: string): boolean {
  if (/^-?\d+(\.\d+)?$/.test(shown)) {
    const number = typeof value === "number" ? value : Number(String(value).replace(/,/g, ""));
    const decimals = shown.split(".")[1]?.length ?? 0;
    return Number.isFinite(number) && number.toFixed(decimals) === Number(shown).toFixed(decimals);
  }
  if (typeof value === "boolean") return (value ? "TRUE" : "FALSE") === shown;
  return String(value) === shown;
}
