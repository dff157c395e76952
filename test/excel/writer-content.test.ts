import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { ExcelHost, RequestContext } from "../../src/workbench/excel-double";
import { TRICKY_ACCOUNTS, tierSpec, useExcel } from "./fixtures";

const excel = useExcel();

/** Reads a range back through the API, as the add-in or a user's macro would. */
async function readBack(host: ExcelHost, sheet: string, address: string) {
  return host.run(async (context: RequestContext) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRange(address)
      .load("values,formulas,text");
    await context.sync();
    return { values: range.values, formulas: range.formulas, text: range.text };
  });
}

describe("what the writer puts in the cells", () => {
  it("writes formula-like account names as text: no formula, same text back", async () => {
    const { host, workbook } = excel();
    const spec = tierSpec(TRICKY_ACCOUNTS.length, (i) => TRICKY_ACCOUNTS[i]);

    await workbook.writeSheets([spec]);

    const back = await readBack(host, "KAM Tiers", `A6:A${5 + TRICKY_ACCOUNTS.length}`);
    const expected = TRICKY_ACCOUNTS.map((name) => [name]);
    expect(back.values).toEqual(expected);
    expect(back.formulas).toEqual(expected);
    const cells = host.model.requireSheet("KAM Tiers").cells;
    TRICKY_ACCOUNTS.forEach((_, i) => expect(cells.formula(5 + i, 0)).toBeUndefined());
  });

  it("keeps text that Excel would reinterpret as text outside text columns too", async () => {
    const { host, workbook } = excel();
    const spec: SheetSpec = {
      kind: "plan",
      name: "Plan",
      marker: "KAM_Plan",
      blocks: [
        { at: "B2", rows: [TRICKY_ACCOUNTS, [1, true, null, "", "plain", 0.5, "2024-01-05"]] },
      ],
    };

    await workbook.writeSheets([spec]);

    const back = await readBack(host, "Plan", "B2:H3");
    expect(back.values).toEqual([TRICKY_ACCOUNTS, [1, true, "", "", "plain", 0.5, "2024-01-05"]]);
    expect(back.formulas).toEqual(back.values);
  });

  it("writes formula cells as formulas, even beside text", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([tierSpec(3)]);
    const back = await readBack(host, "KAM Tiers", "A2:C3");
    expect(back.formulas).toEqual([
      ["Total sales", "", "=SUM(C6:C8)"],
      ["Accounts", "", "=COUNTA(A6:A8)"],
    ]);
  });

  it("renders formats, table, conditional formats, dropdown, names, link, freeze and tab colour", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([tierSpec(40)]);
    const model = host.model;
    const sheet = model.requireSheet("KAM Tiers");

    expect(sheet.cells.style(0, 0)).toMatchObject({ bold: true, fontSize: 14 });
    expect(sheet.cells.numberFormat(5, 3)).toBe("0.0%");
    expect(sheet.cells.style(5, 3).horizontal).toBe("Right");
    expect(sheet.columnWidth(0)).toBeCloseTo((24 * 7 + 5) * 0.75);
    const [table] = model.tables;
    expect([table.name, table.style, table.sheet, table.rect]).toEqual([
      "KAM_Tiers_Table",
      "TableStyleMedium9",
      sheet,
      { row: 4, column: 0, rows: 41, columns: 5 },
    ]);
    expect(sheet.conditionalFormats.map((f) => [f.type, f.rule, f.format])).toEqual([
      ["CellValue", { formula1: "=4", operator: "EqualTo" }, { fill: "#FFD966" }],
      ["Custom", { formula: "=$E6=1" }, { fontColor: "#999999" }],
    ]);
    expect(sheet.validations).toEqual([
      {
        rect: { row: 1, column: 1, rows: 1, columns: 1 },
        rule: { list: { inCellDropDown: true, source: "cover,within" } },
      },
    ]);
    expect(model.name("KAM_Total")).toMatchObject({
      visible: true,
      comment: "total sales",
      ref: { sheet },
    });
    expect(sheet.hyperlinks.get("0,0")).toEqual({
      documentReference: "'KAM Tiers'!A6",
      textToDisplay: "Key accounts",
    });
    expect(sheet.freeze).toEqual({ rows: 5, columns: 1 });
    expect(sheet.tabColor).toBe("#2F5597");
  });

  it("draws the Pareto chart as columns with a cumulative line on the secondary axis", async () => {
    const { host, workbook } = excel();
    await workbook.writeSheets([tierSpec(40)]);
    const [chart] = host.model.requireSheet("KAM Tiers").charts;
    expect(chart.title).toBe("Pareto");
    expect(chart.position).toEqual({ start: "G1", end: "N3" });
    expect(
      chart.series.map((s) => [
        s.name,
        s.chartType,
        s.axisGroup,
        s.values?.rect.row,
        s.xValues?.rect.rows,
      ])
    ).toEqual([
      ["Sales", "ColumnClustered", "Primary", 5, 30],
      ["Cumulative share", "Line", "Secondary", 5, 30],
    ]);
    expect(chart.axes.get("Value:Secondary")?.numberFormat).toBe("0%");
  });

  it("leaves out what an older Excel lacks instead of failing", async () => {
    const { host, workbook } = excel();
    host.excelApi = "1.3";
    const [written] = await workbook.writeSheets([tierSpec(10)]);
    const sheet = host.model.requireSheet(written.name);
    expect(sheet.charts[0].series.map((s) => s.chartType)).toEqual(["ColumnClustered"]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.freeze).toEqual({ rows: 0, columns: 0 });
    expect(host.model.names).toEqual([]);
    expect(sheet.cells.value(5, 0)).toBe("Account 1");
  });

  it("reports each step and ends at 1 over several sheets", async () => {
    const { workbook } = excel();
    const seen: [string, number][] = [];
    await workbook.writeSheets(
      [tierSpec(5), { ...tierSpec(5), name: "Other", marker: "KAM_Other", tables: [], names: [] }],
      (p) => seen.push([p.step, p.fraction])
    );
    const fractions = seen.map(([, f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(seen.some(([step, f]) => step === "clearing" && f === 0.5)).toBe(true);
  });
});
