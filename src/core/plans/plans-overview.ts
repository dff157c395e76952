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
import { Criteria, DEFAULT_CRITERIA } from "../criteria";
import { healthFormula } from "../health";
import { HealthScoring, planStages } from "./plan-health";
import { defaultTemplates } from "./default-templates";
import { sheetNames } from "../sheets/sheet-names";

/** The overview's columns after the account, left to right: where each figure comes from. */
/** Below this health an account is highlighted in the overview. */
export const WEAK_HEALTH = 50;

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

/**
 * The account health's columns after the figures: growth and philosophy from the analysis (values),
 * the health as a formula over the row and the plan, the health the plan kept from the previous
 * generation (a value) and the trend, health − before.
 */
const HEALTH_COLUMNS = [
  { key: "growth", format: NUMBER_FORMATS.share },
  { key: "philosophy", format: NUMBER_FORMATS.general },
  { key: "health", format: NUMBER_FORMATS.integer },
  { key: "previousHealth", format: NUMBER_FORMATS.integer },
  { key: "healthTrend", format: "+0;-0;0" },
] as const;
type HealthColumn = (typeof HEALTH_COLUMNS)[number]["key"];

export const OVERVIEW_HEADER_ROW = 3;

/** The overview column (zero-based) of a health column. */
export function healthColumn(key: HealthColumn): number {
  return 1 + FIGURES.length + HEALTH_COLUMNS.findIndex((c) => c.key === key);
}

/** The health formula of an overview row (zero-based `at`), over that row's cells and plan n's names. */
export function overviewHealthFormula(number: number, at: number, scoring: HealthScoring): string {
  const names = planNames(number);
  const cell = (col: number) => address(at, col);
  return healthFormula(
    {
      growth: cell(healthColumn("growth")),
      credit: `INDEX(${names.profile},1,${PROFILE_FIGURES.indexOf("credit") + 1})`,
      overdue: cell(1 + FIGURES.findIndex((f) => f.key === "overdue")),
      stage: `INDEX(${names.stages},1,1)`,
      targetStage: `INDEX(${names.stages},2,1)`,
      stages: scoring.stages,
      philosophy: cell(healthColumn("philosophy")),
    },
    scoring.criteria
  );
}

/** The stage words and weights of a workbook without templates of its own, for callers that have none. */
export function defaultScoring(lang: Lang, criteria: Criteria = DEFAULT_CRITERIA): HealthScoring {
  return { stages: planStages(defaultTemplates(lang), lang), criteria };
}

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

function healthCells(entry: PlanEntry, at: number, scoring: HealthScoring): SheetCell[] {
  const h = entry.health;
  const health = address(at, healthColumn("health"));
  const before = address(at, healthColumn("previousHealth"));
  const cells: Record<HealthColumn, SheetCell> = {
    growth: h?.growth ?? null,
    philosophy: h?.philosophy ?? null,
    health: {
      formula: overviewHealthFormula(entry.number, at, scoring),
      value: h?.value ?? "",
    },
    previousHealth: h?.previous ?? null,
    healthTrend: {
      formula: `=IF(OR(${health}="",${before}=""),"",${health}-${before})`,
      value: h?.value !== undefined && h.previous !== undefined ? h.value - h.previous : "",
    },
  };
  return HEALTH_COLUMNS.map((c) => cells[c.key]);
}

function row(entry: PlanEntry, at: number, missing: string, scoring: HealthScoring): SheetCell[] {
  if (!entry.linked)
    return [entry.account, ...FIGURES.map(() => null), ...HEALTH_COLUMNS.map(() => null), missing];
  const note = { formula: `=T(${planNames(entry.number).note})` };
  return [
    entry.account,
    ...FIGURES.map((f) => ({ formula: overviewFormula(entry.number, f.key) })),
    ...healthCells(entry, at, scoring),
    note,
  ];
}

/**
 * The KAM Plans sheet: one row per plan, each account a link to its plan sheet, and every figure a
 * formula over that plan (stars, KA manager, tasks, done, % done, overdue, next due day and task, the
 * status note), so it follows whatever the user changes on the plans; and the account health, with its
 * trend against the health the plan kept from the previous generation. The add-in's own sheet: it is
 * rewritten at every generation, from the sheet names the plans have then.
 */
export function plansOverview(
  entries: readonly PlanEntry[],
  lang: Lang,
  scoring: HealthScoring = defaultScoring(lang)
): SheetSpec {
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
    ...HEALTH_COLUMNS.map((c) => text.overview[c.key]),
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
        rows: [
          header,
          ...entries.map((e, i) => row(e, first + i, text.overview.figuresMissing, scoring)),
        ],
      },
    ],
    columns: [
      { index: 0, width: 30, text: true },
      ...[8, 16, 8, 8, 10, 10, 12, 36, 22, 12, 12, 12, 10, 8, 10, 10, 40].map((width, i) => ({
        index: i + 1,
        width,
      })),
    ],
    pageSetup: pageSetup(lang, { titleRow: OVERVIEW_HEADER_ROW }),
    formats: [
      { ref: "A1", bold: true, fontSize: TITLE_FONT_SIZE },
      { ref: "A2", italic: true, fontColor: NOTE_COLOR },
      ...FIGURES.flatMap((f, i) =>
        "format" in f ? [{ ref: column(i + 1), numberFormat: f.format }] : []
      ),
      ...HEALTH_COLUMNS.map((c) => ({ ref: column(healthColumn(c.key)), numberFormat: c.format })),
      { ref: column(1), horizontal: "center" },
    ],
    tables: [
      {
        name: PLANS_TABLE_NAME,
        ref: rangeAddress(OVERVIEW_HEADER_ROW, 0, last, FIGURES.length + HEALTH_COLUMNS.length + 1),
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
      // A weak account stands out as an overdue task does.
      {
        ref: column(healthColumn("health")),
        kind: "cellValue",
        operator: "lessThan",
        value: String(WEAK_HEALTH),
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
