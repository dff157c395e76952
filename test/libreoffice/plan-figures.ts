import { parseAddress, parseRange } from "../../src/core/sheets/a1";
import type { SheetCell, SheetSpec } from "../../src/core/sheets/sheet-spec";
import { OVERVIEW_HEADER_ROW, healthColumn } from "../../src/core/plans/plans-overview";
import { TASK_COLUMNS } from "../../src/core/plans/plan-layout";
import { csvNumber } from "./recalculate";

function cellAt(spec: SheetSpec, row: number, col: number): SheetCell | undefined {
  for (const block of spec.blocks) {
    const at = parseAddress(block.at);
    const cell = block.rows[row - at.row]?.[col - at.col];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** What a fresh plan's progress row must show: its prefilled tasks, none done or overdue, the first due day. */
export function freshPlanFigures(plan: SheetSpec) {
  const table = parseRange((plan.tables ?? [])[0].ref);
  const due = TASK_COLUMNS.indexOf("due");
  const days: number[] = [];
  for (let r = table.start.row + 1; r <= table.end.row; r++) {
    const cell = cellAt(plan, r, due);
    if (typeof cell === "number") days.push(cell);
  }
  return {
    tasks: table.end.row - table.start.row,
    done: 0,
    progress: 0,
    overdue: 0,
    nextDue: Math.min(...days),
  };
}

/** The overview's rows as LibreOffice computed them: account → its figures. */
export function overviewRows(csv: string[][]) {
  const rows = new Map<
    string,
    {
      stars?: number;
      manager: string;
      tasks?: number;
      done?: number;
      progress?: number;
      overdue?: number;
      nextDue?: number;
      stage: string;
      attainment?: number;
      nextReview?: number;
      health?: number;
      before?: number;
      trend?: number;
    }
  >();
  for (const row of csv.slice(OVERVIEW_HEADER_ROW + 1)) {
    if (!row[0]) continue;
    rows.set(row[0], {
      stars: csvNumber(row[1]),
      manager: row[2],
      tasks: csvNumber(row[3]),
      done: csvNumber(row[4]),
      progress: csvNumber(row[5]),
      overdue: csvNumber(row[6]),
      nextDue: csvNumber(row[7]),
      stage: row[9],
      attainment: csvNumber(row[10]),
      nextReview: csvNumber(row[11]),
      health: csvNumber(row[healthColumn("health")]),
      before: csvNumber(row[healthColumn("previousHealth")]),
      trend: csvNumber(row[healthColumn("healthTrend")]),
    });
  }
  return rows;
}
