import { ledgerSource } from "../core/sheets/ledger-source";
import type { Analysis } from "../core/analysis-types";
import type { Criteria } from "../core/criteria";
import type { Lang } from "../core/language";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import type { DetectedTable } from "../core/table/customer-types";
import type { KamWorkbook, SourceData, WriteProgress, WrittenSheet } from "../excel/kam-workbook";
import { detectTable, readData, sameHeader } from "./customer-data";
import type { PaneFlow } from "./flow";
import type { RunStep } from "./i18n";
import { hasBlockingProblem } from "./problem-text";

export interface RunInput {
  source: SourceData;
  detected: DetectedTable;
  criteria: Criteria;
}

export type RunOutcome =
  | { kind: "done"; analysis: Analysis; tierSheetName: string; written: WrittenSheet[] }
  /** The source's header changed since the user mapped it: they have to look again. */
  | { kind: "changed"; fresh: SourceData };

export interface RunCallbacks {
  onStep(step: RunStep, fraction: number): void;
  /** The rows were read again; the data step shows what is analysed. */
  onSource(fresh: SourceData): void;
}

// How much of the bar each phase takes: reading and grading are quick next to writing to Excel.
const READ_END = 0.1;
const ANALYSE_END = 0.2;

/** Reads the source again (it may have changed since the preview), grades the accounts and writes the sheets. */
export async function runAnalysis(
  workbook: KamWorkbook,
  flow: PaneFlow,
  lang: Lang,
  input: RunInput,
  callbacks: RunCallbacks
): Promise<RunOutcome> {
  callbacks.onStep("reading", 0);
  const fresh = await workbook.readSource(input.source.id);
  const detected = detectTable(flow, fresh.values);
  if (!detected || !sameHeader(detected, input.detected)) return { kind: "changed", fresh };
  callbacks.onSource(fresh);
  const table = readData(flow, fresh, input.detected, lang);
  if (hasBlockingProblem(table.problems)) return { kind: "changed", fresh };

  callbacks.onStep("analysing", READ_END);
  await nextFrame();
  const analysis = flow.analyse(table.rows, input.criteria, lang);
  const ledger = ledgerSource(
    fresh.sheetName,
    input.detected,
    fresh.values,
    fresh.firstRow,
    fresh.firstColumn
  );
  const specs = flow.sheets(analysis, lang, ledger);
  const step = writeStep(specs);
  const written = await workbook.writeSheets(specs, (p) =>
    callbacks.onStep(step(p), ANALYSE_END + (1 - ANALYSE_END) * p.fraction)
  );
  // The writer may have given the sheet another name, when a user's sheet already had the one wanted.
  const tierSheetName =
    written.find((w) => w.kind === "tiers")?.name ??
    specs.find((s) => s.kind === "tiers")?.name ??
    "";
  return { kind: "done", analysis, tierSheetName, written };
}

/**
 * The step the pane names while the sheets are written: the writer says which kind of sheet it is on;
 * a workbook that does not say is taken to write the sheets in turn, each an equal part of the fraction.
 */
function writeStep(specs: SheetSpec[]): (p: WriteProgress) => RunStep {
  return (p) => {
    if (p.step === "chart") return "chart";
    const index = Math.min(specs.length - 1, Math.max(0, Math.floor(p.fraction * specs.length)));
    const kind = p.kind ?? specs[index]?.kind;
    return kind === "criteria" ? "writingCriteria" : "writingTiers";
  };
}

/** Lets the browser paint the progress before a long synchronous computation. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
