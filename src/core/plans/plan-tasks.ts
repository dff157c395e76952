import { CellValue } from "../sheets/sheet-spec";
import { excelSerial } from "./plan-dates";
import { PlanVocabulary } from "./plan-vocabulary";
import { PlanTemplates } from "./templates";

/**
 * The work plan's prefilled tasks, one per template task, in the template's order: each starts its
 * template's days after `today` and is due its duration later; every task starts "not started".
 */
export function taskRows(
  templates: PlanTemplates,
  words: PlanVocabulary,
  today: string
): CellValue[][] {
  const start = excelSerial(today);
  return templates.tasks.map((task) => {
    const begins = start + task.startAfterDays;
    return [
      task.workItem,
      task.need,
      task.ownerRole,
      task.workForm,
      begins,
      begins + task.durationDays,
      task.workloadDays,
      words.status.notStarted,
      task.kpi,
      null,
    ];
  });
}
