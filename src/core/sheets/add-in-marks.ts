import { planText } from "../plans/plan-text";
import { PLANS_MARKER, TEAM_MARKER, TEMPLATES_MARKER, planNumber } from "../plans/plan-names";
import { teamText } from "../plans/team-text";
import { LANGS, words } from "../language";
import type { SheetKind } from "./sheet-spec";
import { creditSheetText } from "./credit-sheet-text";
import { criteriaSheetText, tierSheetText } from "./sheet-text";
import {
  CREDIT_MARKER,
  CRITERIA_MARKER,
  PORTFOLIO_MARKER,
  TIERS_MARKER,
  WHITE_SPACE_MARKER,
} from "./sheet-names";
import { whiteSpaceText } from "./white-space-text";
import { portfolioText } from "./portfolio-text";

/*
 * Which workbook names are the add-in's marker names, and the titles its sheets start with: what
 * the rule in isAddInMark (sheet-names.ts) needs to know of a name and of its sheet.
 */

const KINDS: Record<string, SheetKind> = {
  [CRITERIA_MARKER.toUpperCase()]: "criteria",
  [TIERS_MARKER.toUpperCase()]: "tiers",
  [CREDIT_MARKER.toUpperCase()]: "credit",
  [WHITE_SPACE_MARKER.toUpperCase()]: "whiteSpace",
  [PORTFOLIO_MARKER.toUpperCase()]: "portfolio",
  [PLANS_MARKER.toUpperCase()]: "plans",
  [TEMPLATES_MARKER.toUpperCase()]: "templates",
  [TEAM_MARKER.toUpperCase()]: "team",
};

/** The kind of sheet a marker name marks ("KAM_Tiers" → tiers, "KAM_Plan_3" → plan); else undefined. */
export function markerKind(name: string): SheetKind | undefined {
  return KINDS[name.toUpperCase()] ?? (planNumber(name) === undefined ? undefined : "plan");
}

export function isMarkerName(name: string): boolean {
  return markerKind(name) !== undefined;
}

/**
 * The title in A1 of each kind of sheet, in any language (a plan's names its account), or a title
 * an earlier version wrote, before a native reader's fixes (issue 14): a sheet it wrote is still
 * known by its hidden name and its title.
 */
function titled(kind: SheetKind, text: string): boolean {
  return LANGS.some((lang) => {
    if (words(lang).earlierSheetTitles[kind]?.includes(text)) return true;
    switch (kind) {
      case "criteria":
        return text === criteriaSheetText(lang).title;
      case "tiers":
        return text === tierSheetText(lang).title;
      case "plans":
        return text === planText(lang).overview.title;
      case "templates":
        return text === planText(lang).templates.title;
      case "credit":
        return text === creditSheetText(lang).title;
      case "team":
        return text === teamText(lang).title;
      case "whiteSpace":
        return text === whiteSpaceText(lang).title;
      case "portfolio":
        return text === portfolioText(lang).title;
      case "plan": {
        const [before, after] = planText(lang).title("\u0000").split("\u0000");
        return (
          text.length > before.length + after.length &&
          text.startsWith(before) &&
          text.endsWith(after)
        );
      }
      default:
        return false;
    }
  });
}

/**
 * Whether `a1` (the value of A1 of the sheet a marker name points at) is the title the add-in writes
 * on that marker's kind of sheet: how a sheet made before the add-in's document properties is told
 * from a user's (see EarlierMark).
 */
export function showsAddInTitle(marker: string, a1: unknown): boolean {
  const kind = markerKind(marker);
  return kind !== undefined && typeof a1 === "string" && titled(kind, a1);
}
