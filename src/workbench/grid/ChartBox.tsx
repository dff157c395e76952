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

/**
 * A chart drawn from its series as they are now: columns on the primary axis, lines (on their own
 * scale when on the secondary axis). Enough to see the Pareto chart the pane adds; Excel draws more.
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
    <div className={styles.box} style={box} role="img" aria-label={chart.title || chart.name}>
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
        {series.map((s, i) => (
          <text
            key={i}
            x={MARGIN.left + i * 140}
            y={box.height - 10}
            fontSize={11}
            fill={s.color}
            fontFamily="Calibri, sans-serif"
          >
            ■ {s.name}
          </text>
        ))}
      </svg>
    </div>
  );
}
