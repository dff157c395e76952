/** The functions the test evaluator knows (IF and IFERROR are in the parser: they are lazy). */
import {
  Matrix,
  Scalar,
  Value,
  flat,
  isMatrix,
  matcher,
  toNumber,
  toScalar,
  toText,
} from "./formula-values";

const numbers = (args: Value[]) =>
  args.flatMap(flat).filter((v): v is number => typeof v === "number");

export interface FunctionContext {
  /** TODAY() as a serial date. */
  today: number;
}

export const FUNCTIONS: Record<string, (args: Value[], context: FunctionContext) => Value> = {
  SUM: (args) => numbers(args).reduce((s, v) => s + v, 0),
  MIN: (args) => (numbers(args).length === 0 ? 0 : Math.min(...numbers(args))),
  MAX: (args) => (numbers(args).length === 0 ? 0 : Math.max(...numbers(args))),
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
    const sorted = numbers([range]).sort((a, b) => b - a);
    const index = toNumber(toScalar(k));
    if (index < 1 || index > sorted.length) throw new Error("#NUM!");
    return sorted[index - 1];
  },
  INDEX: ([range, row, column]) => {
    if (!isMatrix(range)) throw new Error("#VALUE!: INDEX of a value");
    const r = toNumber(toScalar(row));
    const c = column === undefined ? 1 : toNumber(toScalar(column));
    const rows = range.rows.length === 1 && column === undefined ? [range.rows[0]] : range.rows;
    const cell =
      column === undefined && range.rows.length === 1 ? rows[0][r - 1] : rows[r - 1]?.[c - 1];
    if (cell === undefined) throw new Error("#REF!: INDEX outside its range");
    return cell;
  },
  ROW: ([range]) => {
    const m = range as Matrix;
    if (!isMatrix(m) || m.top === undefined) throw new Error("ROW needs a range");
    return { kind: "matrix", rows: m.rows.map((_, r) => [m.top! + r]) };
  },
  AND: (args) => args.flatMap(flat).every((v) => toNumber(v) !== 0),
  OR: (args) => args.flatMap(flat).some((v) => toNumber(v) !== 0),
  ISNUMBER: ([v]) =>
    isMatrix(v)
      ? { kind: "matrix", rows: v.rows.map((row) => row.map((x) => typeof x === "number")) }
      : typeof v === "number",
  T: ([v]) => {
    const x = toScalar(v);
    return typeof x === "string" ? x : "";
  },
  TEXT: ([v]) => toText(toScalar(v)),
  TODAY: (_args, context) => context.today,
};
