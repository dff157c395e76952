import type {
  ChartSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  LinkSpec,
  NameSpec,
  TableSpec,
} from "../../core/sheets/sheet-spec";
import { dropdownOfListRule } from "../../core/sheets/dropdown-list";
import {
  a1,
  type RangeRef,
  type SeriesModel,
  type SheetModel,
  type WorkbookModel,
} from "../excel-double";

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
    return [dropdownOfListRule(address(v.rect), source)];
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

/** Charts whose data is on their own sheet, as the add-in's are, by their kind (see ChartSpec). */
export function sheetCharts(sheet: SheetModel): ChartSpec[] {
  return sheet.charts.flatMap((chart): ChartSpec[] => {
    const { start, end } = chart.position ?? {};
    if (!start || !end) return [];
    const own = (ref: RangeRef | undefined): string | undefined =>
      ref && ref.sheet === sheet ? address(ref.rect) : undefined;
    const placement = { title: chart.title, from: start, to: end };
    if (/^bubble/i.test(chart.chartType)) {
      const series = chart.series.flatMap((s) => {
        const [x, y, size] = [own(s.xValues), own(s.values), own(s.bubbleSizes)];
        if (!x || !y || !size) return [];
        const labels = pointLabelRange(s, sheet);
        return [{ name: s.name, x, y, size, ...(labels && { labels }) }];
      });
      const axis = (key: string) => {
        const a = chart.axes.get(key);
        const title = a?.title;
        const format = a && a.numberFormat !== "General" ? a.numberFormat : undefined;
        return title || format ? { ...(title && { title }), ...(format && { format }) } : undefined;
      };
      const [xAxis, yAxis] = [axis("Category:Primary"), axis("Value:Primary")];
      return series.length === 0
        ? []
        : [
            {
              kind: "bubble",
              ...placement,
              series,
              ...(xAxis && { xAxis }),
              ...(yAxis && { yAxis }),
            },
          ];
    }
    const categories = own(chart.series[0]?.xValues);
    if (!categories) return [];
    if (/^barstacked$/i.test(chart.chartType)) {
      const series = chart.series.flatMap((s) => {
        const values = own(s.values);
        return values ? [{ name: s.name, values }] : [];
      });
      const format = chart.axes.get("Value:Primary")?.numberFormat;
      return [
        {
          kind: "stackedBar",
          ...placement,
          categories,
          series,
          ...(format && format !== "General" && { valueFormat: format }),
        },
      ];
    }
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
        kind: "combo",
        ...placement,
        categories,
        series,
        ...(secondary && { secondaryAxisFormat: secondary }),
      },
    ];
  });
}

/**
 * The label range of a bubble series whose every point is labelled by a formula pointing at one
 * cell of its sheet, the cells in one column or row in order (as the writer sets them); else none.
 */
function pointLabelRange(series: SeriesModel, sheet: SheetModel): string | undefined {
  const count = series.values ? series.values.rect.rows * series.values.rect.columns : 0;
  const cells: { row: number; column: number }[] = [];
  for (let i = 0; i < count; i++) {
    const formula = series.pointLabels?.get(i)?.formula;
    const ref = formula ? a1.parseRef(formula.replace(/^=/, "")) : undefined;
    if (!ref || (ref.sheet !== undefined && ref.sheet !== sheet.name)) return undefined;
    cells.push({ row: ref.rect.row, column: ref.rect.column });
  }
  if (cells.length === 0) return undefined;
  const [first, last] = [cells[0], cells[cells.length - 1]];
  const down = cells.every((c, i) => c.column === first.column && c.row === first.row + i);
  const across = cells.every((c, i) => c.row === first.row && c.column === first.column + i);
  if (!down && !across) return undefined;
  return address({
    row: first.row,
    column: first.column,
    rows: last.row - first.row + 1,
    columns: last.column - first.column + 1,
  });
}
