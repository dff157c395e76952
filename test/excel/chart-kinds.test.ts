/** The chart kinds of ChartSpec through Office.js, on the Excel double, and back out by the download. */
import { sheetCharts } from "../../src/workbench/download/sheet-objects";
import { CHART_KINDS_SPEC, CHART_SHEET } from "../support/chart-kinds";
import { useExcel } from "./fixtures";

const excel = useExcel();

describe("the Office.js writer draws every chart kind", () => {
  it("stacked bars: a BarStacked chart, a series per segment over the categories", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([CHART_KINDS_SPEC]);
    const chart = host.model.requireSheet(CHART_SHEET).charts[0];
    expect(chart.chartType).toBe("BarStacked");
    expect(chart.title).toBe("Aging by status");
    expect(chart.position).toEqual({ start: "F1", end: "L10" });
    expect(chart.series.map((s) => [s.name, s.chartType, s.values?.rect, s.xValues?.rect])).toEqual(
      ["Current", "1-30", "Over 30"].map((name, i) => [
        name,
        "BarStacked",
        { row: 1, column: 1 + i, rows: 3, columns: 1 },
        { row: 1, column: 0, rows: 3, columns: 1 },
      ])
    );
    expect(chart.axes.get("Value:Primary")?.numberFormat).toBe("#,##0");
  });

  it("bubbles: x, y and sizes per series, each point labelled by a formula to its cell", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([CHART_KINDS_SPEC]);
    const chart = host.model.requireSheet(CHART_SHEET).charts[1];
    expect(chart.chartType).toBe("Bubble");
    const [series] = chart.series;
    expect(chart.series).toHaveLength(1);
    expect([series.xValues?.rect, series.values?.rect, series.bubbleSizes?.rect]).toEqual(
      [1, 2, 3].map((column) => ({ row: 6, column, rows: 3, columns: 1 }))
    );
    expect([...series.pointLabels!.values()].map((l) => l.formula)).toEqual([
      "='Bob''s Aging! 1'!$A$7",
      "='Bob''s Aging! 1'!$A$8",
      "='Bob''s Aging! 1'!$A$9",
    ]);
    expect(chart.axes.get("Category:Primary")).toMatchObject({
      title: "Share",
      numberFormat: "0%",
    });
    expect(chart.axes.get("Value:Primary")).toMatchObject({ title: "Growth", numberFormat: "0%" });
  });

  it("the download turns the charts back into the specs they came from", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([CHART_KINDS_SPEC]);
    expect(sheetCharts(host.model.requireSheet(CHART_SHEET))).toEqual(CHART_KINDS_SPEC.charts);
  });

  it("an Excel before ExcelApi 1.7 gets the first segment alone and no bubble chart", async () => {
    const { host, workbook } = excel();
    host.excelApi = "1.3";
    await workbook.writeSheets([CHART_KINDS_SPEC]);
    const charts = host.model.requireSheet(CHART_SHEET).charts;
    expect(charts.map((c) => [c.chartType, c.series.length])).toEqual([["BarStacked", 1]]);
  });
});
