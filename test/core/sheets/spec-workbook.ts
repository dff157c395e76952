/**
 * Several sheet specs as one workbook for the test evaluator: formulas on one sheet can read another
 * ("'Plan - A'!C6") and the workbook names the specs define (KAM_Plan_1_Progress), and TODAY() is a
 * day the test chooses. Sheets are found by name with letter case ignored, as Excel finds them.
 */
import { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { GridBook, SpecGrid } from "./formula-eval";

export class SpecWorkbook implements GridBook {
  private readonly grids = new Map<string, SpecGrid>();
  private readonly names = new Map<string, { sheet: SpecGrid; ref: string }>();

  constructor(
    specs: readonly SheetSpec[],
    readonly today: number
  ) {
    for (const spec of specs) this.add(spec);
  }

  /** Adds (or replaces) a sheet, under `name` when the writer gave it another one. */
  add(spec: SheetSpec, name = spec.name): SpecGrid {
    const grid = new SpecGrid(spec, this);
    this.grids.set(name.toLowerCase(), grid);
    for (const item of spec.names ?? [])
      this.names.set(item.name.toUpperCase(), { sheet: grid, ref: item.ref });
    return grid;
  }

  sheet(name: string): SpecGrid | undefined {
    return this.grids.get(name.toLowerCase());
  }

  grid(name: string): SpecGrid {
    const grid = this.sheet(name);
    if (!grid) throw new Error(`no sheet "${name}" in the test workbook`);
    return grid;
  }

  name(name: string): { sheet: SpecGrid; ref: string } | undefined {
    return this.names.get(name.toUpperCase());
  }
}
