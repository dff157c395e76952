import { address, rangeAddress } from "../sheets/a1";
import { RangeFormat, TableColumnFormat } from "../sheets/sheet-spec";
import { NOTE_COLOR, NUMBER_FORMATS, TITLE_FONT_SIZE } from "../sheets/sheet-styles";
import { DATE_FORMAT } from "./plan-dates";
import {
  CONTACT_COLUMNS,
  CONTACT_ROWS,
  EVALUATION_COLUMNS,
  EVALUATION_PERIODS,
  MODEL_FIELDS,
  PROFILE_FIGURES,
  PROGRESS_FIGURES,
  PlanLayout,
  STAGE_HISTORY_ROWS,
  TASK_COLUMNS,
  modelCell,
  profileCell,
  progressCell,
  taskColumn,
} from "./plan-layout";

export const HEADER_FILL = "#DDEBF7";
/** Excel's "Bad" pair: an overdue task's row, and an overview's count of overdue tasks. */
export const OVERDUE_FILL = { fill: "#FFC7CE", fontColor: "#9C0006" } as const;
const SECTION_FONT_SIZE = 12;
const WARNING_COLOR = "#9C0006";
/** Days sales outstanding, to one decimal. */
const DSO_FORMAT = "0.0";

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
  const subHeadings = [layout.stageHistoryHeading, layout.contactsHeading];
  const evaluationWidth = 1 + EVALUATION_COLUMNS.length + EVALUATION_PERIODS;
  const headers: [number, number][] = [
    [layout.profileRow - 1, PROFILE_FIGURES.length],
    [layout.progressRow - 1, PROGRESS_FIGURES.length],
    [layout.firstNeedRow - 1, 4],
    [layout.firstStageRow - 1, 3],
    [layout.firstRoleRow - 1, 6],
    [layout.firstContactRow - 1, CONTACT_COLUMNS.length],
    [layout.firstEvaluationRow - 1, evaluationWidth],
  ];
  // Target, actual, variance and the periods share the row's format; attainment is a percentage.
  const evaluation = (i: number, format: string) => {
    const r = layout.firstEvaluationRow + i;
    return [
      { ref: rangeAddress(r, 1, r, 3), numberFormat: format },
      { ref: rangeAddress(r, 5, r, evaluationWidth - 1), numberFormat: format },
    ];
  };
  const attainment = EVALUATION_COLUMNS.indexOf("attainment") + 1;
  const lastContact = CONTACT_COLUMNS.indexOf("lastContact");
  const lastRole = layout.firstRoleRow + roles - 1;
  return [
    { ref: address(layout.titleRow, 0), bold: true, fontSize: TITLE_FONT_SIZE },
    { ref: address(layout.noteRow, 0), italic: true, fontColor: NOTE_COLOR },
    ...headings.map((r) => ({ ref: address(r, 0), bold: true, fontSize: SECTION_FONT_SIZE })),
    ...subHeadings.map((r) => ({ ref: address(r, 0), bold: true })),
    ...headers.map(([r, columns]) => ({ ref: row(r, columns), bold: true, fill: HEADER_FILL })),
    { ref: profileCell(layout, "sales"), numberFormat: NUMBER_FORMATS.amount },
    { ref: profileCell(layout, "share"), numberFormat: NUMBER_FORMATS.share },
    { ref: profileCell(layout, "rank"), numberFormat: NUMBER_FORMATS.integer },
    { ref: rangeAddress(layout.profileRow, 5, layout.profileRow, 7), horizontal: "center" },
    { ref: profileCell(layout, "asOf"), numberFormat: DATE_FORMAT, horizontal: "left" },
    { ref: profileCell(layout, "dso"), numberFormat: DSO_FORMAT },
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
    { ref: modelCell(layout, "supportShare"), numberFormat: NUMBER_FORMATS.share },
    { ref: modelCell(layout, "supportBudget"), numberFormat: NUMBER_FORMATS.amount },
    { ref: modelCell(layout, "nextReview"), numberFormat: DATE_FORMAT, horizontal: "left" },
    {
      ref: rangeAddress(layout.modelRow + 1, 1, layout.modelRow + MODEL_FIELDS.length, 1),
      horizontal: "left",
    },
    {
      ref: rangeAddress(layout.firstStageRow, 0, layout.firstStageRow + STAGE_HISTORY_ROWS - 1, 0),
      numberFormat: DATE_FORMAT,
      horizontal: "left",
    },
    {
      ref: rangeAddress(
        layout.firstContactRow,
        lastContact,
        layout.firstContactRow + CONTACT_ROWS - 1,
        lastContact
      ),
      numberFormat: DATE_FORMAT,
    },
    ...(roles > 0 ? [{ ref: rangeAddress(layout.firstRoleRow, 2, lastRole, 5), wrap: true }] : []),
    ...evaluation(0, NUMBER_FORMATS.amount),
    ...evaluation(1, NUMBER_FORMATS.share),
    ...evaluation(2, DSO_FORMAT),
    {
      ref: rangeAddress(
        layout.firstEvaluationRow,
        attainment,
        layout.firstEvaluationRow + 2,
        attainment
      ),
      numberFormat: NUMBER_FORMATS.percent,
    },
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
