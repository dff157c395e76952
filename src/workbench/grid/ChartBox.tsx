import { makeStyles } from "@fluentui/react-components";
import { a1, type RangeRef, type WorkbookModel } from "../excel-double";
import type { SheetModel } from "../excel-double";
import { type SheetGeometry, rowSpan } from "./grid-geometry";

const useStyles = makeStyles({
  box: {
    position: "absolute",
    zIndex: 2,
    backgroundColor: "#fff",
    border: "1px solid #bfbfbf",
    boxSizing: "border-box",
  },
});

const COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];
/** Aging segments from fresh to old, as the package writer colours them. */
const STACK_COLORS = ["#70AD47", "#FFC000", "#ED7D31", "#C00000", "#7B0000", "#A5A5A5", "#7F7F7F"];
const MARGIN = { left: 56, right: 44, top: 30, bottom: 28 };

type Chart = SheetModel["charts"][number];

function numbers(book: WorkbookModel, ref: RangeRef | undefined): number[] {
  if (!ref) return [];
  const out: number[] = [];
  for (let r = 0; r < ref.rect.rows; r++)
    for (let c = 0; c < ref.rect.columns; c++) {
      const value = book.valueAt(ref.sheet, ref.rect.row + r, ref.rect.column + c);
      out.push(typeof value === "number" ? value : 0);
    }
  return out;
}

function texts(book: WorkbookModel, ref: RangeRef | undefined): string[] {
  if (!ref) return [];
  const out: string[] = [];
  for (let r = 0; r < ref.rect.rows; r++)
    for (let c = 0; c < ref.rect.columns; c++) {
      const value = book.valueAt(ref.sheet, ref.rect.row + r, ref.rect.column + c);
      out.push(value === null || value === undefined ? "" : String(value));
    }
  return out;
}

/** A data label's text: the value of the one cell its formula points at. */
function labelText(book: WorkbookModel, chart: Chart, formula: string | undefined): string {
  const ref = formula ? a1.parseRef(formula.replace(/^=/, "")) : undefined;
  if (!ref) return "";
  const sheet =
    ref.sheet === undefined ? chart.sheet : book.sheets.find((s) => s.name === ref.sheet);
  if (!sheet) return "";
  const value = book.valueAt(sheet, ref.rect.row, ref.rect.column);
  return value === null || value === undefined ? "" : String(value);
}

function place(chart: Chart, geometry: SheetGeometry) {
  const start = a1.parseRef(chart.position?.start ?? "A1")?.rect ?? {
    row: 0,
    column: 0,
    rows: 1,
    columns: 1,
  };
  const end = a1.parseRef(chart.position?.end ?? "")?.rect ?? {
    ...start,
    row: start.row + 15,
    column: start.column + 7,
  };
  const right = Math.min(end.column + 1, geometry.columns);
  return {
    left: geometry.columnLeft[start.column],
    top: rowSpan(geometry, start.row).top,
    width: geometry.columnLeft[right] - geometry.columnLeft[start.column],
    height:
      rowSpan(geometry, end.row).top +
      rowSpan(geometry, end.row).height -
      rowSpan(geometry, start.row).top,
  };
}

/** The title at the top, and a legend entry per series at the bottom. */
function Frame({
  chart,
  box,
  legend,
  children,
}: {
  chart: Chart;
  box: { width: number; height: number };
  legend: { name: string; color: string }[];
  children: React.ReactNode;
}) {
  return (
    <svg width={box.width - 2} height={box.height - 2}>
      <text
        x={box.width / 2}
        y={18}
        textAnchor="middle"
        fontSize={13}
        fontFamily="Calibri, sans-serif"
      >
        {chart.title}
      </text>
      {children}
      {legend.map((s, i) => (
        <text
          key={i}
          x={MARGIN.left + i * (legend.length > 3 ? 80 : 140)}
          y={box.height - 10}
          fontSize={11}
          fill={s.color}
          fontFamily="Calibri, sans-serif"
        >
          ■ {s.name}
        </text>
      ))}
    </svg>
  );
}

type Plot = { width: number; height: number };

/** Columns on the primary axis, lines (on their own scale when on the secondary axis). */
function ComboPlot({ book, chart, plot }: { book: WorkbookModel; chart: Chart; plot: Plot }) {
  const series = chart.series.map((s, i) => ({
    ...s,
    values: numbers(book, s.values),
    color: COLORS[i % COLORS.length],
  }));
  const scale = (group: string) =>
    Math.max(1e-9, ...series.filter((s) => s.axisGroup === group).flatMap((s) => s.values));
  const count = Math.max(1, ...series.map((s) => s.values.length));
  const step = plot.width / count;
  const columns = series.filter((s) => !/line/i.test(s.chartType));
  const lines = series.filter((s) => /line/i.test(s.chartType));
  const y = (value: number, group: string) => MARGIN.top + plot.height * (1 - value / scale(group));
  return (
    <>
      <line
        x1={MARGIN.left}
        x2={MARGIN.left + plot.width}
        y1={MARGIN.top + plot.height}
        y2={MARGIN.top + plot.height}
        stroke="#bfbfbf"
      />
      {columns.map((s, k) =>
        s.values.map((v, i) => (
          <rect
            key={`${k}-${i}`}
            x={MARGIN.left + i * step + step * 0.15 + (k * step * 0.7) / columns.length}
            width={(step * 0.7) / columns.length}
            y={y(v, s.axisGroup)}
            height={MARGIN.top + plot.height - y(v, s.axisGroup)}
            fill={s.color}
          />
        ))
      )}
      {lines.map((s, k) => (
        <polyline
          key={k}
          fill="none"
          stroke={s.color}
          strokeWidth={2}
          points={s.values
            .map((v, i) => `${MARGIN.left + (i + 0.5) * step},${y(v, s.axisGroup)}`)
            .join(" ")}
        />
      ))}
    </>
  );
}

/** A horizontal bar per category (top to bottom), the series' segments laid end to end. */
function StackedBarPlot({ book, chart, plot }: { book: WorkbookModel; chart: Chart; plot: Plot }) {
  const series = chart.series.map((s, i) => ({
    values: numbers(book, s.values).map((v) => Math.max(0, v)),
    color: STACK_COLORS[i % STACK_COLORS.length],
  }));
  const labels = texts(book, chart.series[0]?.xValues);
  const count = Math.max(1, labels.length, ...series.map((s) => s.values.length));
  const totals = Array.from({ length: count }, (_, i) =>
    series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
  );
  const scale = Math.max(1e-9, ...totals);
  const step = plot.height / count;
  return (
    <>
      {Array.from({ length: count }, (_, i) => {
        let x = MARGIN.left;
        return (
          <g key={i}>
            <text
              x={MARGIN.left - 4}
              y={MARGIN.top + (i + 0.5) * step + 4}
              textAnchor="end"
              fontSize={11}
              fontFamily="Calibri, sans-serif"
            >
              {labels[i] ?? ""}
            </text>
            {series.map((s, k) => {
              const width = (plot.width * (s.values[i] ?? 0)) / scale;
              const rect = (
                <rect
                  key={k}
                  x={x}
                  width={width}
                  y={MARGIN.top + i * step + step * 0.2}
                  height={step * 0.6}
                  fill={s.color}
                />
              );
              x += width;
              return rect;
            })}
          </g>
        );
      })}
    </>
  );
}

/** Bubbles at (x, y), their areas by size, each with its label's text. */
function BubblePlot({ book, chart, plot }: { book: WorkbookModel; chart: Chart; plot: Plot }) {
  const series = chart.series.map((s, i) => ({
    x: numbers(book, s.xValues),
    y: numbers(book, s.values),
    size: numbers(book, s.bubbleSizes),
    labels: [...(s.pointLabels ?? new Map<number, { formula?: string }>())].map(
      ([index, label]) => [index, labelText(book, chart, label.formula)] as const
    ),
    color: COLORS[i % COLORS.length],
  }));
  const all = (pick: (s: (typeof series)[number]) => number[]) => series.flatMap(pick);
  const span = (values: number[]) => {
    const lo = Math.min(0, ...values);
    const hi = Math.max(lo + 1e-9, ...values);
    return { lo, hi };
  };
  const [sx, sy] = [span(all((s) => s.x)), span(all((s) => s.y))];
  const biggest = Math.max(1e-9, ...all((s) => s.size));
  const radius = (size: number) =>
    Math.sqrt(Math.max(0, size) / biggest) * Math.min(plot.height, plot.width) * 0.12;
  const px = (v: number) => MARGIN.left + (plot.width * (v - sx.lo)) / (sx.hi - sx.lo);
  const py = (v: number) => MARGIN.top + plot.height * (1 - (v - sy.lo) / (sy.hi - sy.lo));
  return (
    <>
      <rect
        x={MARGIN.left}
        y={MARGIN.top}
        width={plot.width}
        height={plot.height}
        fill="none"
        stroke="#bfbfbf"
      />
      {series.map((s, k) => (
        <g key={k}>
          {s.y.map((y, i) => (
            <circle
              key={i}
              cx={px(s.x[i] ?? 0)}
              cy={py(y)}
              r={radius(s.size[i] ?? 0)}
              fill={s.color}
              fillOpacity={0.7}
            />
          ))}
          {s.labels.map(([i, text]) => (
            <text
              key={`l${i}`}
              x={px(s.x[i] ?? 0)}
              y={py(s.y[i] ?? 0) + 4}
              textAnchor="middle"
              fontSize={10}
              fontFamily="Calibri, sans-serif"
            >
              {text}
            </text>
          ))}
        </g>
      ))}
    </>
  );
}

/**
 * A chart drawn from its series as they are now, by its type: combo (columns and lines: the Pareto
 * chart), stacked bars (aging by credit status) or bubbles. Enough to see what the pane adds; Excel
 * draws more.
 */
export function ChartBox({
  book,
  chart,
  geometry,
}: {
  book: WorkbookModel;
  chart: Chart;
  geometry: SheetGeometry;
}) {
  const styles = useStyles();
  const box = place(chart, geometry);
  const plot = {
    width: box.width - MARGIN.left - MARGIN.right,
    height: box.height - MARGIN.top - MARGIN.bottom,
  };
  const stacked = /^barstacked$/i.test(chart.chartType);
  const bubble = /^bubble/i.test(chart.chartType);
  const palette = stacked ? STACK_COLORS : COLORS;
  const legend = chart.series.map((s, i) => ({ name: s.name, color: palette[i % palette.length] }));
  return (
    <div className={styles.box} style={box} role="img" aria-label={chart.title || chart.name}>
      <Frame chart={chart} box={box} legend={legend}>
        {stacked ? (
          <StackedBarPlot book={book} chart={chart} plot={plot} />
        ) : bubble ? (
          <BubblePlot book={book} chart={chart} plot={plot} />
        ) : (
          <ComboPlot book={book} chart={chart} plot={plot} />
        )}
      </Frame>
    </div>
  );
}
