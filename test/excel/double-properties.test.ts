/** Workbook.properties.custom on the Excel double, with Office.js's proxy semantics. */
import {
  DoubleError,
  ExcelHost,
  installExcelDouble,
  seedSheet,
} from "../../src/workbench/excel-double";

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = new ExcelHost();
  seedSheet(host, "Sheet1", "A1", [[1]]);
  uninstall = installExcelDouble(host);
});
afterEach(() => uninstall());

test("custom properties are added at sync, found by key in any letter case, and deleted", async () => {
  await Excel.run(async (context) => {
    const custom = context.workbook.properties.custom;
    custom.add("Owner", "Li Wei");
    custom.add("Year", 2025);
    custom.add("owner", "Wang Fang");
    expect(host.model.customProperties).toEqual([]);
    await context.sync();
    const found = custom.getItemOrNullObject("OWNER").load("key,value,type");
    const missing = custom.getItemOrNullObject("Nothing");
    custom.load("items/key");
    await context.sync();
    expect([found.key, found.value, found.type]).toEqual(["Owner", "Wang Fang", "String"]);
    expect(missing.isNullObject).toBe(true);
    expect(custom.items.map((p) => p.key)).toEqual(["Owner", "Year"]);
    custom.getItem("year").delete();
    await context.sync();
  });
  expect(host.model.customProperties).toEqual([
    { key: "Owner", value: "Wang Fang", type: "String" },
  ]);
});

test("a value read before it is loaded, and a key too long for every Excel, fail as in Office.js", async () => {
  await Excel.run(async (context) => {
    const item = context.workbook.properties.custom.add("Owner", "Li Wei");
    expect(() => item.value).toThrow();
    context.workbook.properties.custom.add("k".repeat(256), "x");
    await expect(context.sync()).rejects.toBeInstanceOf(DoubleError);
  });
  expect(host.model.customProperties.map((p) => p.key)).toEqual(["Owner"]);
});
