import { type Lang, words } from "../language";
import type { ColumnRole } from "./columns";
import { type DataProblem, problemSeverity } from "./customer-types";

/**
 * How the data problems are said, in each language. The task pane and the command line word them
 * the same way, so both share these texts (the pane adds its own heading around them).
 */
export interface ProblemWording {
  /** The first rows of a list (`shown`) and how many there are in all (`count`). */
  rows: (shown: readonly number[], count: number) => string;
  noHeader: string;
  missingRequired: (role: string) => string;
  missingOptional: Record<ColumnRole, string>;
  textSales: (rows: string, examples: string) => string;
  blankSales: (rows: string) => string;
  negativeSales: (rows: string) => string;
  blankAccount: (rows: string) => string;
  duplicateAccount: (account: string, rows: string) => string;
  badNumber: (role: string, rows: string) => string;
  badPhilosophy: (rows: string) => string;
  dateSales: (rows: string) => string;
  hiddenRows: (rows: string) => string;
  noPhilosophyScore: (rows: string) => string;
  badAging: (rows: string) => string;
}

/** Row lists stop after this many numbers and say how many more there are. */
const MAX_ROWS_SHOWN = 8;

/** The sheet rows a problem is about, as the catalogue's `rows` words them. */
function rowList(t: ProblemWording, rows: readonly number[]): string {
  return t.rows(rows.slice(0, MAX_ROWS_SHOWN), rows.length);
}

/** What each column role is called, as the mapping and the problems name it. */
export function roleNames(lang: Lang): Record<ColumnRole, string> {
  return words(lang).columnNames;
}

/** How the data problems are said in one language. */
export function problemWording(lang: Lang): ProblemWording {
  return words(lang).dataProblems;
}

const MAX_EXAMPLES = 3;

/** One data problem in words, naming the sheet rows it is about. */
export function describeProblem(
  problem: DataProblem,
  t: ProblemWording,
  roles: Record<ColumnRole, string>
): string {
  switch (problem.kind) {
    case "noHeader":
      return t.noHeader;
    case "missingRequired":
      return t.missingRequired(roles[problem.role]);
    case "missingOptional":
      return t.missingOptional[problem.role];
    case "textSales":
      return t.textSales(
        rowList(t, problem.rows),
        problem.examples
          .slice(0, MAX_EXAMPLES)
          .map((e) => `"${e}"`)
          .join(", ")
      );
    case "blankSales":
      return t.blankSales(rowList(t, problem.rows));
    case "negativeSales":
      return t.negativeSales(rowList(t, problem.rows));
    case "blankAccount":
      return t.blankAccount(rowList(t, problem.rows));
    case "duplicateAccount":
      return t.duplicateAccount(problem.account, rowList(t, problem.rows));
    case "badNumber":
      return t.badNumber(roles[problem.role], rowList(t, problem.rows));
    case "badPhilosophy":
      return t.badPhilosophy(rowList(t, problem.rows));
    case "dateSales":
      return t.dateSales(rowList(t, problem.rows));
    case "hiddenRows":
      return t.hiddenRows(rowList(t, problem.rows));
    case "noPhilosophyScore":
      return t.noPhilosophyScore(rowList(t, problem.rows));
    case "badAging":
      return t.badAging(rowList(t, problem.rows));
  }
}

/** A problem in one of the product's languages. */
export function problemText(problem: DataProblem, lang: Lang): string {
  return describeProblem(problem, problemWording(lang), roleNames(lang));
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then what is merely not assessed; the engine's order within each. */
export function sortProblems(problems: readonly DataProblem[]): DataProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (x, y) =>
        ORDER[problemSeverity(x.problem)] - ORDER[problemSeverity(y.problem)] || x.index - y.index
    )
    .map((entry) => entry.problem);
}

export function hasBlockingProblem(problems: readonly DataProblem[]): boolean {
  return problems.some((p) => problemSeverity(p) === "error");
}
