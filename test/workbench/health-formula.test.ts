/**
 * The workbench's formula engine computes the KAM Plans overview's health formula as the engine
 * scores the account (the grid shows what Excel and LibreOffice show).
 */
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { accountHealth, healthFormula } from "../../src/core/health";
import { ExcelHost, seedSheet } from "../../src/workbench/excel-double";
import { formulaEngine } from "../../src/workbench/formulas/formula-engine";

const STAGES = ["selling", "partnership", "embedded"];

test.each([
  // growth, credit, overdue, current stage, target stage, philosophy
  [0.05, "WATCH", 1, "selling", "partnership", 4],
  [-0.3, "FAIL", 6, "selling", "embedded", 1],
  [null, "OK", 0, "embedded", "partnership", null],
  [0.5, null, 2, "unknown", "partnership", 3],
  [null, null, null, null, null, null],
])(
  "growth %s, credit %s, %s overdue, %s → %s, philosophy %s",
  (growth, credit, overdue, stage, target, philosophy) => {
    const host = new ExcelHost();
    const sheet = seedSheet(host, "Data", "A1", [
      [growth, credit, overdue, stage, target, philosophy],
    ]);
    const engine = formulaEngine(host.model);
    host.model.evaluate = engine.evaluate;
    const formula = healthFormula(
      {
        growth: "A1",
        credit: "B1",
        overdue: "C1",
        stage: "D1",
        targetStage: "E1",
        stages: STAGES,
        philosophy: "F1",
      },
      DEFAULT_CRITERIA
    );
    engine.recalculate();
    const got = engine.evaluate(formula, sheet, 9, 9);
    const at = (word: unknown) => STAGES.indexOf(String(word));
    const gap = at(stage) < 0 || at(target) < 0 ? undefined : at(target) - at(stage);
    const want = accountHealth(
      {
        sales: growth === null ? undefined : 100 * (1 + growth),
        priorSales: growth === null ? undefined : 100,
        credit: (credit ?? undefined) as never,
        overdueTasks: overdue ?? undefined,
        stageGap: gap,
        philosophy: philosophy ?? undefined,
      },
      DEFAULT_CRITERIA
    ).score;
    if (want === undefined) expect(got).toBe("");
    else expect(got as number).toBeCloseTo(want, 9);
  }
);
