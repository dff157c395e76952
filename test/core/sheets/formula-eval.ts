/**
 * A tiny spreadsheet evaluator for the tests: enough of Excel's formula language to compute the
 * generated sheets' own formulas over the spec's own cells (SUM, COUNTA, COUNTIF, COUNTIFS, SUMIF,
 * SUMPRODUCT, LARGE, IF; arithmetic, comparison and & over numbers, text, booleans and ranges).
 * It is deliberately independent of the sheet code: it knows nothing but cells and formulas.
 */
import { parseAddress, parseRange } from "../../../src/core/sheets/a1";
import {
  CellValue,
  SheetCell,
  SheetSpec,
  isFormulaCell,
} from "../../../src/core/sheets/sheet-spec";

type Scalar = CellValue;
interface Matrix {
  kind: "matrix";
  rows: Scalar[][];
}
type Value = Scalar | Matrix;

const isMatrix = (v: Value): v is Matrix =>
  typeof v === "object" && v !== null && (v as Matrix).kind === "matrix";

export class SpecGrid {
  private readonly cells = new Map<number, SheetCell>();
  private readonly computed = new Map<number, Scalar>();

  constructor(spec: Pick<SheetSpec, "blocks">) {
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
  | { t: "ref"; v: string }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const patterns: [RegExp, (m: string) => Token | null][] = [
    [/^\s+/, () => null],
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

// ---- values ----

function toScalar(v: Value): Scalar {
  if (!isMatrix(v)) return v;
  if (v.rows.length === 1 && v.rows[0].length === 1) return v.rows[0][0];
  throw new Error("a range where one value was expected");
}

function toNumber(v: Scalar): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === "") return 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error(`#VALUE!: "${v}" is not a number`);
  return n;
}

function toText(v: Scalar): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null) return "";
  return String(v);
}

function flat(v: Value): Scalar[] {
  return isMatrix(v) ? v.rows.flat() : [v];
}

/** Applies an operator element by element when either side is a range, as SUMPRODUCT needs. */
function elementwise(left: Value, right: Value, op: (x: Scalar, y: Scalar) => Scalar): Value {
  // A single cell is a scalar, as Excel broadcasts it over the other side.
  const single = (v: Value): Value =>
    isMatrix(v) && v.rows.length === 1 && v.rows[0].length === 1 ? v.rows[0][0] : v;
  const a = single(left);
  const b = single(right);
  if (!isMatrix(a) && !isMatrix(b)) return op(a, b);
  const shape = (isMatrix(a) ? a : (b as Matrix)).rows;
  return {
    kind: "matrix",
    rows: shape.map((row, r) =>
      row.map((_, c) => op(isMatrix(a) ? a.rows[r][c] : a, isMatrix(b) ? b.rows[r][c] : b))
    ),
  };
}

function compare(x: Scalar, y: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "boolean" ? 2 : typeof v === "string" ? 1 : 0);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") return x.toLowerCase().localeCompare(String(y).toLowerCase());
  return toNumber(x) - toNumber(y);
}

const BINARY: Record<string, (x: Scalar, y: Scalar) => Scalar> = {
  "+": (x, y) => toNumber(x) + toNumber(y),
  "-": (x, y) => toNumber(x) - toNumber(y),
  "*": (x, y) => toNumber(x) * toNumber(y),
  "/": (x, y) => {
    if (toNumber(y) === 0) throw new Error("#DIV/0!");
    return toNumber(x) / toNumber(y);
  },
  "^": (x, y) => toNumber(x) ** toNumber(y),
  "&": (x, y) => toText(x) + toText(y),
  "=": (x, y) => compare(x, y) === 0,
  "<>": (x, y) => compare(x, y) !== 0,
  "<": (x, y) => compare(x, y) < 0,
  ">": (x, y) => compare(x, y) > 0,
  "<=": (x, y) => compare(x, y) <= 0,
  ">=": (x, y) => compare(x, y) >= 0,
};

/** COUNTIF-style criteria: a number or boolean matches equal cells; "<0.7", ">0", "text" as Excel reads them. */
function matcher(criterion: Scalar): (cell: Scalar) => boolean {
  if (typeof criterion === "number")
    return (cell) => typeof cell === "number" && cell === criterion;
  if (typeof criterion === "boolean") return (cell) => cell === criterion;
  const text = toText(criterion);
  const match = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text) as RegExpExecArray;
  const op = match[1] ?? "=";
  const operand = match[2];
  const numeric = operand.trim() !== "" && !Number.isNaN(Number(operand));
  return (cell) => {
    if (numeric) {
      if (typeof cell !== "number") return op === "<>";
      return BINARY[op](cell, Number(operand)) as boolean;
    }
    if (typeof cell !== "string") return op === "<>" ? true : operand === "" && cell === null;
    return BINARY[op](cell, operand) as boolean;
  };
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  SUM: (args) =>
    args.flatMap(flat).reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0),
  COUNTA: (args) => args.flatMap(flat).filter((v) => v !== null && v !== "").length,
  COUNTIF: ([range, criterion]) => flat(range).filter(matcher(toScalar(criterion))).length,
  COUNTIFS: (args) => {
    const columns: Scalar[][] = [];
    const tests: ((cell: Scalar) => boolean)[] = [];
    for (let i = 0; i < args.length; i += 2) {
      columns.push(flat(args[i]));
      tests.push(matcher(toScalar(args[i + 1])));
    }
    return columns[0].filter((_, k) => tests.every((test, j) => test(columns[j][k]))).length;
  },
  SUMIF: ([range, criterion, sumRange]) => {
    const test = matcher(toScalar(criterion));
    const sums = flat(sumRange ?? range);
    return flat(range).reduce<number>(
      (s, v, k) => s + (test(v) && typeof sums[k] === "number" ? (sums[k] as number) : 0),
      0
    );
  },
  SUMPRODUCT: (args) => {
    const lists = args.map(flat);
    return lists[0].reduce<number>(
      (s, _, k) =>
        s +
        lists.reduce((p, list) => p * (typeof list[k] === "number" ? (list[k] as number) : 0), 1),
      0
    );
  },
  LARGE: ([range, k]) => {
    const numbers = flat(range)
      .filter((v): v is number => typeof v === "number")
      .sort((a, b) => b - a);
    const index = toNumber(toScalar(k));
    if (index < 1 || index > numbers.length) throw new Error("#NUM!");
    return numbers[index - 1];
  },
  IF: ([test, yes, no]) => (toNumber(toScalar(test)) !== 0 ? yes : (no ?? false)),
};

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
        return this.range(token.v);
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

  private range(ref: string): Value {
    const { start, end } = parseRange(ref);
    const rows: Scalar[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const row: Scalar[] = [];
      for (let c = start.col; c <= end.col; c++) row.push(this.grid.valueAt(r, c));
      rows.push(row);
    }
    return { kind: "matrix", rows };
  }

  private call(name: string): Value {
    if (!this.peekOp("(")) {
      if (name === "TRUE" || name === "FALSE") return name === "TRUE";
      throw new Error(`unknown name ${name}`);
    }
    this.at++;
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
    return fn(args);
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
