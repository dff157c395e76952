/**
 * A tiny spreadsheet evaluator for the tests: enough of Excel's formula language to compute the
 * generated sheets' own formulas over the spec's own cells (SUM, COUNTA, COUNTIF, COUNTIFS, SUMIF,
 * SUMPRODUCT, LARGE, IF, and the rest of formula-functions.ts; arithmetic, comparison and & over
 * numbers, text, booleans and ranges), with references to other sheets and workbook names when the
 * grid belongs to a GridBook. It is deliberately independent of the sheet code: it knows nothing but
 * cells and formulas.
 */
import { parseAddress, parseRange } from "../../../src/core/sheets/a1";
import { SheetCell, SheetSpec, isFormulaCell } from "../../../src/core/sheets/sheet-spec";
import { FUNCTIONS } from "./formula-functions";
import { BINARY, Scalar, Value, elementwise, toNumber, toScalar } from "./formula-values";

/**
 * The other sheets and the workbook names a grid's formulas may refer to ("'Plan - A'!C6",
 * KAM_Plan_1_Progress), and the day TODAY() returns; see spec-workbook.ts.
 */
export interface GridBook {
  sheet(name: string): SpecGrid | undefined;
  name(name: string): { sheet: SpecGrid; ref: string } | undefined;
  today: number;
}

export class SpecGrid {
  private readonly cells = new Map<number, SheetCell>();
  private readonly computed = new Map<number, Scalar>();

  constructor(
    spec: Pick<SheetSpec, "blocks">,
    readonly book?: GridBook
  ) {
    for (const block of spec.blocks) {
      const at = parseAddress(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => this.set(at.row + r, at.col + c, cell))
      );
    }
  }

  private static key(row: number, col: number): number {
    return row * 16384 + col;
  }

  set(row: number, col: number, cell: SheetCell): void {
    this.cells.set(SpecGrid.key(row, col), cell);
    this.computed.clear();
  }

  raw(ref: string): SheetCell {
    const { row, col } = parseAddress(ref);
    return this.cells.get(SpecGrid.key(row, col)) ?? null;
  }

  /** The values of a range as a grid (formulas computed), e.g. to hand to parseCriteria. */
  values(ref: string): Scalar[][] {
    const { start, end } = parseRange(ref);
    const rows: Scalar[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const row: Scalar[] = [];
      for (let c = start.col; c <= end.col; c++) row.push(this.valueAt(r, c));
      rows.push(row);
    }
    return rows;
  }

  valueAt(row: number, col: number): Scalar {
    const key = SpecGrid.key(row, col);
    const cell = this.cells.get(key) ?? null;
    if (!isFormulaCell(cell)) return cell;
    if (this.computed.has(key)) return this.computed.get(key) as Scalar;
    const value = this.evaluate(cell.formula);
    this.computed.set(key, value);
    return value;
  }

  /** Evaluates a formula ("=…") over this grid. */
  evaluate(formula: string): Scalar {
    if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
    const parser = new Parser(tokenize(formula.slice(1)), this);
    const value = parser.parseAll();
    return toScalar(value);
  }
}

// ---- tokens ----

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: string; sheet?: string }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const patterns: [RegExp, (m: string) => Token | null][] = [
    [/^\s+/, () => null],
    [
      /^(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/,
      (m) => {
        const bang = m.lastIndexOf("!");
        const sheet = m
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
        return { t: "ref", v: m.slice(bang + 1), sheet };
      },
    ],
    [/^"(?:[^"]|"")*"/, (m) => ({ t: "str", v: m.slice(1, -1).replace(/""/g, '"') })],
    [/^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])/, (m) => ({ t: "ref", v: m })],
    [/^(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/i, (m) => ({ t: "num", v: Number(m) })],
    [/^[A-Za-z_][A-Za-z0-9_.]*/, (m) => ({ t: "name", v: m.toUpperCase() })],
    [/^(?:<=|>=|<>|[-+*/^&=<>(),])/, (m) => ({ t: "op", v: m })],
  ];
  let rest = text;
  while (rest.length > 0) {
    const found = patterns.find(([re]) => re.test(rest));
    if (!found) throw new Error(`cannot read formula at "${rest}"`);
    const match = (found[0].exec(rest) as RegExpExecArray)[0];
    const token = found[1](match);
    if (token) tokens.push(token);
    rest = rest.slice(match.length);
  }
  return tokens;
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly grid: SpecGrid
  ) {}

  parseAll(): Value {
    const value = this.comparison();
    if (this.at < this.tokens.length)
      throw new Error(`unexpected ${JSON.stringify(this.tokens[this.at])}`);
    return value;
  }

  private peekOp(...ops: string[]): string | undefined {
    const token = this.tokens[this.at];
    return token && token.t === "op" && ops.includes(token.v) ? token.v : undefined;
  }

  private binary(next: () => Value, ops: string[]): Value {
    let left = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.at++;
      left = elementwise(left, next(), BINARY[op]);
    }
    return left;
  }

  private comparison = (): Value => this.binary(this.concat, ["=", "<>", "<=", ">=", "<", ">"]);
  private concat = (): Value => this.binary(this.additive, ["&"]);
  private additive = (): Value => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Value => this.binary(this.power, ["*", "/"]);
  private power = (): Value => this.binary(this.unary, ["^"]);

  private unary = (): Value => {
    if (this.peekOp("-")) {
      this.at++;
      return elementwise(0, this.unary(), BINARY["-"]);
    }
    return this.primary();
  };

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new Error(`expected "${op}"`);
    this.at++;
  }

  private primary(): Value {
    const token = this.tokens[this.at++];
    if (!token) throw new Error("formula ends too soon");
    switch (token.t) {
      case "num":
      case "str":
        return token.v;
      case "ref":
        return this.range(token.v, token.sheet);
      case "name":
        return this.call(token.v);
      case "op":
        if (token.v !== "(") throw new Error(`unexpected "${token.v}"`);
        {
          const inner = this.comparison();
          this.expectOp(")");
          return inner;
        }
    }
  }

  private range(ref: string, sheet?: string, on: SpecGrid = this.grid): Value {
    const grid = sheet === undefined ? on : this.grid.book?.sheet(sheet);
    if (!grid) throw new Error(`#REF!: no sheet "${sheet}"`);
    const { start, end } = parseRange(ref);
    const rows: Scalar[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const row: Scalar[] = [];
      for (let c = start.col; c <= end.col; c++) row.push(grid.valueAt(r, c));
      rows.push(row);
    }
    return { kind: "matrix", rows, top: start.row + 1 };
  }

  /** Parses one argument; when it fails, skips to the end of it and gives the error back. */
  private argument(): { value: Value } | { error: Error } {
    const from = this.at;
    try {
      return { value: this.comparison() };
    } catch (error) {
      let depth = 0;
      for (this.at = from; this.at < this.tokens.length; this.at++) {
        const token = this.tokens[this.at];
        if (token.t !== "op") continue;
        if (token.v === "(") depth++;
        else if (token.v === ")" && depth-- === 0) break;
        else if (token.v === "," && depth === 0) break;
      }
      return { error: error as Error };
    }
  }

  /** IF and IFERROR evaluate only the branch they take, as Excel does. */
  private lazy(name: "IF" | "IFERROR"): Value {
    const first = this.argument();
    const rest: ({ value: Value } | { error: Error })[] = [];
    while (this.peekOp(",")) {
      this.at++;
      rest.push(this.argument());
    }
    this.expectOp(")");
    const pick = (arg: { value: Value } | { error: Error } | undefined, fallback: Value): Value => {
      if (!arg) return fallback;
      if ("error" in arg) throw arg.error;
      return arg.value;
    };
    if (name === "IFERROR") return "error" in first ? pick(rest[0], 0) : first.value;
    const test = toNumber(toScalar(pick(first, false)));
    return test !== 0 ? pick(rest[0], true) : pick(rest[1], false);
  }

  private call(name: string): Value {
    if (!this.peekOp("(")) {
      if (name === "TRUE" || name === "FALSE") return name === "TRUE";
      const named = this.grid.book?.name(name);
      if (!named) throw new Error(`#NAME?: unknown name ${name}`);
      return this.range(named.ref, undefined, named.sheet);
    }
    this.at++;
    if (name === "IF" || name === "IFERROR") return this.lazy(name);
    const args: Value[] = [];
    if (!this.peekOp(")")) {
      args.push(this.comparison());
      while (this.peekOp(",")) {
        this.at++;
        args.push(this.comparison());
      }
    }
    this.expectOp(")");
    const fn = FUNCTIONS[name];
    if (!fn) throw new Error(`function ${name} is not known to the test evaluator`);
    return fn(args, { today: this.grid.book?.today ?? 0 });
  }
}

/** The function names a formula calls, to check that generated sheets use only classic ones. */
export function functionsIn(formula: string): string[] {
  return tokenize(formula.replace(/^=/, ""))
    .map((token, i, all) =>
      token.t === "name" && all[i + 1]?.t === "op" && all[i + 1].v === "(" ? token.v : undefined
    )
    .filter((name): name is string => name !== undefined);
}
