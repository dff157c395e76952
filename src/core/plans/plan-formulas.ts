import { address, columnLetter, rangeAddress } from "../sheets/a1";
import { CellValue, FormulaCell } from "../sheets/sheet-spec";
import {
  EvaluationRow,
  PROGRESS_FIGURES,
  PlanLayout,
  ProgressFigure,
  profileCell,
  progressCell,
  taskArea,
  taskColumn,
} from "./plan-layout";
import { TEAM_NAMES } from "./plan-names";

/** A text as a formula string literal. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Larger than any date serial: what a task that does not count adds, so MIN passes over it. */
const NOT_COUNTED = "1E+9";

/**
 * The progress row's formulas over the work plan's whole task area (the prefilled tasks and the rows
 * below them, where users add tasks). Plain A1 ranges on the plan's own sheet: Excel moves them when
 * rows are inserted above, and Excel and LibreOffice both read them (a table's structured reference
 * is Excel's alone). Only classic functions, none entered as an array formula:
 * - a task counts when it has a work item; it is done when its status is the plan's word for done;
 * - the next due date is the smallest due date of the tasks not done: SUMPRODUCT evaluates MIN's
 *   argument as an array in every Excel and in LibreOffice, without MINIFS (Excel 2019) or
 *   Ctrl+Shift+Enter; a due date typed as text makes it blank instead of an error;
 * - the next task is the first not-done task due that day, found the same way by its row.
 */
export function progressFormulas(
  layout: PlanLayout,
  doneWord: string
): Record<ProgressFigure, FormulaCell> {
  const item = taskArea(layout, "workItem");
  const due = taskArea(layout, "due");
  const status = taskArea(layout, "status");
  const done = literal(doneWord);
  const cell = (key: ProgressFigure) => progressCell(layout, key);
  const manager = address(layout.firstRoleRow, 1);
  const notDone = literal(`<>${doneWord}`);
  const open = `${item},"<>",${status},${notDone}`;
  const skipped = `(${status}=${done})+(${item}="")+(${due}="")`;
  const firstDue = address(layout.firstTaskRow, taskColumn("due"));
  return {
    manager: { formula: `=IF(${manager}="","",${manager})` },
    tasks: { formula: `=COUNTA(${item})` },
    done: { formula: `=COUNTIFS(${item},"<>",${status},${done})` },
    progress: { formula: `=IF(${cell("tasks")}=0,0,${cell("done")}/${cell("tasks")})` },
    overdue: { formula: `=COUNTIFS(${item},"<>",${due},"<"&TODAY(),${status},${notDone})` },
    nextDue: {
      formula: `=IFERROR(IF(COUNTIFS(${open},${due},">0")=0,"",SUMPRODUCT(MIN(${due}+(${skipped})*${NOT_COUNTED}))),"")`,
    },
    nextTask: {
      formula: `=IF(${cell("nextDue")}="","",INDEX(${item},SUMPRODUCT(MIN(ROW(${due})-ROW(${firstDue})+1+((${due}<>${cell("nextDue")})+${skipped})*${NOT_COUNTED}))))`,
    },
  };
}

export function progressRow(layout: PlanLayout, doneWord: string): FormulaCell[] {
  const formulas = progressFormulas(layout, doneWord);
  return PROGRESS_FIGURES.map((key) => formulas[key]);
}

/**
 * An evaluation row after its label: target (prefilled from the data, the user's to change), actual,
 * variance and attainment. Actual sales, share, DSO and credit are the profile's figures, so they follow
 * every new generation. Attainment is actual / target, and target / actual for DSO (fewer days is
 * better); blank while either is missing. `target` and `actual` are what the cells hold now, so each
 * formula carries the value the engine expects.
 */
export function evaluationCells(
  layout: PlanLayout,
  key: EvaluationRow,
  row: number,
  words: { met: string; notMet: string; target: CellValue; actual: CellValue }
): [CellValue, FormulaCell, FormulaCell, FormulaCell | null] {
  const target = address(row, 1);
  const actual = address(row, 2);
  const missing = `OR(${target}="",${actual}="")`;
  const t = words.target;
  const a = words.actual === "" ? null : words.actual;
  const known = t !== null && t !== "" && a !== null;
  const actualCell: FormulaCell = {
    formula: `=IF(${profileCell(layout, key)}="","",${profileCell(layout, key)})`,
    value: a ?? "",
  };
  if (key === "credit")
    return [
      t,
      actualCell,
      {
        formula: `=IF(${missing},"",IF(${actual}=${target},${literal(words.met)},${literal(words.notMet)}))`,
        value: known ? (a === t ? words.met : words.notMet) : "",
      },
      null,
    ];
  const numbers = known && typeof t === "number" && typeof a === "number";
  const variance = {
    formula: `=IF(${missing},"",${actual}-${target})`,
    value: numbers ? (a as number) - (t as number) : "",
  };
  const [over, under] = key === "dso" ? [target, actual] : [actual, target];
  const [o, u] = key === "dso" ? [t, a] : [a, t];
  const attainment = {
    formula: `=IF(OR(${missing},${under}=0),"",${over}/${under})`,
    value: numbers && u !== 0 ? (o as number) / (u as number) : "",
  };
  return [t, actualCell, variance, attainment];
}

/** Highlights a task due before today that is not done; relative to the task area's first row. */
export function overdueRule(layout: PlanLayout, doneWord: string): string {
  const row = layout.firstTaskRow + 1;
  const due = `$${columnLetter(taskColumn("due"))}${row}`;
  const status = `$${columnLetter(taskColumn("status"))}${row}`;
  return `=AND(ISNUMBER(${due}),${due}<TODAY(),${status}<>${literal(doneWord)})`;
}

/**
 * A team row's person on a new plan: the first person of the KAM Team roster with the row's role, so
 * the plan names the roster's people (and follows it when the user renames them) until the user
 * picks someone else from the dropdown; blank when the roster has no one in that role.
 */
export function teamPersonFormula(roleCell: string): FormulaCell {
  return {
    formula: `=IFERROR(T(INDEX(${TEAM_NAMES.people},MATCH(${roleCell},${TEAM_NAMES.roles},0))),"")`,
  };
}

/**
 * A prefilled task's person: the person the plan's team gives the task's owner role (the team rows
 * `roles` of them from layout.firstRoleRow), so assigning a role's person there assigns its tasks;
 * blank without a role or a person. The user may pick another person from the roster's dropdown.
 */
export function taskPersonFormula(layout: PlanLayout, row: number, roles: number): FormulaCell {
  const owner = `$${columnLetter(taskColumn("ownerRole"))}${row + 1}`;
  const last = layout.firstRoleRow + Math.max(1, roles) - 1;
  const roleColumn = rangeAddress(layout.firstRoleRow, 0, last, 0, { absolute: true });
  const people = rangeAddress(layout.firstRoleRow, 1, last, 1, { absolute: true });
  return {
    formula: `=IF(${owner}="","",IFERROR(T(INDEX(${people},MATCH(${owner},${roleColumn},0))),""))`,
  };
}
