import { DoubleError, ExcelHost, type Scalar, type SheetModel } from "../excel-double";
import { type FormulaEngine, formulaEngine } from "../formulas/formula-engine";

/** A request Excel refused: what the add-in did that would fail in Excel too. */
export interface Refusal {
  code: string;
  message: string;
}

type Listener = () => void;

/**
 * The double's ExcelHost as the workbench needs it: formulas computed by the engine, and listeners
 * told after every sync (the grid re-renders, so sheets appear as the pane writes them) and after
 * every refused request (the workbench shows it, so a mistake is seen here before it is in Excel).
 */
export class WorkbenchHost extends ExcelHost {
  /** Bumped on every change; what the grid renders for. */
  version = 0;
  readonly refusals: Refusal[] = [];
  /** The file the workbook was opened from: the download starts from it, as the command line does. */
  fileBytes = new Uint8Array();
  private readonly engine: FormulaEngine = formulaEngine(this.model);
  private readonly listeners = new Set<Listener>();

  constructor() {
    super();
    this.model.evaluate = this.engine.evaluate;
    this.model.spilled = this.engine.spilled;
    this.watchSyncs((_, error) => (error === undefined ? this.changed() : this.refuse(error)));
  }

  /** Computes a formula that is in no cell, e.g. a conditional format's rule for one of its cells. */
  computeFormula(formula: string, sheet: SheetModel, row: number, column: number): Scalar {
    return this.engine.compute(formula, sheet, row, column);
  }

  /** Why a cell shows an error: the message Excel puts in the error's tooltip. */
  errorMessage(sheet: SheetModel, row: number, column: number): string | undefined {
    return this.engine.errorMessage(sheet, row, column);
  }

  /** The cell whose formula spilled over an empty cell, whose formula the formula bar shows greyed. */
  spillOrigin(sheet: SheetModel, row: number, column: number) {
    return this.engine.spillOrigin(sheet, row, column);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The workbook changed (a sync, a typed cell, a file opened): recompute and tell the listeners. */
  changed(): void {
    this.engine.recalculate();
    this.moved();
  }

  /**
   * Forgets computed values without redrawing: Office's display language changed, and the functions
   * that write text (KAM.TIERS, KAM.CREDITWHY) must write it in the new one.
   */
  recalculate(): void {
    this.engine.recalculate();
  }

  /** Only the active sheet or the selection changed: nothing to recompute. */
  moved(): void {
    this.version += 1;
    this.listeners.forEach((listener) => listener());
  }

  refuse(error: unknown): void {
    const code = error instanceof DoubleError ? error.code : "GeneralException";
    // Refused because the user is typing in a cell: theirs to finish, and the pane says so itself.
    if (code === "InvalidOperationInCellEditMode") return this.changed();
    const message = error instanceof Error ? error.message : String(error);
    this.refusals.push({ code, message });
    this.changed();
  }
}
