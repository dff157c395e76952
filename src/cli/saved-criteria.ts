import { type Criteria, parseCriteria } from "../core/criteria";
import { CRITERIA_RANGE_NAME } from "../core/sheets/sheet-names";
import { namedValues } from "../xlsx/named-ranges";
import type { LoadedWorkbook } from "../xlsx/read-workbook";

/**
 * The criteria saved in the workbook (the KAM_Criteria range a previous run wrote, perhaps edited by
 * the user since), as the pane starts from them. Undefined when there are none; throws the engine's
 * error when they cannot be read.
 */
export function savedCriteria(loaded: LoadedWorkbook): Criteria | undefined {
  const values = namedValues(loaded, CRITERIA_RANGE_NAME);
  return values === undefined ? undefined : parseCriteria(values);
}
