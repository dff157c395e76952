import { CellValue } from "../sheets/sheet-spec";
import { excelSerial } from "./plan-dates";
import { EVALUATION_ROWS, MODEL_FIELDS } from "./plan-layout";
import { PlanModel } from "./plan-model";
import { PlanNames } from "./plan-names";
import { LANGS } from "../language";
import { QUADRANTS } from "../portfolio/quadrant";
import { portfolioText } from "../sheets/portfolio-text";
import { planText } from "./plan-text";
import type { PlanTemplates } from "./templates";
import type { NamedWrite } from "./plan-update";

/**
 * The cells a generation fills from the data and may fill again: each need's priority and reason, the
 * cooperation model's values and the evaluation targets. Beside each block, in columns far to the
 * right, the plan keeps a copy of what the add-in last wrote there; a later generation rewrites a cell
 * only while it still equals that copy, so whatever the user typed over it stays.
 */
export const FILLED_BLOCKS = ["priorities", "model", "targets"] as const;
export type FilledBlock = (typeof FILLED_BLOCKS)[number];

/** The column (zero-based) of the add-in's copy: Z, far from anything a plan shows. */
export const COPY_COLUMN = 25;

/** The hidden names of a block and of its copy. */
export function fillNames(names: PlanNames, block: FilledBlock): { cells: string; copy: string } {
  const own = `${names.marker}_${block[0].toUpperCase()}${block.slice(1)}`;
  return { cells: block === "model" ? names.model : own, copy: `${own}_Copy` };
}

/** What the add-in writes into each block for a plan model, row by row. */
export function filledValues(model: PlanModel): Record<FilledBlock, CellValue[][]> {
  const s = model.serviceModel;
  const modelRow: Record<(typeof MODEL_FIELDS)[number], CellValue> = {
    visitsPerMonth: s?.visitsPerMonth ?? null,
    reviewEveryDays: s?.reviewEveryDays ?? null,
    supportShare: s?.supportShare ?? null,
    supportBudget: s?.supportBudget ?? null,
    creditTermsDays: s?.creditTermsDays ?? null,
    workForms: s?.workForms ?? null,
    nextReview: s?.nextReview ? excelSerial(s.nextReview) : null,
  };
  const targets: Record<(typeof EVALUATION_ROWS)[number], CellValue> = {
    sales: model.targets.sales,
    share: model.targets.share,
    dso: model.targets.dso,
    credit: "OK",
  };
  return {
    priorities: model.needs.map((n) => [n.need, n.priorityWord, n.reason]),
    model: MODEL_FIELDS.map((key) => [modelRow[key]]),
    targets: EVALUATION_ROWS.map((key) => [targets[key]]),
  };
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === "";
const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  (blank(a) && blank(b)) ||
  (typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
    : String(a) === String(b));

/** A block as the workbook holds it now: its cells and the add-in's copy of what it wrote. */
export interface FilledReading {
  cells: CellValue[][];
  copy: CellValue[][];
}

/**
 * The writes that refresh one block: a cell still equal to the add-in's copy gets the new value (and
 * the copy with it); a cell the user changed keeps its value, and the copy keeps the old one, so it
 * stays the user's at every later generation. Rows beyond the block as it is now are not written
 * (the user deleted rows, or the templates grew): the block's shape is the user's.
 */
export function refreshBlock(
  names: { cells: string; copy: string },
  now: FilledReading,
  fresh: CellValue[][]
): NamedWrite[] {
  const rows = Math.min(now.cells.length, now.copy.length, fresh.length);
  if (rows === 0) return [];
  const cells: CellValue[][] = [];
  const copy: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const width = fresh[r].length;
    cells.push([]);
    copy.push([]);
    for (let c = 0; c < width; c++) {
      const mine = same(now.cells[r]?.[c], now.copy[r]?.[c]);
      cells[r].push(mine ? fresh[r][c] : (now.cells[r]?.[c] ?? null));
      copy[r].push(mine ? fresh[r][c] : (now.copy[r]?.[c] ?? null));
    }
  }
  return [
    { name: names.cells, rows: cells },
    { name: names.copy, rows: copy },
  ];
}

/**
 * The new priorities lined up with the need rows as the sheet has them now (the user may have renamed,
 * moved or added needs): a row whose need the model has gets its priority and reason; any other row is
 * given back as it is, so it is left alone.
 */
export function prioritiesFor(now: CellValue[][], fresh: CellValue[][]): CellValue[][] {
  const byNeed = new Map(fresh.map((row) => [String(row[0]).trim().toLowerCase(), row]));
  return now.map(
    (row) =>
      byNeed.get(
        String(row[0] ?? "")
          .trim()
          .toLowerCase()
      ) ?? row
  );
}

/**
 * Whether the cooperation model's heading still reads as the add-in writes it: a service level line
 * ("Service for 4-star accounts", or no level), alone or with a portfolio quadrant, in any language.
 * Plans keep no copy of the heading (those made before the quadrant have none to keep), so a
 * heading is the add-in's while it is one of those texts; any other text is the user's and stays.
 */
export function headingIsTheAddIns(
  heading: CellValue | undefined,
  templates: PlanTemplates
): boolean {
  if (typeof heading !== "string") return false;
  const stars = new Set([0, 1, 2, 3, 4, 5, ...templates.service.map((l) => l.stars)]);
  return LANGS.some((lang) => {
    const m = planText(lang).model;
    const words = portfolioText(lang);
    const levels = [m.noLevel, ...[...stars].map((s) => m.level(s))];
    return levels.some(
      (level) =>
        heading === level ||
        QUADRANTS.some(
          (q) =>
            heading === m.withPortfolio(level, m.portfolio(words.quadrant[q], words.treatment[q]))
        )
    );
  });
}
