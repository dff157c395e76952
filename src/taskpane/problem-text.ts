import { describeProblem } from "../core/table/problem-text";
import type { DataProblem } from "../core/table/customer-types";
import type { PaneStrings } from "./i18n";

export { hasBlockingProblem, sortProblems } from "../core/table/problem-text";

/** One data problem in the pane's language; the wording is core's, shared with the command line. */
export function problemText(problem: DataProblem, strings: PaneStrings): string {
  return describeProblem(problem, strings.problems, strings.roles);
}
