import { rectAddress } from "../a1";
import { fail } from "../errors";
import { ChartModel, RangeRef, SeriesModel } from "../model/objects";
import { SheetModel } from "../model/sheet-model";
import type { WorkbookModel } from "../model/workbook-model";
import { ChartAxes, ChartLegend, ChartSeriesCollection, ChartTitle } from "./chart-parts";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import type { RequestContext } from "./context";
import type { Range } from "./range";

/** Excel.Chart. */
export class Chart extends ClientObject<ChartModel> {
  protected readonly typeName = "Chart";
  protected readonly scalars = ["name", "id", "chartType"];
  private readonly live = (): ChartModel => this.model();
  readonly title = new ChartTitle(this.context, () => this.resolveOrNull());
  readonly legend = new ChartLegend(this.context, () => this.resolveOrNull());
  readonly series = new ChartSeriesCollection(this.context, this.live);
  readonly axes = new ChartAxes(this.context, this.live);

  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.write("name", v, (c) => (c.name = v));
  }
  get id(): string {
    return this.loaded("id");
  }
  get chartType(): string {
    return this.loaded("chartType");
  }
  set chartType(v: string) {
    this.write("chartType", v, (c) => (c.chartType = v));
  }

  protected read(c: ChartModel, p: string): unknown {
    return p === "name" ? c.name : p === "id" ? c.id : c.chartType;
  }

  setPosition(start: Range | string, end?: Range | string): void {
    const label = (r: Range | string | undefined): string | undefined =>
      r === undefined || typeof r === "string" ? r : "range";
    this.invoke("SetPosition", [label(start), label(end)], (c) => {
      const address = (r: Range | string): string =>
        typeof r === "string" ? r : rectAddress(r.model().rect);
      c.position = { start: address(start), end: end === undefined ? undefined : address(end) };
    });
  }

  delete(): void {
    this.invoke("Delete", [], (c) => {
      const index = c.sheet.alive().charts.indexOf(c);
      if (index < 0) fail("ItemNotFound", `the chart ${c.name} has been deleted`);
      c.sheet.charts.splice(index, 1);
    });
  }
}

/** One series per column of the source (per row with seriesBy "Rows"); a text first cell names it. */
function seriesFrom(
  source: RangeRef,
  chartType: string,
  byRows: boolean,
  book: WorkbookModel
): SeriesModel[] {
  const { sheet, rect } = source;
  const count = byRows ? rect.rows : rect.columns;
  return Array.from({ length: count }, (_, i) => {
    const first = byRows
      ? book.valueAt(sheet, rect.row + i, rect.column)
      : book.valueAt(sheet, rect.row, rect.column + i);
    const named = typeof first === "string" && (byRows ? rect.columns : rect.rows) > 1;
    const skip = named ? 1 : 0;
    const values = byRows
      ? { row: rect.row + i, column: rect.column + skip, rows: 1, columns: rect.columns - skip }
      : { row: rect.row + skip, column: rect.column + i, rows: rect.rows - skip, columns: 1 };
    return {
      name: named ? first : `Series${i + 1}`,
      chartType,
      axisGroup: "Primary",
      values: { sheet, rect: values },
    };
  });
}

/** Worksheet.charts. */
export class ChartCollection extends ClientCollection<ChartModel, Chart> {
  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel
  ) {
    super(context, () => sheet().charts);
  }

  protected wrap(item: ChartModel): Chart {
    return new Chart(this.context, () => item);
  }

  add(type: string, sourceData: Range, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): Chart {
    let created: ChartModel | undefined;
    this.context.enqueue("Add", [type, "range", seriesBy], () => {
      const sheet = this.sheet();
      const source = sourceData.live(sourceData.model());
      const byRows =
        seriesBy === "Rows" || (seriesBy === "Auto" && source.rect.columns > source.rect.rows);
      const book = this.context.host.model;
      created = {
        id: book.nextId("chart"),
        name: `Chart ${sheet.charts.length + 1}`,
        sheet,
        chartType: type,
        title: "",
        titleVisible: false,
        series: seriesFrom(source, type, byRows, book),
        axes: new Map(),
        legendPosition: "Right",
      };
      sheet.charts.push(created);
    });
    return new Chart(this.context, () => created ?? null);
  }

  getItem(name: string): Chart {
    return new Chart(
      this.context,
      () => this.list().find((c) => c.name === name) ?? fail("ItemNotFound", `no chart "${name}"`)
    );
  }
}
