import { parseRange, rangeAddress, sheetReference } from "../core/sheets/a1";
import { supports } from "./features";
import { WorkbookSurvey, findName } from "./sheet-survey";

export interface NameOptions {
  comment?: string;
  visible?: boolean;
}

/** ("KAM Tiers", "A2:B9") → "='KAM Tiers'!$A$2:$B$9". */
export function nameFormula(sheetName: string, ref: string): string {
  const { start, end } = parseRange(ref);
  return `=${sheetReference(sheetName, rangeAddress(start.row, start.col, end.row, end.col, { absolute: true }))}`;
}

/**
 * Points a workbook name at a range. A name that exists is re-pointed rather than deleted and added
 * again, so formulas that use it (=KAM.GRADE(…, KAM_Criteria)) never see it missing; before ExcelApi 1.7
 * (where NamedItem.formula cannot be set) it is replaced. Queues actions only; the caller syncs.
 */
export function pointName(
  context: Excel.RequestContext,
  survey: WorkbookSurvey,
  name: string,
  formula: string,
  options: NameOptions = {}
): void {
  const { names } = context.workbook;
  const found = findName(survey, name);
  let item: Excel.NamedItem;
  if (found && supports("repointNames")) {
    item = names.getItem(found.name);
    item.formula = formula;
    if (options.comment !== undefined) item.comment = options.comment;
  } else {
    if (found) names.getItem(found.name).delete();
    item = names.add(name, formula, options.comment);
  }
  if (options.visible !== undefined) item.visible = options.visible;
  if (found) survey.names.splice(survey.names.indexOf(found), 1);
  survey.names.push({ name, type: "Range", visible: options.visible ?? true });
}
