import { Lang } from "../language";
import { address, rangeAddress, sheetReference } from "../sheets/a1";
import { NOTE_COLOR, NUMBER_FORMATS, TITLE_FONT_SIZE } from "../sheets/sheet-styles";
import { SheetCell, SheetSpec } from "../sheets/sheet-spec";
import { EVALUATION_COLUMNS, MODEL_FIELDS, PROFILE_FIGURES, PROGRESS_FIGURES } from "./plan-layout";
import { DATE_FORMAT } from "./plan-dates";
import { PlanEntry } from "./plan-generation";
import { OVERDUE_FILL } from "./plan-formats";
import { PLANS_MARKER, PLANS_TABLE_NAME, planNames } from "./plan-names";
import { planText } from "./plan-text";
import { pageSetup } from "../sheets/page-setup";
import { sheetNames } from "../sheets/sheet-names";

/** The overview's columns after the account, left to right: where each figure comes from. */
const FIGURES = [
  { key: "stars", from: "profile", format: NUMBER_FORMATS.integer },
  { key: "manager", from: "progress" },
  { key: "tasks", from: "progress", format: NUMBER_FORMATS.count },
  { key: "done", from: "progress", format: NUMBER_FORMATS.count },
  { key: "progress", from: "progress", format: NUMBER_FORMATS.percent },
  { key: "overdue", from: "progress", format: NUMBER_FORMATS.count },
  { key: "nextDue", from: "progress", format: DATE_FORMAT },
  { key: "nextTask", from: "progress" },
  { key: "stage", from: "stages" },
  { key: "attainment", from: "evaluation", format: NUMBER_FORMATS.percent },
  { key: "nextReview", from: "model", format: DATE_FORMAT },
] as const;

export const OVERVIEW_HEADER_ROW = 3;

/**
 * A figure of plan n as an overview formula: INDEX into the plan's hidden name, "=INDEX(KAM_Plan_3_
 * Progress,1,4)". The name follows its cells through inserted rows and renamed sheets, so the formula
 * stays right until the next generation rewrites the overview, in Excel and in LibreOffice alike.
 */
export function overviewFormula(number: number, key: (typeof FIGURES)[number]["key"]): string {
  const names = planNames(number);
  if (key === "stars") return `=INDEX(${names.profile},1,${PROFILE_FIGURES.indexOf("stars") + 1})`;
  // Plans made before these names existed have none: the cell stays blank instead of #NAME?.
  if (key === "stage") return `=IFERROR(T(INDEX(${names.stages},1,1)),"")`;
  if (key === "attainment")
    return `=IFERROR(INDEX(${names.evaluation},1,${EVALUATION_COLUMNS.indexOf("attainment") + 2}),"")`;
  if (key === "nextReview") {
    const cell = `INDEX(${names.model},${MODEL_FIELDS.indexOf("nextReview") + 1},1)`;
    return `=IFERROR(IF(${cell}="","",${cell}),"")`;
  }
  return `=INDEX(${names.progress},1,${PROGRESS_FIGURES.indexOf(key) + 1})`;
}

function row(entry: PlanEntry, missing: string): SheetCell[] {
  if (!entry.linked) return [entry.account, ...FIGURES.map(() => null), missing];
  const note = { formula: `=T(${planNames(entry.number).note})` };
  return [
    entry.account,
    ...FIGURES.map((f) => ({ formula: overviewFormula(entry.number, f.key) })),
    note,
  ];
}

/**
 * The KAM Plans sheet: one row per plan, each account a link to its plan sheet, and every figure a
 * formula over that plan (stars, KA manager, tasks, done, % done, overdue, next due day and task, the
 * status note), so it follows whatever the user changes on the plans. The add-in's own sheet: it is
 * rewritten at every generation, from the sheet names the plans have then.
 */
export function plansOverview(entries: readonly PlanEntry[], lang: Lang): SheetSpec {
  const text = planText(lang);
  const first = OVERVIEW_HEADER_ROW + 1;
  const last = first + Math.max(1, entries.length) - 1;
  const header = [
    text.profile.account,
    ...FIGURES.map((f) =>
      f.key === "stars"
        ? text.profile.stars
        : f.from === "progress"
          ? text.progress[f.key]
          : text.overview[f.key]
    ),
    text.overview.statusNote,
  ];
  const column = (i: number) => rangeAddress(first, i, last, i);
  const overdue = FIGURES.findIndex((f) => f.key === "overdue") + 1;
  return {
    kind: "plans",
    name: sheetNames(lang).plans,
    marker: PLANS_MARKER,
    blocks: [
      { at: "A1", rows: [[text.overview.title], [text.overview.note]] },
      {
        at: address(OVERVIEW_HEADER_ROW, 0),
        rows: [header, ...entries.map((e) => row(e, text.overview.figuresMissing))],
      },
    ],
    columns: [
      { index: 0, width: 30, text: true },
      ...[8, 16, 8, 8, 10, 10, 12, 36, 22, 12, 12, 40].map((width, i) => ({ index: i + 1, width })),
    ],
    pageSetup: pageSetup(lang, { titleRow: OVERVIEW_HEADER_ROW }),
    formats: [
      { ref: "A1", bold: true, fontSize: TITLE_FONT_SIZE },
      { ref: "A2", italic: true, fontColor: NOTE_COLOR },
      ...FIGURES.flatMap((f, i) =>
        "format" in f ? [{ ref: column(i + 1), numberFormat: f.format }] : []
      ),
      { ref: column(1), horizontal: "center" },
    ],
    tables: [
      {
        name: PLANS_TABLE_NAME,
        ref: rangeAddress(OVERVIEW_HEADER_ROW, 0, last, FIGURES.length + 1),
        style: "TableStyleMedium2",
      },
    ],
    conditionalFormats: [
      {
        ref: column(overdue),
        kind: "cellValue",
        operator: "greaterThan",
        value: "0",
        ...OVERDUE_FILL,
      },
    ],
    links: entries.map((e, i) => ({
      at: address(first + i, 0),
      target: sheetReference(e.sheetName, "A1"),
    })),
    freeze: { rows: first, columns: 1 },
    tabColor: "#1F6FB2",
  };
}
