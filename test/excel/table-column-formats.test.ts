import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { useExcel } from "./fixtures";

const excel = useExcel();

/** A table whose date column is formatted as a column of the table, not cell by cell below it. */
const SPEC: SheetSpec = {
  kind: "plan",
  name: "Plan",
  marker: "KAM_Plan",
  blocks: [
    {
      at: "A1",
      rows: [
        ["Task", "Due", "Days"],
        ["Visit", 45292, 2],
        ["Call", 45300, 0.5],
      ],
    },
  ],
  tables: [
    {
      name: "Tasks",
      ref: "A1:C3",
      columnFormats: [
        { column: 1, numberFormat: "yyyy-mm-dd" },
        { column: 2, numberFormat: "0.0" },
      ],
    },
  ],
};

describe("the Office.js writer formats a table's columns", () => {
  it("gives the column's data rows the format, and leaves the rows below the table alone", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([SPEC]);
    const { cells } = host.model.requireSheet("Plan");
    expect([cells.numberFormat(1, 1), cells.numberFormat(2, 1)]).toEqual([
      "yyyy-mm-dd",
      "yyyy-mm-dd",
    ]);
    expect(cells.numberFormat(2, 2)).toBe("0.0");
    expect(cells.numberFormat(0, 1)).toBe("General");
    expect(cells.numberFormat(3, 1)).toBe("General");
  });
});
