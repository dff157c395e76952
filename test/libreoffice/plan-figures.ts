import { parseAddress, parseRange } from "../../src/core/sheets/a1";
import type { SheetCell, SheetSpec } from "../../src/core/sheets/sheet-spec";
import { OVERVIEW_HEADER_ROW, healthColumn } from "../../src/core/plans/plans-overview";
import { TASK_COLUMNS } from "../../src/core/plans/plan-layout";
import { rosterPerson } from "../../src/core/plans/team-people";
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

/** A plan spec's prefilled tasks: owner role, start day and workload, as the engine wrote them. */
export function plannedTasks(plan: SheetSpec) {
  const table = parseRange((plan.tables ?? [])[0].ref);
  const at = (r: number, key: (typeof TASK_COLUMNS)[number]) =>
    cellAt(plan, r, TASK_COLUMNS.indexOf(key));
  const tasks: { ownerRole: string; start: number; workload: number }[] = [];
  for (let r = table.start.row + 1; r <= table.end.row; r++) {
    const [ownerRole, start, workload] = [at(r, "ownerRole"), at(r, "start"), at(r, "workload")];
    if (typeof ownerRole === "string" && typeof start === "number" && typeof workload === "number")
      tasks.push({ ownerRole, start, workload });
  }
  return tasks;
}

/** The first day of the month `months` after the month of `serial`, as a serial. */
export function monthStart(serial: number, months: number): number {
  const day = new Date((serial - 25569) * 86400000);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1) / 86400000 + 25569;
}

/**
 * What KAM Team must show for fresh plans: each roster person's task days by month. A task's person is
 * the roster's first person of its owner role (rosterPerson: the plan's team takes it from the
 * roster, the task from the team); months run from the earlier of the generation day and the first task start.
 */
export function expectedWorkload(team: SheetSpec, plans: readonly SheetSpec[], months: number) {
  const roster = (team.blocks.find((b) => b.at === "A6")?.rows ?? []).map((row) => ({
    person: String(row[0]),
    role: String(row[1]),
  }));
  const fromCell = team.blocks.find((b) => b.at === "O4")?.rows[0][1];
  const today = Number(/,(\d+)\)$/.exec((fromCell as { formula: string }).formula)?.[1]);
  const tasks = plans.flatMap(plannedTasks);
  const from = Math.min(today, ...tasks.map((t) => t.start));
  const starts = Array.from({ length: months + 1 }, (_, j) => monthStart(from, j));
  return {
    months: starts.slice(0, months),
    rows: roster.map(({ person }) => ({
      person,
      days: starts.slice(0, months).map((first, j) =>
        tasks
          .filter((t) => rosterPerson(roster, t.ownerRole) === person)
          .filter((t) => t.start >= first && t.start < starts[j + 1])
          .reduce((sum, t) => sum + t.workload, 0)
      ),
    })),
  };
}
