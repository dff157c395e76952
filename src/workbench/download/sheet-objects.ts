import type {
  ChartSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  LinkSpec,
  NameSpec,
  TableSpec,
} from "../../core/sheets/sheet-spec";
import { a1, type SheetModel, type WorkbookModel } from "../excel-double";

const address = (rect: a1.Rect) => a1.rectAddress(rect);

export function sheetTables(book: WorkbookModel, sheet: SheetModel): TableSpec[] {
  return book.tables
    .filter((t) => t.sheet === sheet)
    .map((t) => ({ name: t.name, ref: address(t.rect), style: t.style }));
}

const OPERATORS: Record<string, Extract<ConditionalFormatSpec, { kind: "cellValue" }>["operator"]> =
  {
    EqualTo: "equal",
    GreaterThan: "greaterThan",
    LessThan: "lessThan",
    GreaterThanOrEqual: "greaterThanOrEqual",
    LessThanOrEqual: "lessThanOrEqual",
  };

/** Conditional formats the spec language can say (a comparison with one value, or an expression). */
export function sheetConditionalFormats(sheet: SheetModel): ConditionalFormatSpec[] {
  return sheet.conditionalFormats.flatMap((f): ConditionalFormatSpec[] => {
    const look = {
      ...(f.format.fill && { fill: f.format.fill }),
      ...(f.format.fontColor && { fontColor: f.format.fontColor }),
      ...(f.format.bold !== undefined && { bold: f.format.bold }),
    };
    const ref = address(f.rect);
    if (f.type === "Custom" && f.rule.formula)
      return [{ ref, kind: "expression", formula: f.rule.formula, ...look }];
    const operator = OPERATORS[f.rule.operator ?? ""];
    if (f.type === "CellValue" && operator && f.rule.formula1)
      return [{ ref, kind: "cellValue", operator, value: f.rule.formula1, ...look }];
    return [];
  });
}

/** Dropdown lists typed into the rule ("a,b,c") or drawn from a range ("=KAM_Team_People"). */
export function sheetValidations(sheet: SheetModel): DataValidationSpec[] {
  return sheet.validations.flatMap((v) => {
    const source = (v.rule.list as { source?: unknown } | undefined)?.source;
    if (typeof source !== "string") return [];
    if (source.startsWith("="))
      return [{ ref: address(v.rect), list: [], source: source.slice(1) }];
    return [{ ref: address(v.rect), list: source.split(",") }];
  });
}

/** The workbook names pointing into the sheet, but its marker (the writer adds that one). */
export function sheetNames(book: WorkbookModel, sheet: SheetModel, marker: string): NameSpec[] {
  return book.names
    .filter((n) => n.ref?.sheet === sheet && n.name.toUpperCase() !== marker.toUpperCase())
    .map((n) => ({
      name: n.name,
      ref: address(n.ref!.rect),
      ...(n.comment && { comment: n.comment }),
      ...(!n.visible && { hidden: true }),
    }));
}

export function sheetLinks(sheet: SheetModel): LinkSpec[] {
  return [...sheet.hyperlinks].flatMap(([key, link]) => {
    const [row, column] = key.split(",").map(Number);
    const target = link.documentReference;
    return target ? [{ at: address({ row, column, rows: 1, columns: 1 }), target }] : [];
  });
}

/** Charts whose data is on their own sheet, as the Pareto chart's is. */
export function sheetCharts(sheet: SheetModel): ChartSpec[] {
  return sheet.charts.flatMap((chart): ChartSpec[] => {
    const categories = chart.series[0]?.xValues;
    const { start, end } = chart.position ?? {};
    if (!categories || categories.sheet !== sheet || !start || !end) return [];
    const series = chart.series.flatMap((s) =>
      s.values && s.values.sheet === sheet
        ? [
            {
              name: s.name,
              values: address(s.values.rect),
              type: /line/i.test(s.chartType) ? ("line" as const) : ("column" as const),
              ...(s.axisGroup === "Secondary" && { secondaryAxis: true }),
            },
          ]
        : []
    );
    const secondary = chart.axes.get("Value:Secondary")?.numberFormat;
    return [
      {
        title: chart.title,
        categories: address(categories.rect),
        series,
        from: start,
        to: end,
        ...(secondary && { secondaryAxisFormat: secondary }),
      },
    ];
  });
}
