import type { Lang } from "../language";
import { address, rangeAddress } from "../sheets/a1";
import { pageSetup } from "../sheets/page-setup";
import { NOTE_COLOR, NUMBER_FORMATS, TITLE_FONT_SIZE } from "../sheets/sheet-styles";
import type { CellValue, FormulaCell, SheetSpec } from "../sheets/sheet-spec";
import { excelSerial } from "./plan-dates";
import { DATE_FORMAT } from "./plan-dates";
import { HEADER_FILL, OVERDUE_FILL } from "./plan-formats";
import type { PlanEntry } from "./plan-generation";
import { TEAM_MARKER, TEAM_NAMES, planNames } from "./plan-names";
import { sheetNames } from "../sheets/sheet-names";
import type { NamedWrite } from "./plan-update";
import { teamText } from "./team-text";
import type { PlanTemplates } from "./templates";

/** Rows of the roster (and of the workload beside it): the people a team may have. */
export const ROSTER_ROWS = 30;
/** Months of workload shown across. */
export const TEAM_MONTHS = 12;
/** Days a person on a new roster is available for key accounts each month, until the user says. */
export const DEFAULT_DAYS_AVAILABLE = 10;
/** Excel's longest formula is 8,192 characters; the workload formulas stay below it. */
const MAX_FORMULA_LENGTH = 8000;

/**
 * Where everything sits on the KAM Team sheet (zero-based rows and columns): title, note and the
 * note on plans not counted; headings; the roster (person, role, days) in A–C and, in the same rows,
 * the workload by month in E–P, its month header above it; the first month at the headings' right.
 */
export const TEAM_LAYOUT = {
  titleRow: 0,
  noteRow: 1,
  countNoteRow: 2,
  headingRow: 3,
  headerRow: 4,
  firstRow: 5,
  lastRow: 5 + ROSTER_ROWS - 1,
  firstMonthColumn: 4,
  lastMonthColumn: 4 + TEAM_MONTHS - 1,
} as const;

const L = TEAM_LAYOUT;
const MONTH_FORMAT = "yyyy-mm";

/** The roster's person, role and days columns, as the hidden names point at them. */
function rosterColumn(column: number): string {
  return rangeAddress(L.firstRow, column, L.lastRow, column);
}

/**
 * The first month counted: the earlier of the generation day and the first task start of any plan
 * (plans made before the task names existed count as having none).
 */
function fromFormula(numbers: readonly number[], today: string): string {
  const starts = numbers.map(
    (n) => `IFERROR(SMALL(${planNames(n).start},1),${excelSerial(today)})`
  );
  return `=MIN(${[...starts, excelSerial(today)].join(",")})`;
}

/** Month j (1-based) of the header: the first of the month, j − 1 months after the first month. */
function monthFormula(j: number): string {
  const from = TEAM_NAMES.from;
  return `=DATE(YEAR(${from}),MONTH(${from})+${j - 1},1)`;
}

/**
 * The workload of roster row i (1-based) in month j: every plan's task days whose person is the row's
 * and whose start falls in the month, by SUMIFS over each plan's named task columns. The formula names
 * no cell of its own sheet, only workbook names, so it is right wherever the names have moved; a plan
 * without those names (made before them, or deleted) adds 0; a blank roster row shows blank.
 */
export function workloadFormula(numbers: readonly number[], i: number, j: number): string {
  const person = `INDEX(${TEAM_NAMES.people},${i})`;
  const month = `INDEX(${TEAM_NAMES.months},1,${j})`;
  const terms = numbers.map((n) => {
    const p = planNames(n);
    return `IFERROR(SUMIFS(${p.workload},${p.person},${person},${p.start},">="&${month},${p.start},"<"&EDATE(${month},1)),0)`;
  });
  return `=IF(${person}="","",${terms.length ? terms.join("+") : "0"})`;
}

/** The plans the workload counts: every plan with its figures, as many as Excel's formulas can name. */
export function countedPlans(entries: readonly PlanEntry[]): number[] {
  const numbers = entries.filter((e) => e.linked).map((e) => e.number);
  let count = numbers.length;
  // The longest formula is the last cell's; one less plan until it fits (MIN takes 255 arguments).
  while (
    count > 0 &&
    (count > 250 ||
      workloadFormula(numbers.slice(0, count), ROSTER_ROWS, TEAM_MONTHS).length >
        MAX_FORMULA_LENGTH)
  )
    count--;
  return numbers.slice(0, count);
}

/** The parts of the sheet the add-in owns and writes again at every generation, as rows of cells. */
function ownedCells(entries: readonly PlanEntry[], lang: Lang, today: string) {
  const numbers = countedPlans(entries);
  const plans = entries.filter((e) => e.linked).length;
  const countNote = numbers.length < plans ? teamText(lang).notCounted(numbers.length, plans) : "";
  const from: FormulaCell = { formula: fromFormula(numbers, today) };
  const months = Array.from({ length: TEAM_MONTHS }, (_, j) => ({ formula: monthFormula(j + 1) }));
  const workload = Array.from({ length: ROSTER_ROWS }, (_, i) =>
    Array.from({ length: TEAM_MONTHS }, (_, j) => ({
      formula: workloadFormula(numbers, i + 1, j + 1),
    }))
  );
  return { countNote, from, months, workload };
}

/**
 * What a generation writes on a KAM Team sheet that is already there: only the cells the add-in owns
 * (the note on plans not counted, the first month, the month header and the workload), through their
 * hidden names, so the roster stays as the user wrote it, even after rows were inserted above it.
 */
export function teamWrites(entries: readonly PlanEntry[], lang: Lang, today: string): NamedWrite[] {
  const owned = ownedCells(entries, lang, today);
  return [
    { name: TEAM_NAMES.note, rows: [[owned.countNote]] },
    { name: TEAM_NAMES.from, rows: [[owned.from]] },
    { name: TEAM_NAMES.months, rows: [owned.months] },
    { name: TEAM_NAMES.workload, rows: owned.workload },
  ];
}

/** A new roster's rows (person, role, days): one example person per role of the templates. */
export function exampleRoster(templates: PlanTemplates, lang: Lang): CellValue[][] {
  const text = teamText(lang);
  return templates.roles
    .slice(0, ROSTER_ROWS)
    .map((r) => [text.placeholder(r.role), r.role, DEFAULT_DAYS_AVAILABLE]);
}

/**
 * The KAM Team sheet as a first generation writes it: a roster the user edits (one example person per
 * role of the templates, each available DEFAULT_DAYS_AVAILABLE days a month), and beside it the
 * workload of every plan's tasks per person and month, by formulas, with the months above a person's
 * days highlighted. The plans' person dropdowns and team cells read the roster through its names.
 */
export function teamSheet(
  entries: readonly PlanEntry[],
  templates: PlanTemplates,
  lang: Lang,
  today: string
): SheetSpec {
  const text = teamText(lang);
  const owned = ownedCells(entries, lang, today);
  const roster = exampleRoster(templates, lang);
  const first = L.firstMonthColumn;
  const last = L.lastMonthColumn;
  const fromCell = address(L.headingRow, last);
  const workload = rangeAddress(L.firstRow, first, L.lastRow, last);
  const months = rangeAddress(L.headerRow, first, L.headerRow, last);
  return {
    kind: "team",
    name: sheetNames(lang).team,
    marker: TEAM_MARKER,
    blocks: [
      { at: "A1", rows: [[text.title], [text.note], [owned.countNote]] },
      { at: address(L.headingRow, 0), rows: [[text.roster]] },
      { at: address(L.headingRow, first), rows: [[text.workload]] },
      { at: address(L.headingRow, last - 1), rows: [[text.from, owned.from]] },
      { at: address(L.headerRow, 0), rows: [[text.person, text.role, text.days]] },
      { at: address(L.headerRow, first), rows: [owned.months] },
      ...(roster.length > 0 ? [{ at: address(L.firstRow, 0), rows: roster }] : []),
      { at: address(L.firstRow, first), rows: owned.workload },
    ],
    columns: [
      { index: 0, width: 24, text: true },
      { index: 1, width: 22, text: true },
      { index: 2, width: 14 },
      { index: 3, width: 3 },
      ...Array.from({ length: TEAM_MONTHS }, (_, j) => ({ index: first + j, width: 9 })),
    ],
    formats: [
      { ref: "A1", bold: true, fontSize: TITLE_FONT_SIZE },
      { ref: "A2", italic: true, fontColor: NOTE_COLOR },
      { ref: "A3", bold: true, fontColor: OVERDUE_FILL.fontColor },
      { ref: address(L.headingRow, 0), bold: true },
      { ref: address(L.headingRow, first), bold: true },
      { ref: address(L.headingRow, last - 1), horizontal: "right" },
      { ref: fromCell, numberFormat: DATE_FORMAT, horizontal: "left" },
      {
        ref: rangeAddress(L.headerRow, 0, L.headerRow, 2),
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
      },
      {
        ref: months,
        bold: true,
        fill: HEADER_FILL,
        numberFormat: MONTH_FORMAT,
        horizontal: "center",
      },
      { ref: rosterColumn(2), numberFormat: NUMBER_FORMATS.general },
      { ref: workload, numberFormat: NUMBER_FORMATS.decimal },
    ],
    conditionalFormats: [
      {
        ref: workload,
        kind: "expression",
        formula: `=AND(ISNUMBER(${address(L.firstRow, first)}),ISNUMBER($C${L.firstRow + 1}),${address(L.firstRow, first)}>$C${L.firstRow + 1})`,
        ...OVERDUE_FILL,
      },
    ],
    validations: [{ ref: rosterColumn(1), list: templates.roles.map((r) => r.role) }],
    names: [
      { name: TEAM_NAMES.people, ref: rosterColumn(0), hidden: true },
      { name: TEAM_NAMES.roles, ref: rosterColumn(1), hidden: true },
      { name: TEAM_NAMES.days, ref: rosterColumn(2), hidden: true },
      { name: TEAM_NAMES.note, ref: address(L.countNoteRow, 0), hidden: true },
      { name: TEAM_NAMES.from, ref: fromCell, hidden: true },
      { name: TEAM_NAMES.months, ref: months, hidden: true },
      { name: TEAM_NAMES.workload, ref: workload, hidden: true },
    ],
    freeze: { rows: L.firstRow, columns: 1 },
    tabColor: "#1F6FB2",
    pageSetup: pageSetup(lang, { titleRow: L.headerRow }),
  };
}

/** What a generation does to KAM Team: a first sheet, or a write of its owned cells. */
export interface TeamWork {
  /** The sheet, when the workbook has no KAM Team of the add-in's. */
  sheet?: SheetSpec;
  /** The owned cells of the KAM Team already there (see teamWrites). */
  writes: NamedWrite[];
}

/**
 * KAM Team for a generation whose plans are `entries`: written whole the first time (`exists` false),
 * afterwards only its owned cells, so the roster is never overwritten. Nothing without plans.
 */
export function teamWork(
  entries: readonly PlanEntry[],
  templates: PlanTemplates,
  lang: Lang,
  today: string,
  exists: boolean
): TeamWork {
  if (entries.length === 0) return { writes: [] };
  return exists
    ? { writes: teamWrites(entries, lang, today) }
    : { sheet: teamSheet(entries, templates, lang, today), writes: [] };
}
