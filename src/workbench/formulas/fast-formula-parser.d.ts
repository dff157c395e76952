/** The part of fast-formula-parser (MIT) the workbench's formula engine uses; the package has no types. */
declare module "fast-formula-parser" {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** A function argument as the parser passes it, after references were read. */
  export interface Argument {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  /** An operand of an operator: a value, or a 2-D array for a range or array. */
  export interface Operand {
    val: unknown;
    isArray: boolean;
  }
  export interface ParserConfig {
    functions?: Record<string, (...args: Argument[]) => unknown>;
    functionsNeedContext?: Record<string, (context: FormulaParser, ...args: never[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
  }
  export class FormulaError extends Error {
    static DIV0: FormulaError;
    static NA: FormulaError;
    static NAME: FormulaError;
    static NULL: FormulaError;
    static NUM: FormulaError;
    static REF: FormulaError;
    static VALUE: FormulaError;
    constructor(error: string, message?: string);
    readonly error: string;
  }
  export const SSF: { format(format: string, value: unknown): string };
  export default class FormulaParser {
    static FormulaError: typeof FormulaError;
    static SSF: typeof SSF;
    static MAX_ROW: number;
    static MAX_COLUMN: number;
    constructor(config?: ParserConfig);
    position: { row: number; col: number; sheet: string };
    /** Every function by name, built in and configured; a parser's own copy. */
    functions: Record<string, (...args: unknown[]) => unknown>;
    utils: {
      _applyInfix(left: Operand, infix: string, right: Operand): unknown;
      _applyPrefix(prefixes: string[], value: unknown, isArray: boolean): unknown;
    };
    parse(
      formula: string,
      position: { row: number; col: number; sheet: string },
      allowReturnArray?: boolean
    ): unknown;
  }
}
