import { FormulaCell, SheetCell } from "../sheets/sheet-spec";
import { excelSerial } from "./plan-dates";
import { PlannedTask } from "./plan-model";
import { PlanVocabulary } from "./plan-vocabulary";

/**
 * The work plan's prefilled tasks, in the templates' order (planModel chose them and dated them from
 * the plan's start); every task starts "not started". `person(i)` is task i's person cell.
 */
export function taskRows(
  tasks: readonly PlannedTask[],
  words: PlanVocabulary,
  person: (i: number) => FormulaCell
): SheetCell[][] {
  return tasks.map((task, i) => [
    task.task,
    task.need,
    task.ownerRole,
    person(i),
    task.workForm,
    excelSerial(task.start),
    excelSerial(task.due),
    task.workloadDays,
    words.status.notStarted,
    task.kpi,
    null,
  ]);
}
