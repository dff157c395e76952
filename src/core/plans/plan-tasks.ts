import { CellValue } from "../sheets/sheet-spec";
import { excelSerial } from "./plan-dates";
import { PlannedTask } from "./plan-model";
import { PlanVocabulary } from "./plan-vocabulary";

/**
 * The work plan's prefilled tasks, in the templates' order (planModel chose them and dated them from
 * the plan's start); every task starts "not started".
 */
export function taskRows(tasks: readonly PlannedTask[], words: PlanVocabulary): CellValue[][] {
  return tasks.map((task) => [
    task.task,
    task.need,
    task.ownerRole,
    task.workForm,
    excelSerial(task.start),
    excelSerial(task.due),
    task.workloadDays,
    words.status.notStarted,
    task.kpi,
    null,
  ]);
}
