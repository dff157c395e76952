/** @jest-environment jsdom */
/**
 * The workbench grid draws each chart kind from the double's model as the pane's writer left it:
 * the Pareto combo, stacked bars (a bar per category, the segments end to end) and bubbles with
 * their labels' text.
 */
import { render } from "@testing-library/react";
import { sheetGeometry } from "../../src/workbench/grid/grid-geometry";
import { ChartBox } from "../../src/workbench/grid/ChartBox";
import { CHART_KINDS_SPEC, CHART_SHEET } from "../support/chart-kinds";
import { useExcel } from "../excel/fixtures";

const excel = useExcel();

async function drawn(index: number) {
  const { host, workbook } = excel();
  await workbook.writeSheets([CHART_KINDS_SPEC]);
  const sheet = host.model.requireSheet(CHART_SHEET);
  const chart = sheet.charts[index];
  const { container } = render(
    <ChartBox book={host.model} chart={chart} geometry={sheetGeometry(sheet)} />
  );
  return container;
}

describe("the grid's charts", () => {
  it("stacks the segments of each bar end to end, each as long as its value", async () => {
    const svg = await drawn(0);
    const rects = [...svg.querySelectorAll("rect")];
    // 3 bars × 3 segments; the WATCH bar's segments (50, 30, 10) touch each other.
    expect(rects).toHaveLength(9);
    const bar = (i: number) =>
      rects.filter((r) => r.getAttribute("y") === rects[i].getAttribute("y"));
    const watch = bar(3).map((r) => [Number(r.getAttribute("x")), Number(r.getAttribute("width"))]);
    expect(watch[1][0]).toBeCloseTo(watch[0][0] + watch[0][1], 6);
    expect(watch[1][1] / watch[0][1]).toBeCloseTo(30 / 50, 6);
    expect(svg.textContent).toContain("WATCH");
    expect(svg.textContent).toContain("Aging by status");
  });

  it("draws a bubble per point, larger for larger sizes, each with its label's text", async () => {
    const svg = await drawn(1);
    const radii = [...svg.querySelectorAll("circle")].map((c) => Number(c.getAttribute("r")));
    expect(radii).toHaveLength(3);
    expect(radii[0]).toBeGreaterThan(radii[1]);
    expect(radii[1]).toBeGreaterThan(radii[2]);
    expect(svg.textContent).toContain("Acme");
    expect(svg.textContent).toContain('=Not "a" formula');
  });
});
