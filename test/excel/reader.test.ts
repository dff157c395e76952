import { EXCEL_WEB_LIMITS, seedSheet } from "../../src/workbench/excel-double";
import { useExcel } from "./fixtures";

const excel = useExcel();

function customers(rows: number, name: (i: number) => string) {
  const values: (string | number)[][] = [
    ["Customer", "Sales", "Prior", "Region", "Credit", "Overdue"],
  ];
  for (let i = 0; i < rows; i++)
    values.push([name(i), 1000 + i, 900 + i, `Region ${i % 9}`, 5000, i % 30]);
  return values;
}

describe("reading a large source", () => {
  it("reads 100,000 rows in blocks, each response well under 5 MB, one sync per block", async () => {
    const { host, workbook } = excel();
    const data = customers(100_000, (i) => `Customer ${i}`);
    seedSheet(host, "Data", "A1", data);
    host.resetStats();

    const source = await workbook.readSource("Data!A1:F100001");

    expect(source.values).toEqual(data);
    // ~5 MB of values: one sync to check the sheet, a small probe block, then blocks of ≤ ~2 MB
    const full = host.requests.filter((r) => r.responseBytes > 1_000_000).length;
    expect(full).toBeGreaterThanOrEqual(2);
    expect(host.syncCount).toBeLessThanOrEqual(full + 3);
    expect(
      host.requests.every((r) => r.responseBytes < EXCEL_WEB_LIMITS.responseBytes && !r.failed)
    ).toBe(true);
    expect(Math.max(...host.requests.map((r) => r.responseBytes))).toBeLessThan(2_500_000);
  });

  it("detects and reads a 100,000-row table from one cell in a bounded number of syncs", async () => {
    const { host, workbook } = excel();
    seedSheet(
      host,
      "Data",
      "A1",
      customers(100_000, (i) => `Customer ${i}`)
    );
    host.model.activate(host.model.requireSheet("Data"), {
      row: 5,
      column: 1,
      rows: 1,
      columns: 1,
    });
    host.resetStats();

    const source = await workbook.detectSource();

    expect(source.values).toHaveLength(100_001);
    // Values and number formats (a date is a number to Excel), in blocks under the read budget.
    expect(host.syncCount).toBeLessThanOrEqual(2 + 10);
  });

  it("shrinks its blocks when rows are much wider than first thought", async () => {
    const { host, workbook } = excel();
    const data = customers(30_000, (i) => `${"一个非常长的客户名称".repeat(12)} ${i}`);
    seedSheet(host, "Data", "A1", data);
    host.resetStats();

    const source = await workbook.readSource("Data!A1:F30001");

    expect(source.values).toEqual(data);
    expect(host.requests.every((r) => !r.failed && r.responseBytes < 2_500_000)).toBe(true);
  });

  it("retries a block Excel refuses as too large with fewer rows", async () => {
    const { host, workbook } = excel();
    const data = customers(3_000, (i) => `${"long name ".repeat(20)} ${i}`);
    seedSheet(host, "Data", "A1", data);
    host.limits.responseBytes = 150_000;
    host.resetStats();

    const source = await workbook.readSource("Data!A1:F3001");

    expect(source.values).toEqual(data);
    expect(host.requests.some((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(host.requests.filter((r) => !r.failed).every((r) => r.responseBytes <= 150_000)).toBe(
      true
    );
  });
});
