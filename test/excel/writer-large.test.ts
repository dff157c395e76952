import { jsonSize } from "../../src/excel/limits";
import { writeRequests } from "../../src/excel/block-plan";
import { EXCEL_WEB_LIMITS } from "../../src/workbench/excel-double";
import { tierSpec, useExcel } from "./fixtures";

const excel = useExcel();
const ROWS = 100_000;

describe("writing a 100,000-row sheet", () => {
  it("keeps every request well under 5 MB with one sync per value block plus a few", async () => {
    const { host, workbook } = excel();
    host.model.addSheet("Data");
    const spec = tierSpec(ROWS);
    const blocks = [...writeRequests(spec)].length;
    const steps: string[] = [];
    const fractions: number[] = [];

    const [written] = await workbook.writeSheets([spec], (p) => {
      steps.push(p.step);
      fractions.push(p.fraction);
    });

    expect(written).toEqual({ kind: "tiers", marker: "KAM_Tiers", name: "KAM Tiers" });
    // 100,000 rows of ~60 bytes are ~6 MB: more than one request could carry.
    expect(blocks).toBeGreaterThanOrEqual(3);
    // survey (1) + prepare (1) + one per block + formats (number formats of 2 × 100,000 cells: ≤ 2) + chart (1)
    expect(host.syncCount).toBeLessThanOrEqual(blocks + 5);
    expect(host.requests.every((r) => r.requestBytes < EXCEL_WEB_LIMITS.requestBytes)).toBe(true);
    expect(host.largestRequestBytes).toBeLessThan(2_500_000);
    expect(host.requests.every((r) => r.failed === undefined)).toBe(true);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(new Set(steps)).toEqual(new Set(["clearing", "values", "formats", "chart"]));

    const sheet = host.model.requireSheet("KAM Tiers");
    expect(sheet.cells.value(5, 0)).toBe("Account 1");
    expect(sheet.cells.value(4 + ROWS, 0)).toBe(`Account ${ROWS}`);
    expect(sheet.cells.value(4 + ROWS, 2)).toBe(1000);
    expect(sheet.cells.numberFormat(4 + ROWS, 0)).toBe("@");
    expect(sheet.cells.numberFormat(4 + ROWS, 2)).toBe("#,##0");
    expect(sheet.cells.formula(1, 2)).toBe(`=SUM(C6:C${5 + ROWS})`);
    expect(sheet.cells.usedRect(true)).toEqual({ row: 0, column: 0, rows: 5 + ROWS, columns: 5 });
  });

  it("plans each request's payload from the data, so wide text makes smaller blocks", () => {
    const narrow = [...writeRequests(tierSpec(20_000))];
    const wide = [...writeRequests(tierSpec(20_000, (i) => `${"很长的客户名称".repeat(8)} ${i}`))];
    expect(wide.length).toBeGreaterThan(narrow.length);
    for (const request of [...narrow, ...wide]) {
      const data = request.writes.reduce((sum, w) => sum + jsonSize(w.data), 0);
      expect(data).toBeLessThanOrEqual(2_000_000);
    }
  });
});
