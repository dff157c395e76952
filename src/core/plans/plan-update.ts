import { AccountTier } from "../analysis-types";
import { Criteria } from "../criteria";
import { Lang } from "../language";
import { SheetCell } from "../sheets/sheet-spec";
import { planNames } from "./plan-names";
import { profileFigures } from "./plan-profile";
import { ExistingPlan } from "./plan-registry";
import { planText } from "./plan-text";
import { FILLED_BLOCKS, fillNames, filledValues, prioritiesFor, refreshBlock } from "./plan-fills";
import { planModel } from "./plan-model";
import { modelHeading } from "./plan-blocks";
import { headingIsTheAddIns } from "./plan-fills";
import type { Quadrant } from "../portfolio/quadrant";
import { PlanTemplates } from "./templates";

/** Cells written into the range a workbook name points at, from its top-left cell. */
export interface NamedWrite {
  name: string;
  rows: SheetCell[][];
  /** Rows from the name's top-left cell to the first written (-1: the row above it). */
  rowOffset?: number;
}

/**
 * What a new generation writes into an existing plan: only named cells (the profile figures and the
 * status note), so whatever the user typed anywhere else on the sheet stays as it is, and the cells
 * are found even after the user inserted rows above them.
 */
export interface PlanUpdate {
  marker: string;
  sheetName: string;
  writes: NamedWrite[];
}

/**
 * The update of one existing plan after an analysis on `today`. An account still in the analysis
 * gets its figures, and its priorities, cooperation model (its heading with the portfolio quadrant
 * too) and targets are filled again where the user has not typed over them (plan-fills.ts); the note says when a key account stopped being one (and keeps that day until it is
 * key again, when the note is cleared); an account missing from the analysis keeps its figures and
 * gets a note that says so.
 */
export function planUpdate(
  plan: ExistingPlan,
  account: AccountTier | undefined,
  lang: Lang,
  today: string,
  criteria: Criteria,
  templates?: PlanTemplates,
  quadrant?: Quadrant
): PlanUpdate {
  const names = planNames(plan.number);
  const text = planText(lang);
  const writes: NamedWrite[] = [];
  const note = (value: string) => writes.push({ name: names.note, rows: [[value]] });
  if (!account) note(text.notInAnalysis(today));
  else {
    writes.push({ name: names.profile, rows: [profileFigures(account, today, criteria)] });
    if (account.keyAccount) note("");
    else if (plan.wasKey) note(text.noLongerKey(today));
    if (templates && plan.filled) {
      const model = planModel(account, templates, criteria, lang, today, quadrant);
      const fresh = filledValues(model);
      for (const block of FILLED_BLOCKS) {
        const now = plan.filled[block];
        if (!now) continue;
        const rows = block === "priorities" ? prioritiesFor(now.cells, fresh[block]) : fresh[block];
        writes.push(...refreshBlock(fillNames(names, block), now, rows));
      }
      // The cooperation model's heading (the cell above its values) gains or follows the quadrant
      // line while it still reads as the add-in wrote it; words of the user's stay.
      if (plan.filled.model && headingIsTheAddIns(plan.modelHeading, templates))
        writes.push({
          name: names.model,
          rowOffset: -1,
          rows: [[modelHeading(model, text.model)]],
        });
    }
  }
  return { marker: plan.marker, sheetName: plan.sheetName, writes };
}
