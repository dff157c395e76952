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
  protected read(a: ChartAxisModel, p: string): unknown {
    return p === "numberFormat" ? a.numberFormat : a.visible;
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
