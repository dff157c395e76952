/* ExcelJS, not Office.js: its cells hold their values and formats in memory. */
/* eslint-disable office-addins/load-object-before-read */
import * as path from "path";
import ExcelJS from "exceljs";
import { DATE_FORMAT } from "../../src/core/plans/plan-dates";
import { taskColumn } from "../../src/core/plans/plan-layout";
import { readPart } from "../cli/package-helpers";
import { SAMPLES, runKam, scratchDir } from "../cli/run-kam";

/** A plan's dates and workload are formats of its task table's columns, not of 1,000 rows of cells. */
describe("the .xlsx writer formats a table's columns", () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await scratchDir(), "plans.xlsx");
    expect((await runKam(["analyze", SAMPLES.en, "--out", out, "--plans-top", "1"])).code).toBe(0);
  });

  it("gives the table's start and due columns a data format that new rows take", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const plan = workbook.worksheets.find((s) => s.name.startsWith("Plan - ")) as ExcelJS.Worksheet;
    const parts = await Promise.all(
      Array.from({ length: 12 }, (_, n) => readPart(out, `xl/tables/table${n + 1}.xml`))
    );
    const table = parts.find((xml) => xml.includes('name="KAM_Plan_1_Tasks"')) as string;
    const ref = /\bref="([A-Z]+\d+):([A-Z]+)(\d+)"/.exec(table) as RegExpExecArray;
    const columns = [...table.matchAll(/<tableColumn\b[^>]*>/g)].map((m) => m[0]);
    const dxfIds = [taskColumn("start"), taskColumn("due")].map((i) =>
      Number(/dataDxfId="(\d+)"/.exec(columns[i])?.[1])
    );
    const styles = await readPart(out, "xl/styles.xml");
    const dxfs = [
      ...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "").matchAll(
        /<dxf>([\s\S]*?)<\/dxf>/g
      ),
    ];
    for (const id of dxfIds) expect(dxfs[id]?.[1]).toContain(`formatCode="${DATE_FORMAT}"`);
    // The prefilled tasks show dates; below the table nothing is written, not even a format.
    const header = Number(/\d+/.exec(ref[1])?.[0]);
    const firstTask = plan.getRow(header + 1);
    expect(firstTask.getCell(taskColumn("start") + 1).numFmt).toBe(DATE_FORMAT);
    expect(firstTask.getCell(taskColumn("due") + 1).numFmt).toBe(DATE_FORMAT);
    expect(plan.rowCount).toBe(Number(ref[3]));
  });
});
