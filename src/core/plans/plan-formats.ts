import { address, rangeAddress } from "../sheets/a1";
import { RangeFormat, TableColumnFormat } from "../sheets/sheet-spec";
import { NOTE_COLOR, NUMBER_FORMATS, TITLE_FONT_SIZE } from "../sheets/sheet-styles";
import { DATE_FORMAT } from "./plan-dates";
import {
  PROFILE_FIGURES,
  PROGRESS_FIGURES,
  PlanLayout,
  TASK_COLUMNS,
  profileCell,
  progressCell,
  taskColumn,
} from "./plan-layout";

export const HEADER_FILL = "#DDEBF7";
/** Excel's "Bad" pair: an overdue task's row, and an overview's count of overdue tasks. */
export const OVERDUE_FILL = { fill: "#FFC7CE", fontColor: "#9C0006" } as const;
const SECTION_FONT_SIZE = 12;
const WARNING_COLOR = "#9C0006";

const row = (r: number, columns: number) => rangeAddress(r, 0, r, columns - 1);

/** Headings, header rows, number formats and wrapping of a plan sheet (the task table has its style). */
export function planFormats(layout: PlanLayout, needs: number, roles: number): RangeFormat[] {
  const headings = [
    layout.profileHeading,
    layout.needsHeading,
    layout.teamHeading,
    layout.evaluationHeading,
    layout.workPlanHeading,
  ];
  const headers: [number, number][] = [
    [layout.profileRow - 1, PROFILE_FIGURES.length],
    [layout.progressRow - 1, PROGRESS_FIGURES.length],
    [layout.firstNeedRow - 1, 3],
    [layout.firstRoleRow - 1, 5],
    [layout.firstEvaluationRow - 1, 4],
  ];
  const evaluation = (i: number, format: string) => ({
    ref: rangeAddress(layout.firstEvaluationRow + i, 1, layout.firstEvaluationRow + i, 3),
    numberFormat: format,
  });
  const lastRole = layout.firstRoleRow + roles - 1;
  return [
    { ref: address(layout.titleRow, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(layout.noteRow, 0), italic: true, fontColor: NOTE_COLOR },
    ...headings.map((r) => ({ ref: address(r, 0), bold: true, fontSize: SECTION_FONT_SIZE })),
    ...headers.map(([r, columns]) => ({ ref: row(r, columns), bold: true, fill: HEADER_FILL })),
    { ref: profileCell(layout, "sales"), numberFormat: NUMBER_FORMATS.amount },
    { ref: profileCell(layout, "share"), numberFormat: NUMBER_FORMATS.share },
    { ref: profileCell(layout, "rank"), numberFormat: NUMBER_FORMATS.integer },
    { ref: rangeAddress(layout.profileRow, 5, layout.profileRow, 7), horizontal: "center" },
    { ref: profileCell(layout, "asOf"), numberFormat: DATE_FORMAT, horizontal: "left" },
    { ref: address(layout.statusNoteRow, 0), bold: true, fontColor: WARNING_COLOR },
    { ref: progressCell(layout, "progress"), numberFormat: NUMBER_FORMATS.percent },
    { ref: progressCell(layout, "nextDue"), numberFormat: DATE_FORMAT, horizontal: "left" },
    { ref: rangeAddress(layout.fieldsRow, 0, layout.fieldsRow + 3, 0), bold: true },
    ...(needs > 0
      ? [
          {
            ref: rangeAddress(layout.firstNeedRow, 1, layout.firstNeedRow + needs - 1, 1),
            horizontal: "center" as const,
          },
        ]
      : []),
    { ref: rangeAddress(layout.modelRow, 0, layout.measuresRow, 0), bold: true },
    ...(roles > 0 ? [{ ref: rangeAddress(layout.firstRoleRow, 2, lastRole, 4), wrap: true }] : []),
    evaluation(0, NUMBER_FORMATS.amount),
    evaluation(1, NUMBER_FORMATS.share),
    evaluation(2, NUMBER_FORMATS.integer),
    {
      ref: rangeAddress(
        layout.firstTaskRow,
        TASK_COLUMNS.indexOf("kpi"),
        layout.lastTaskRow,
        TASK_COLUMNS.indexOf("kpi")
      ),
      wrap: true,
    },
  ];
}

/**
 * The work plan's dates and workload, as formats of the task table's columns rather than of each of
 * the task area's 1,000 rows: new tasks take them as the table grows, and a workbook of many plans
 * stays light to write and to open.
 */
export function taskColumnFormats(): TableColumnFormat[] {
  return [
    { column: taskColumn("start"), numberFormat: DATE_FORMAT },
    { column: taskColumn("due"), numberFormat: DATE_FORMAT },
    { column: taskColumn("workload"), numberFormat: NUMBER_FORMATS.general },
  ];
}
