import { type DataProblem, problemSeverity } from "../core/table/customer-types";
import type { PaneStrings } from "./i18n";

const MAX_EXAMPLES = 3;

/** One data problem in the user's language, naming the sheet rows it is about. */
export function problemText(problem: DataProblem, strings: PaneStrings): string {
  const t = strings.problems;
  const role = (r: keyof PaneStrings["roles"]) => strings.roles[r];
  switch (problem.kind) {
    case "noHeader":
      return t.noHeader;
    case "missingRequired":
      return t.missingRequired(role(problem.role));
    case "missingOptional":
      return t.missingOptional[problem.role];
    case "textSales":
      return t.textSales(
        t.rows(problem.rows),
        problem.examples
          .slice(0, MAX_EXAMPLES)
          .map((e) => `"${e}"`)
          .join(", ")
      );
    case "blankSales":
      return t.blankSales(t.rows(problem.rows));
    case "negativeSales":
      return t.negativeSales(t.rows(problem.rows));
    case "blankAccount":
      return t.blankAccount(t.rows(problem.rows));
    case "duplicateAccount":
      return t.duplicateAccount(problem.account, t.rows(problem.rows));
    case "badNumber":
      return t.badNumber(role(problem.role), t.rows(problem.rows));
    case "badPhilosophy":
      return t.badPhilosophy(t.rows(problem.rows));
  }
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
