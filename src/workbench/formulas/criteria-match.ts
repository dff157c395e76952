/**
 * The criteria of COUNTIFS, SUMIFS, MINIFS and MAXIFS, as Excel reads them: an optional operator
 * (=, <>, <, >, <=, >=) and a number, a TRUE/FALSE, or text compared without regard to case, where
 * `*` and `?` are wildcards for = and <> ("~" escapes them). "=" alone matches blank cells, "<>"
 * alone non-blank ones.
 */
export type Criterion = (cell: unknown) => boolean;

const OPERATOR = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const isBlank = (cell: unknown) => cell === null || cell === undefined || cell === "";

function compare(a: number | string, b: number | string, operator: string): boolean {
  switch (operator) {
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    case ">=":
      return a >= b;
    case "<>":
      return a !== b;
    default:
      return a === b;
  }
}

function wildcard(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length)
      source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

function textCriterion(operator: string, text: string): Criterion {
  if (operator === "=" || operator === "<>") {
    const pattern = wildcard(text);
    const equal = (cell: unknown) => typeof cell === "string" && pattern.test(cell);
    return operator === "=" ? equal : (cell) => !equal(cell);
  }
  const wanted = text.toLowerCase();
  return (cell) => typeof cell === "string" && compare(cell.toLowerCase(), wanted, operator);
}

function numberCriterion(operator: string, wanted: number): Criterion {
  return (cell) => {
    if (typeof cell === "number") return compare(cell, wanted, operator);
    return operator === "<>";
  };
}

function booleanCriterion(operator: string, wanted: boolean): Criterion {
  return (cell) => (typeof cell === "boolean" && cell === wanted) === (operator !== "<>");
}

export function criterion(raw: unknown): Criterion {
  if (typeof raw === "number") return numberCriterion("=", raw);
  if (typeof raw === "boolean") return booleanCriterion("=", raw);
  if (isBlank(raw)) return isBlank;
  const [, given, rest] = OPERATOR.exec(String(raw)) as RegExpExecArray;
  const operator = given ?? "=";
  if (rest === "") return operator === "<>" ? (cell) => !isBlank(cell) : isBlank;
  if (NUMBER.test(rest.trim())) return numberCriterion(operator, Number(rest));
  if (/^(true|false)$/i.test(rest))
    return booleanCriterion(operator, rest.toUpperCase() === "TRUE");
  return textCriterion(operator, rest);
}
