import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import type { RunStep } from "../../src/taskpane/i18n";
import { runAnalysis } from "../../src/taskpane/run-analysis";
import { CUSTOMERS, fakeFlow, fakeWorkbook } from "./fakes";

function spec(kind: SheetSpec["kind"], cells: number, chart = false): SheetSpec {
  return {
    kind,
    name: kind,
    marker: kind,
    blocks: [{ at: "A1", rows: Array.from({ length: cells }, () => [1]) }],
    charts: chart ? [{ kind: "combo", title: "", categories: "A1", series: [], from: "B1", to: "C2" }] : undefined,
  };
}

describe("runAnalysis", () => {
  it("reads, grades and writes, naming the sheet being written", async () => {
    const { workbook } = fakeWorkbook();
    const flow = fakeFlow();
    // As the Office.js writer reports it: each sheet is an equal part of the fraction, in order.
    flow.sheets.mockReturnValue([spec("criteria", 10), spec("tiers", 90, true)]);
    workbook.writeSheets.mockImplementation(async (specs, onProgress) => {
      for (const [step, fraction] of [
        ["clearing", 0],
        ["values", 0.3],
        ["clearing", 0.5],
        ["formats", 0.9],
        ["chart", 0.98],
      ] as const)
        onProgress?.({ step, fraction });
      return specs.map((s) => ({
        kind: s.kind,
        marker: s.marker,
        name: s.kind === "tiers" ? "KAM Tiers (2)" : s.name,
      }));
    });
    const steps: [RunStep, number][] = [];
    const onSource = jest.fn();
    const detected = flow.detectColumns(CUSTOMERS.values)!;
    const outcome = await runAnalysis(
      workbook,
      flow,
      "zh-CN",
      { source: CUSTOMERS, detected, criteria: DEFAULT_CRITERIA },
      {
        onStep: (step, fraction) => steps.push([step, fraction]),
        onSource,
      }
    );
    expect(steps.map(([step]) => step)).toEqual([
      "reading",
      "analysing",
      "writingCriteria",
      "writingCriteria",
      "writingTiers",
      "writingTiers",
      "chart",
    ]);
    expect(steps.map(([, f]) => f)).toEqual(
      [0, 0.1, 0.2, 0.44, 0.6, 0.92, 0.984].map((f) => expect.closeTo(f, 10))
    );
    expect(onSource).toHaveBeenCalledWith(CUSTOMERS);
    expect(flow.analyse).toHaveBeenCalledWith(expect.any(Array), DEFAULT_CRITERIA, "zh-CN");
    expect(outcome).toMatchObject({ kind: "done", tierSheetName: "KAM Tiers (2)" });
  });

  it("names the sheet the writer says it is on, whatever the fraction", async () => {
    const { workbook } = fakeWorkbook();
    const flow = fakeFlow();
    flow.sheets.mockReturnValue([spec("criteria", 10), spec("tiers", 90)]);
    workbook.writeSheets.mockImplementation(async (specs, onProgress) => {
      // A writer that weighs the sheets by size: the small criteria sheet ends at 0.1, not 0.5.
      onProgress?.({ step: "values", fraction: 0.05, kind: "criteria" });
      onProgress?.({ step: "values", fraction: 0.2, kind: "tiers" });
      return specs.map((s) => ({ kind: s.kind, marker: s.marker, name: s.name }));
    });
    const steps: RunStep[] = [];
    const detected = flow.detectColumns(CUSTOMERS.values)!;
    await runAnalysis(
      workbook,
      flow,
      "en",
      { source: CUSTOMERS, detected, criteria: DEFAULT_CRITERIA },
      { onStep: (step) => steps.push(step), onSource: jest.fn() }
    );
    expect(steps.slice(-2)).toEqual(["writingCriteria", "writingTiers"]);
  });

  it("stops before writing when the header is not the one the user mapped", async () => {
    const { workbook } = fakeWorkbook();
    const flow = fakeFlow();
    const detected = { ...flow.detectColumns(CUSTOMERS.values)!, headers: ["Client", "Sales"] };
    const outcome = await runAnalysis(
      workbook,
      flow,
      "en",
      { source: CUSTOMERS, detected, criteria: DEFAULT_CRITERIA },
      {
        onStep: () => undefined,
        onSource: () => undefined,
      }
    );
    expect(outcome).toEqual({ kind: "changed", fresh: CUSTOMERS });
    expect(flow.analyse).not.toHaveBeenCalled();
    expect(workbook.writeSheets).not.toHaveBeenCalled();
  });
});
