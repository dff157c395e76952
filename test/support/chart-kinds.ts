import type { SheetSpec } from "../../src/core/sheets/sheet-spec";

/**
 * A sheet with one chart of each kind over a small table, its name needing quotes (a space, an
 * apostrophe, an "!"): aging by status as stacked bars, and accounts as bubbles (x = share, y =
 * growth, size = sales, labelled by name). Shared by the writers' tests.
 */
export const CHART_SHEET = "Bob's Aging! 1";

export const CHART_KINDS_SPEC: SheetSpec = {
  kind: "credit",
  name: CHART_SHEET,
  marker: "KAM_Chart_Kinds",
  blocks: [
    {
      at: "A1",
      rows: [
        ["Status", "Current", "1-30", "Over 30"],
        ["OK", 100, 20, 0],
        ["WATCH", 50, 30, 10],
        ["FAIL", 10, 20, { formula: "=30+10", value: 40 }],
      ],
    },
    {
      at: "A6",
      rows: [
        ["Account", "Share", "Growth", "Sales"],
        ["Acme", 0.5, 0.1, 500],
        ['=Not "a" formula', 0.3, -0.05, 300],
        ["Zed", 0.2, 0.3, 200],
      ],
    },
  ],
  columns: [{ index: 0, width: 20, text: true }],
  charts: [
    {
      kind: "stackedBar",
      title: "Aging by status",
      categories: "A2:A4",
      series: [
        { name: "Current", values: "B2:B4" },
        { name: "1-30", values: "C2:C4" },
        { name: "Over 30", values: "D2:D4" },
      ],
      from: "F1",
      to: "L10",
      valueFormat: "#,##0",
    },
    {
      kind: "bubble",
      title: "Portfolio",
      series: [{ name: "Accounts", x: "B7:B9", y: "C7:C9", size: "D7:D9", labels: "A7:A9" }],
      xAxis: { title: "Share", format: "0%" },
      yAxis: { title: "Growth", format: "0%" },
      from: "F12",
      to: "L25",
    },
  ],
};
