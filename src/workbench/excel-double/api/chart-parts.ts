import { fail } from "../errors";
import { ChartAxisModel, ChartModel, SeriesModel } from "../model/objects";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import type { RequestContext } from "./context";
import type { Range } from "./range";

export class ChartTitle extends ClientObject<ChartModel> {
  protected readonly typeName = "ChartTitle";
  protected readonly scalars = ["text", "visible"];
  get text(): string {
    return this.loaded("text");
  }
  set text(v: string) {
    this.write("text", v, (c) => ((c.title = v), (c.titleVisible = true)));
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v, (c) => (c.titleVisible = v));
  }
  protected read(c: ChartModel, p: string): unknown {
    return p === "text" ? c.title : c.titleVisible;
  }
}

export class ChartLegend extends ClientObject<ChartModel> {
  protected readonly typeName = "ChartLegend";
  protected readonly scalars = ["position"];
  get position(): string {
    return this.loaded("position");
  }
  set position(v: string) {
    this.write("position", v, (c) => (c.legendPosition = v));
  }
  protected read(c: ChartModel): unknown {
    return c.legendPosition;
  }
}

export class ChartAxis extends ClientObject<ChartAxisModel> {
  protected readonly typeName = "ChartAxis";
  protected readonly scalars = ["numberFormat", "visible"];
  get numberFormat(): string {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: string) {
    this.write("numberFormat", v, (a) => (a.numberFormat = v));
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v, (a) => (a.visible = v));
  }
  get title(): ChartAxisTitle {
    return new ChartAxisTitle(this.context, () => this.resolveOrNull());
  }
  protected read(a: ChartAxisModel, p: string): unknown {
    return p === "numberFormat" ? a.numberFormat : a.visible;
  }
}

/** ChartAxis.title: its text. */
export class ChartAxisTitle extends ClientObject<ChartAxisModel> {
  protected readonly typeName = "ChartAxisTitle";
  protected readonly scalars = ["text"];
  get text(): string {
    return this.loaded("text");
  }
  set text(v: string) {
    this.write("text", v, (a) => (a.title = v));
  }
  protected read(a: ChartAxisModel): unknown {
    return a.title ?? "";
  }
}

interface PointRef {
  series: SeriesModel;
  index: number;
}

const pointLabel = ({ series, index }: PointRef) => {
  series.pointLabels ??= new Map();
  let label = series.pointLabels.get(index);
  if (!label) series.pointLabels.set(index, (label = {}));
  return label;
};

/** ChartPoint.dataLabel: its formula (ExcelApi 1.8), the text the label shows. */
export class ChartDataLabel extends ClientObject<PointRef> {
  protected readonly typeName = "ChartDataLabel";
  protected readonly scalars = ["formula"];
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(v: string) {
    this.write("formula", v, (p) => (pointLabel(p).formula = v));
  }
  protected read(p: PointRef): unknown {
    return p.series.pointLabels?.get(p.index)?.formula ?? "";
  }
}

/** ChartSeries.points.getItemAt(i): whether it has a data label, and the label. */
export class ChartPoint extends ClientObject<PointRef> {
  protected readonly typeName = "ChartPoint";
  protected readonly scalars = ["hasDataLabel"];
  readonly dataLabel = new ChartDataLabel(this.context, () => this.resolveOrNull());
  get hasDataLabel(): boolean {
    return this.loaded("hasDataLabel");
  }
  set hasDataLabel(v: boolean) {
    this.write("hasDataLabel", v, (p) => {
      if (v) pointLabel(p);
      else p.series.pointLabels?.delete(p.index);
    });
  }
  protected read(p: PointRef): unknown {
    return p.series.pointLabels?.has(p.index) ?? false;
  }
}

/** ChartSeries.points: a point per value of the series. */
export class ChartPoints {
  constructor(
    readonly context: RequestContext,
    private readonly series: () => SeriesModel
  ) {}

  getItemAt(index: number): ChartPoint {
    return new ChartPoint(this.context, () => {
      const series = this.series();
      const rect = series.values?.rect;
      const count = rect ? rect.rows * rect.columns : 0;
      if (index < 0 || index >= count) fail("ItemNotFound", `no point ${index}`);
      return { series, index };
    });
  }
}

/** Chart.axes: getItem("Value", "Secondary") exists only once a series is on the secondary axis. */
export class ChartAxes {
  constructor(
    readonly context: RequestContext,
    private readonly chart: () => ChartModel
  ) {}

  getItem(type: string, group: "Primary" | "Secondary" = "Primary"): ChartAxis {
    return new ChartAxis(this.context, () => {
      const chart = this.chart();
      if (group === "Secondary" && !chart.series.some((s) => s.axisGroup === "Secondary"))
        fail("InvalidArgument", "the chart has no secondary axis");
      const key = `${type}:${group}`;
      let axis = chart.axes.get(key);
      if (!axis) chart.axes.set(key, (axis = { numberFormat: "General", visible: true }));
      return axis;
    });
  }

  get valueAxis(): ChartAxis {
    return this.getItem("Value");
  }
  get categoryAxis(): ChartAxis {
    return this.getItem("Category");
  }
}

export class ChartSeries extends ClientObject<SeriesModel> {
  protected readonly typeName = "ChartSeries";
  protected readonly scalars = ["name", "chartType", "axisGroup"];
  constructor(
    context: RequestContext,
    resolver: () => SeriesModel | null,
    private readonly chart: () => ChartModel
  ) {
    super(context, resolver);
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.write("name", v, (s) => (s.name = v));
  }
  get chartType(): string {
    return this.loaded("chartType");
  }
  set chartType(v: string) {
    this.write("chartType", v, (s) => (s.chartType = v));
  }
  get axisGroup(): string {
    return this.loaded("axisGroup");
  }
  set axisGroup(v: "Primary" | "Secondary") {
    this.write("axisGroup", v, (s) => {
      if (v !== "Primary" && v !== "Secondary") fail("InvalidArgument", `axis group ${String(v)}`);
      s.axisGroup = v;
    });
  }
  protected read(s: SeriesModel, p: string): unknown {
    return p === "name" ? s.name : p === "chartType" ? s.chartType : s.axisGroup;
  }

  setValues(source: Range): void {
    this.invoke("SetValues", ["range"], (s) => (s.values = source.live(source.model())));
  }
  setXAxisValues(source: Range): void {
    this.invoke("SetXAxisValues", ["range"], (s) => (s.xValues = source.live(source.model())));
  }
  /** Only bubble charts have sizes, as in Excel. */
  setBubbleSizes(source: Range): void {
    this.invoke("SetBubbleSizes", ["range"], (s) => {
      if (!/^bubble/i.test(this.chart().chartType))
        fail("InvalidArgument", "bubble sizes need a bubble chart");
      s.bubbleSizes = source.live(source.model());
    });
  }
  get points(): ChartPoints {
    return new ChartPoints(this.context, () => this.model());
  }
  delete(): void {
    this.invoke("Delete", [], (s) => {
      const list = this.chart().series;
      list.splice(list.indexOf(s), 1);
    });
  }
}

export class ChartSeriesCollection extends ClientCollection<SeriesModel, ChartSeries> {
  constructor(
    context: RequestContext,
    private readonly chart: () => ChartModel
  ) {
    super(context, () => chart().series);
  }

  protected wrap(item: SeriesModel): ChartSeries {
    return new ChartSeries(this.context, () => item, this.chart);
  }

  /** A new series takes the chart's type, on the primary axis, with no values yet. */
  add(name?: string, index?: number): ChartSeries {
    let created: SeriesModel | undefined;
    this.context.enqueue("Add", [name ?? null, index ?? null], () => {
      const chart = this.chart();
      created = {
        name: name ?? `Series${chart.series.length + 1}`,
        chartType: chart.chartType,
        axisGroup: "Primary",
      };
      chart.series.splice(index ?? chart.series.length, 0, created);
    });
    return new ChartSeries(this.context, () => created ?? null, this.chart);
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(
      this.context,
      () => this.list()[index] ?? fail("ItemNotFound", `no series ${index}`),
      this.chart
    );
  }
}
