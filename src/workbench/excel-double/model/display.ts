import { Scalar } from "./cell-store";

/** A number shown with a number format, for the formats the add-in writes; others show as General. */
const FORMATS: { pattern: RegExp; show: (n: number, m: RegExpExecArray) => string }[] = [
  {
    pattern: /^0(?:\.(0+))?%$/,
    show: (n, m) => `${(n * 100).toFixed(m[1]?.length ?? 0)}%`,
  },
  {
    pattern: /^#,##0(?:\.(0+))?$/,
    show: (n, m) =>
      n.toLocaleString("en-US", {
        minimumFractionDigits: m[1]?.length ?? 0,
        maximumFractionDigits: m[1]?.length ?? 0,
      }),
  },
  { pattern: /^0(?:\.(0+))?$/, show: (n, m) => n.toFixed(m[1]?.length ?? 0) },
];

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** What the cell shows: Range.text. */
export function displayText(value: Scalar | undefined, numberFormat: string): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  for (const format of FORMATS) {
    const m = format.pattern.exec(numberFormat);
    if (m) return format.show(value, m);
  }
  return general(value);
}
