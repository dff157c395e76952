import { accountKey } from "../tiers";
import { CellValue } from "../sheets/sheet-spec";
import type { FilledBlock, FilledReading } from "./plan-fills";
import { PROGRESS_FIGURES } from "./plan-layout";
import { planNumber } from "./plan-names";
import { readProfile } from "./plan-profile";

/** What the workbook says about one plan marker (KamWorkbook.listPlans), as plain data. */
export interface PlanSheetInfo {
  /** "KAM_Plan_3". */
  marker: string;
  /** The sheet the marker points at; undefined when the user deleted the sheet. */
  sheetName?: string;
  /** The profile figures row as it is now, when the plan's profile name still points at it. */
  profile?: CellValue[];
  /** The blocks a generation fills, with the add-in's copy of them, when their names are there. */
  filled?: Partial<Record<FilledBlock, FilledReading>>;
  /** The health the last generation kept on the plan (one cell), when the plan has that name. */
  health?: CellValue[];
  /** The progress row as it is now (its overdue count feeds the health). */
  progress?: CellValue[];
  /** The current and the target stage as they are now. */
  stages?: CellValue[];
  /** The cooperation model's heading as it is now: the cell above the model's values. */
  modelHeading?: CellValue;
}

/** A plan sheet that is in the workbook. */
export interface ExistingPlan {
  number: number;
  marker: string;
  sheetName: string;
  /** The account named in its profile row; undefined when that row cannot be found or is blank. */
  account?: string;
  /** Whether the profile row said "key account" when it was last written. */
  wasKey: boolean;
  filled?: Partial<Record<FilledBlock, FilledReading>>;
  /** The cooperation model's heading as it is now (undefined when its name is gone). */
  modelHeading?: CellValue;
  /** Present when the plan keeps its health (plans made before the health score do not). */
  health?: { previous: CellValue; overdue: CellValue; stage: CellValue; targetStage: CellValue };
}

export interface PlanRegistry {
  plans: ExistingPlan[];
  /** The number the next new plan gets: above every number ever used, even by a deleted sheet. */
  nextNumber: number;
}

/**
 * The plans in the workbook, from their markers. A plan belongs to the account its profile row names
 * (so it needs no store of its own that could drift from the sheet); numbers are never reused, so the
 * hidden names of a deleted plan can never be taken for a new account's.
 */
export function planRegistry(infos: readonly PlanSheetInfo[]): PlanRegistry {
  const plans: ExistingPlan[] = [];
  let highest = 0;
  for (const info of infos) {
    const number = planNumber(info.marker);
    if (number === undefined) continue;
    highest = Math.max(highest, number);
    if (info.sheetName === undefined) continue;
    const profile = readProfile(info.profile);
    plans.push({
      number,
      marker: info.marker,
      sheetName: info.sheetName,
      account: profile?.account,
      wasKey: profile?.keyAccount ?? false,
      ...(info.filled ? { filled: info.filled } : {}),
      ...(info.modelHeading !== undefined ? { modelHeading: info.modelHeading } : {}),
      ...(info.health
        ? {
            health: {
              previous: info.health[0] ?? null,
              overdue: info.progress?.[PROGRESS_FIGURES.indexOf("overdue")] ?? null,
              stage: info.stages?.[0] ?? null,
              targetStage: info.stages?.[1] ?? null,
            },
          }
        : {}),
    });
  }
  plans.sort((a, b) => a.number - b.number);
  return { plans, nextNumber: highest + 1 };
}

/** Those of `accounts` (as the analysis names them) that have a plan in the workbook. */
export function plannedAccounts(
  infos: readonly PlanSheetInfo[],
  accounts: readonly string[]
): string[] {
  const planned = new Set(
    planRegistry(infos).plans.flatMap((p) =>
      p.account === undefined ? [] : [accountKey(p.account)]
    )
  );
  return accounts.filter((a) => planned.has(accountKey(a)));
}
