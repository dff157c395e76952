import {
  planNames,
  planNumber,
  TEAM_MARKER,
  TEAM_NAMES,
  TEMPLATES_MARKER,
} from "../core/plans/plan-names";
import { FILLED_BLOCKS, fillNames } from "../core/plans/plan-fills";
import { fileMarkers, ourMarker } from "./add-in-sheets";
import type { PlanSheetInfo } from "../core/plans/plan-registry";
import type { CellValue } from "../core/sheets/sheet-spec";
import type { LoadedWorkbook } from "./loaded-workbook";
import { namedRange, namedValues } from "./named-ranges";
import { type RosterRow, type TeamCell, rosterFrom } from "../core/plans/team-people";
import { plainValue, sheetValues } from "./sheet-values";

/**
 * The values of the KAM Templates sheet, found by its marker whatever the user renamed it to;
 * undefined when the workbook has none (the same reading as the pane's, from the file).
 */
export function templateValues(loaded: LoadedWorkbook): CellValue[][] | undefined {
  const sheet = ourMarker(loaded, TEMPLATES_MARKER)?.sheet;
  return sheet ? sheetValues(sheet, loaded.workbook) : undefined;
}

/**
 * Every plan marker (KAM_Plan_<n>) in the file, with the sheet it points at and the plan's profile
 * row. Markers of deleted sheets are listed too, so their numbers are never given to a new plan; so
 * are a user's own names of that form, whose sheets are never taken for plans.
 */
export function listPlanSheets(loaded: LoadedWorkbook): PlanSheetInfo[] {
  return fileMarkers(loaded).flatMap(({ name, sheet, ours }): PlanSheetInfo[] => {
    const number = planNumber(name.name);
    if (number === undefined) return [];
    if (!sheet || !ours) return [{ marker: name.name }];
    const names = planNames(number);
    const profile = namedValues(loaded, names.profile)?.[0];
    const filled: PlanSheetInfo["filled"] = {};
    for (const block of FILLED_BLOCKS) {
      const n = fillNames(names, block);
      const cells = namedValues(loaded, n.cells);
      const copy = namedValues(loaded, n.copy);
      if (cells && copy) filled[block] = { cells, copy };
    }
    // The health kept by the last generation, and what the next one is computed from.
    const health = namedValues(loaded, names.health)?.[0];
    const progress = namedValues(loaded, names.progress)?.[0];
    const stages = namedValues(loaded, names.stages)?.map((row) => row[0] ?? null);
    // The cooperation model's heading: the cell above its values (the model name's first cell).
    const model = namedRange(loaded, names.model);
    const modelHeading =
      model && model.range.start.row > 0
        ? plainValue(model.sheet.getCell(model.range.start.row, model.range.start.col + 1).value)
        : undefined;
    return [
      {
        marker: name.name,
        sheetName: sheet.name,
        ...(profile ? { profile } : {}),
        filled,
        ...(health ? { health } : {}),
        ...(progress ? { progress } : {}),
        ...(stages ? { stages } : {}),
        ...(modelHeading !== undefined ? { modelHeading } : {}),
      },
    ];
  });
}

/** The roster on the workbook's KAM Team sheet, through its hidden names; undefined without one. */
export function rosterValues(loaded: LoadedWorkbook): RosterRow[] | undefined {
  if (!ourMarker(loaded, TEAM_MARKER)) return undefined;
  return rosterFrom(namedValues(loaded, TEAM_NAMES.people), namedValues(loaded, TEAM_NAMES.roles));
}

/**
 * Plan n's team as the user left it (its role and person columns, through the plan's team name):
 * a person cell that holds a value instead of the add-in's formula is the person the user typed.
 * Undefined when the plan has no such name (plans made before it).
 */
export function planTeamCells(loaded: LoadedWorkbook, number: number): TeamCell[] | undefined {
  const found = namedRange(loaded, planNames(number).team);
  if (!found) return undefined;
  const { sheet, range } = found;
  const cells: TeamCell[] = [];
  for (let r = range.start.row; r <= range.end.row; r++) {
    const role = plainValue(sheet.getCell(r + 1, range.start.col + 1).value);
    const person = sheet.getCell(r + 1, range.start.col + 2).value;
    const formula =
      typeof person === "object" &&
      person !== null &&
      ("formula" in person || "sharedFormula" in person);
    cells.push(formula ? { role } : { role, typed: plainValue(person) });
  }
  return cells;
}
