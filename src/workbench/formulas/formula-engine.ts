import FormulaParser from "fast-formula-parser";
import type { CellRef, RangeRef } from "fast-formula-parser";
import type { FormulaEvaluator, Scalar, SheetModel, WorkbookModel } from "../excel-double";
import { withExcelOperators } from "./excel-operators";
import { fromEngine, isFormulaError, toEngine } from "./engine-values";
import { EXCEL_CONTEXT_FUNCTIONS, EXCEL_FUNCTIONS } from "./excel-functions";
import { kamFunctions } from "./kam-functions";
import { type Spill, spillBlocker, spillMessage, spillOf, spills } from "./spill";

const { FormulaError, MAX_ROW, MAX_COLUMN } = FormulaParser;

/** Formulas nested deeper than this (a chain of cells each pointing at the next) show #NUM!. */
const MAX_DEPTH = 256;

export interface FormulaEngine {
  evaluate: FormulaEvaluator;
  /** A formula that is in no cell (a conditional format's rule), computed as if it were at row, column. */
  compute(formula: string, sheet: SheetModel, row: number, column: number): Scalar;
  /** Forgets every computed value: call it whenever the workbook changes. */
  recalculate(): void;
  /** What an empty cell shows of a formula that spilled over it, if one did. */
  spilled(sheet: SheetModel, row: number, column: number): Scalar | undefined;
  /** The cell whose formula spilled over this one (row, column), if one did. */
  spillOrigin(
    sheet: SheetModel,
    row: number,
    column: number
  ): { row: number; column: number } | undefined;
  /** Why a cell shows an error, as Excel's error tooltip says it (the functions' own messages). */
  errorMessage(sheet: SheetModel, row: number, column: number): string | undefined;
}

const unquote = (name: string) => name.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");

/**
 * Excel's calculation for the workbench grid, on fast-formula-parser (MIT): a formula is computed
 * when a cell is read and kept until the workbook changes. A cell that depends on itself reads as 0,
 * as Excel shows a circular reference.
 */
export function formulaEngine(book: WorkbookModel): FormulaEngine {
  let computed = new Map<SheetModel, Map<number, Scalar>>();
  let extents = new Map<SheetModel, { rows: number; columns: number }>();
  // Formulas that may spill, per sheet, top to bottom; the spills they made; and the messages of
  // error cells, all by cell key (row * 16384 + column).
  let anchors = new Map<SheetModel, { row: number; column: number; formula: string }[]>();
  let spilt = new Map<SheetModel, Map<number, Spill>>();
  let messages = new Map<SheetModel, Map<number, string>>();
  const KAM_FUNCTIONS = kamFunctions();
  // The cells being computed, innermost last, and those found to be part of a circular reference.
  const inProgress: string[] = [];
  const circular = new Set<string>();
  // The parser keeps the formula being parsed in its own state, so a formula that reads another
  // formula's cell needs a parser of its own: one per nesting depth, made when first needed.
  const parsers: FormulaParser[] = [];
  let depth = 0;

  const sheetNamed = (name: string | undefined, here: SheetModel) =>
    name === undefined ? here : book.sheet(unquote(name));

  /** Whole columns (A:A) and rows (1:1) stop at the sheet's last used cell, not at row 1,048,576. */
  const extent = (sheet: SheetModel) => {
    let known = extents.get(sheet);
    if (!known) {
      const used = sheet.cells.usedRect(false);
      known = {
        rows: used ? used.row + used.rows : 0,
        columns: used ? used.column + used.columns : 0,
      };
      extents.set(sheet, known);
    }
    return known;
  };

  function parser(here: () => SheetModel): FormulaParser {
    const created = new FormulaParser({
      functions: { ...EXCEL_FUNCTIONS, ...KAM_FUNCTIONS },
      functionsNeedContext: EXCEL_CONTEXT_FUNCTIONS as never,
      onCell: ({ sheet, row, col }: CellRef) => {
        const target = sheetNamed(sheet, here());
        return target ? toEngine(book.valueAt(target, row - 1, col - 1)) : FormulaError.REF;
      },
      onRange: ({ sheet, from, to }: RangeRef) => {
        const target = sheetNamed(sheet, here());
        if (!target) return [[FormulaError.REF]];
        const bottom = to.row >= MAX_ROW ? Math.max(from.row, extent(target).rows) : to.row;
        const right = to.col >= MAX_COLUMN ? Math.max(from.col, extent(target).columns) : to.col;
        const rows: unknown[][] = [];
        for (let r = from.row; r <= bottom; r++) {
          const line: unknown[] = [];
          for (let c = from.col; c <= right; c++)
            line.push(toEngine(book.valueAt(target, r - 1, c - 1)));
          rows.push(line);
        }
        return rows;
      },
      onVariable: (name: string) => {
        const ref = book.name(name)?.ref;
        if (!ref || ref.sheet.deleted) return null;
        const { row, column, rows, columns } = ref.rect;
        const sheet = ref.sheet.name;
        if (rows === 1 && columns === 1) return { sheet, row: row + 1, col: column + 1 };
        return {
          sheet,
          from: { row: row + 1, col: column + 1 },
          to: { row: row + rows, col: column + columns },
        };
      },
    });
    withExcelOperators(created);
    // INDEX forgets the sheet of the range it indexes (INDEX('Plan'!A1:B9,2) read the formula's own
    // sheet): give the cell it returns the sheet of its range.
    const index = created.functions.INDEX;
    created.functions.INDEX = (context, ...args) => {
      const range = args[0] as { ref?: { sheet?: string } } | undefined;
      const rest = args.slice(1);
      const result = index(context, range, ...rest) as { ref?: { sheet?: string } } | undefined;
      const sheet = range?.ref?.sheet;
      if (sheet !== undefined && result?.ref && result.ref.sheet === undefined)
        result.ref.sheet = sheet;
      return result;
    };
    return created;
  }

  const current: SheetModel[] = [];

  /** The engine's own result: a value, an error, or for a formula that may spill, an array. */
  function computeRaw(
    formula: string,
    sheet: SheetModel,
    row: number,
    column: number,
    allowArray: boolean
  ): unknown {
    if (depth >= MAX_DEPTH) return FormulaError.NUM;
    parsers[depth] ??= parser(() => current[current.length - 1]);
    const engine = parsers[depth];
    depth++;
    current.push(sheet);
    try {
      return engine.parse(
        formula.replace(/^=/, ""),
        { sheet: sheet.name, row: row + 1, col: column + 1 },
        allowArray
      );
    } catch {
      return FormulaError.NAME;
    } finally {
      current.pop();
      depth--;
    }
  }

  function compute(formula: string, sheet: SheetModel, row: number, column: number): Scalar {
    return fromEngine(computeRaw(formula, sheet, row, column, false));
  }

  const sheetMap = <T>(all: Map<SheetModel, Map<number, T>>, sheet: SheetModel) => {
    let map = all.get(sheet);
    if (!map) all.set(sheet, (map = new Map()));
    return map;
  };

  /** A cell's value from the engine's result, keeping an error's message for the grid. */
  function cellValue(result: unknown, sheet: SheetModel, key: number): Scalar {
    if (isFormulaError(result) && result.message)
      sheetMap(messages, sheet).set(key, result.message);
    return fromEngine(result);
  }

  /**
   * A formula's value in its cell. An array from a formula that may spill fills the cells below and
   * to the right, or shows #SPILL! when one of them holds something, as Excel 365 does.
   */
  function place(formula: string, sheet: SheetModel, row: number, column: number): Scalar {
    const key = row * 16384 + column;
    const result = computeRaw(formula, sheet, row, column, spills(formula));
    if (!Array.isArray(result)) return cellValue(result, sheet, key);
    const grid = result as unknown[][];
    const columns = Math.max(...grid.map((line) => line.length));
    if (grid.length === 1 && columns === 1) return cellValue(grid[0][0], sheet, key);
    const rect = { row, column, rows: grid.length, columns };
    const blocker = spillBlocker(sheet, rect);
    if (blocker) {
      sheetMap(messages, sheet).set(key, spillMessage(rect, blocker));
      return "#SPILL!";
    }
    const values = grid.map((line, r) =>
      Array.from({ length: columns }, (_, c) =>
        cellValue(line[c] ?? "", sheet, (row + r) * 16384 + column + c)
      )
    );
    sheetMap(spilt, sheet).set(key, { ...rect, values });
    return values[0][0];
  }

  /** The formulas of a sheet that may spill, found once per recalculation. */
  function anchorsOf(sheet: SheetModel) {
    let list = anchors.get(sheet);
    if (!list) {
      const found: { row: number; column: number; formula: string }[] = [];
      sheet.cells.forEachFormula((row, column, formula) => {
        if (spills(formula)) found.push({ row, column, formula });
      });
      anchors.set(sheet, (list = found));
    }
    return list;
  }

  /** The spill over an empty cell: the formulas above and to the left of it are computed first. */
  function spillOver(sheet: SheetModel, row: number, column: number): Spill | undefined {
    for (const anchor of anchorsOf(sheet)) {
      if (anchor.row > row) break;
      if (anchor.column > column || (anchor.row === row && anchor.column === column)) continue;
      const key = anchor.row * 16384 + anchor.column;
      // A formula being computed cannot spill over the cells it reads (Excel: a circular reference).
      if (inProgress.includes(`${sheet.id}:${key}`)) continue;
      engine.evaluate(anchor.formula, sheet, anchor.row, anchor.column);
      const spill = spilt.get(sheet)?.get(key);
      if (spill && spillOf(spill, row, column) !== undefined) return spill;
    }
    return undefined;
  }

  const engine: FormulaEngine = {
    evaluate(formula, sheet, row, column) {
      const key = row * 16384 + column;
      let values = computed.get(sheet);
      const known = values?.get(key);
      if (known !== undefined) return known;
      const id = `${sheet.id}:${key}`;
      const loop = inProgress.indexOf(id);
      if (loop >= 0) {
        inProgress.slice(loop).forEach((cell) => circular.add(cell));
        return 0;
      }
      inProgress.push(id);
      try {
        const result = place(formula, sheet, row, column);
        const value = circular.delete(id) ? 0 : result;
        if (!values) computed.set(sheet, (values = new Map()));
        values.set(key, value);
        return value;
      } finally {
        inProgress.pop();
      }
    },
    compute,
    recalculate() {
      computed = new Map();
      extents = new Map();
      anchors = new Map();
      spilt = new Map();
      messages = new Map();
    },
    spilled(sheet, row, column) {
      const spill = spillOver(sheet, row, column);
      return spill && spillOf(spill, row, column);
    },
    spillOrigin(sheet, row, column) {
      const spill = spillOver(sheet, row, column);
      return spill && { row: spill.row, column: spill.column };
    },
    errorMessage(sheet, row, column) {
      book.valueAt(sheet, row, column);
      return messages.get(sheet)?.get(row * 16384 + column);
    },
  };
  return engine;
}
