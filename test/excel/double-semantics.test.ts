import { DoubleError, ExcelHost, RequestContext, seedSheet } from "../../src/workbench/excel-double";

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read proxies before load and sync on purpose, to check the double fails as Office.js does. */

/** The double behaves like Office.js where the add-in depends on it; these pin that behaviour down. */

function hostWith(): ExcelHost {
  const host = new ExcelHost();
  seedSheet(host, "Data", "A1", [
    ["Account", "Sales"],
    ["Shop A", 100],
  ]);
  return host;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    return (e as DoubleError).code;
  }
}

describe("proxy semantics", () => {
  it("throws PropertyNotLoaded before load and sync, and reads after", async () => {
    const host = hostWith();
    await host.run(async (context: RequestContext) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Account", "Sales"],
        ["Shop A", 100],
      ]);
    });
  });

  it("applies queued writes only at sync", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").values = [[5]];
      expect(host.model.requireSheet("Data").cells.value(1, 1)).toBe(100);
      await context.sync();
      expect(host.model.requireSheet("Data").cells.value(1, 1)).toBe(5);
    });
  });

  it("gives null objects that say so only after a sync", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const found = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
    });
  });

  it("fails getItem of a missing sheet with ItemNotFound when it is used", async () => {
    const host = hostWith();
    const code = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
  });

  it("loads a collection's items with nested properties", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      context.workbook.tables.add("Data!A1:B2", true).name = "Customers";
      const tables = context.workbook.tables.load("items/name,items/worksheet/name");
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Customers", "Data"]]);
    });
  });
});

describe("worksheet names, as Excel checks them", () => {
  it.each([
    ["a:b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["what?", "InvalidArgument"],
    ["[x]", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["DATA", "ItemAlreadyExists"],
  ])("refuses %j with %s", async (name, code) => {
    const host = hostWith();
    expect(await codeOf(host.run(async (context) => context.workbook.worksheets.add(name)))).toBe(
      code
    );
  });

  it("accepts 31 characters and Chinese names", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      context.workbook.worksheets.add("x".repeat(31));
      context.workbook.worksheets.add("客户分级");
    });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Data", "x".repeat(31), "客户分级"]);
  });
});

describe("writing cells as Excel reads typing", () => {
  it("rejects arrays whose size does not match the range, after applying what came before", async () => {
    const host = hostWith();
    const code = await codeOf(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["before"]];
        sheet.getRange("A1:B2").values = [["only one row", 1]];
        sheet.getRange("D1").values = [["after"]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
    const cells = host.model.requireSheet("Data").cells;
    expect(cells.value(0, 2)).toBe("before");
    expect(cells.value(0, 3)).toBeUndefined();
  });

  it("rejects a row of the wrong width and a 1×1 array on a bigger range", async () => {
    const host = hostWith();
    const write = (address: string, values: unknown) =>
      codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange(address).formulas = values;
        })
      );
    expect(await write("A1:B2", [["a", "b"], ["c"]])).toBe("InvalidArgument");
    expect(await write("A1:B2", [["a"]])).toBe("InvalidArgument");
  });

  it("turns =, + and - text into formulas unless the cell is formatted as text", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A5:A6").numberFormat = [["@"], ["@"]];
      sheet.getRange("A5:A6").values = [['=HYPERLINK("http://x","y")'], ["+1-555"]];
      sheet.getRange("B5:B8").values = [
        ['=HYPERLINK("http://x","y")'],
        ["+1-555"],
        ["'=kept"],
        ["00123"],
      ];
      const back = sheet.getRange("A5:B8").load("values,formulas");
      await context.sync();
      expect(back.formulas).toEqual([
        ['=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'],
        ["+1-555", "=+1-555"],
        ["", "=kept"],
        ["", 123],
      ]);
    });
  });

  it("leaves a cell alone for null and empties it for an empty string", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:B2").values = [[null, ""]];
    });
    const cells = host.model.requireSheet("Data").cells;
    expect([cells.value(1, 0), cells.value(1, 1)]).toEqual(["Shop A", undefined]);
  });
});

describe("Excel on the web's limits and failures", () => {
  it("refuses a request over 5 MB as a whole, and counts it", async () => {
    const host = hostWith();
    const big = Array.from({ length: 120_000 }, (_, i) => [
      `account number ${i} with a long name`,
      i,
      i * 2,
    ]);
    const code = await codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D1").values = [["not applied"]];
        context.workbook.worksheets.getItem("Data").getRange("A1:C120000").values = big;
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.model.requireSheet("Data").cells.value(0, 3)).toBeUndefined();
    expect(host.syncCount).toBe(1);
    expect(host.largestRequestBytes).toBeGreaterThan(5_000_000);
  });

  it("refuses reads over five million cells and responses over 5 MB", async () => {
    const host = hostWith();
    const tooMany = codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:E1000001").load("values");
        await context.sync();
      })
    );
    expect(await tooMany).toBe("RangeExceedsLimit");
    seedSheet(
      host,
      "Wide",
      "A1",
      Array.from({ length: 90_000 }, (_, i) => [
        `a long account name number ${i}`,
        `in the region number ${i}`,
        i,
      ])
    );
    const tooBig = codeOf(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Wide").getRange("A1:C90000").load("values");
        await context.sync();
      })
    );
    expect(await tooBig).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("fails the next sync as in cell-edit mode, once", async () => {
    const host = hostWith();
    host.failNextSync();
    const sync = (value: string) =>
      codeOf(
        host.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("C1").values = [[value]];
          await context.sync();
        })
      );
    expect(await sync("first")).toBe("InvalidOperationInCellEditMode");
    expect(host.model.requireSheet("Data").cells.value(0, 2)).toBeUndefined();
    expect(await sync("second")).toBeUndefined();
    expect(host.model.requireSheet("Data").cells.value(0, 2)).toBe("second");
  });
});

describe("workbook objects", () => {
  it("keeps a name on its sheet through a rename and breaks it when the sheet goes", async () => {
    const host = hostWith();
    host.model.addSheet("Other");
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      context.workbook.names.add("Marker", sheet.getRange("A1")).visible = false;
      await context.sync();
      sheet.name = "Renamed";
      const item = context.workbook.names.getItem("Marker").load("formula,type,visible");
      await context.sync();
      expect([item.formula, item.type, item.visible]).toEqual(["=Renamed!$A$1", "Range", false]);
      sheet.delete();
      item.load("formula,type");
      await context.sync();
      expect([item.formula, item.type]).toEqual(["=#REF!", "Error"]);
    });
  });

  it("finds the used range and the current region", async () => {
    const host = hostWith();
    seedSheet(host, "Data", "D5", [
      ["x", "y"],
      [1, 2],
    ]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getUsedRange(true).load("address");
      const region = sheet.getRange("E6").getSurroundingRegion().load("address");
      const empty = context.workbook.worksheets.add("Empty");
      const emptyUsed = empty.getUsedRange().load("address");
      const emptyOrNull = empty.getUsedRangeOrNullObject();
      await context.sync();
      expect([used.address, region.address, emptyUsed.address]).toEqual([
        "Data!A1:E6",
        "Data!D5:E6",
        "Empty!A1",
      ]);
      expect(emptyOrNull.isNullObject).toBe(true);
    });
  });

  it("builds a combo chart: columns plus a line on the secondary axis", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B2"), "Columns");
      const line = chart.series.add("Share");
      line.setValues(sheet.getRange("B2"));
      line.chartType = "Line";
      line.axisGroup = "Secondary";
      chart.axes.getItem("Value", "Secondary").numberFormat = "0%";
    });
    const [chart] = host.model.requireSheet("Data").charts;
    expect(chart.series.map((s) => [s.chartType, s.axisGroup])).toEqual([
      ["ColumnClustered", "Primary"],
      ["Line", "Secondary"],
    ]);
    expect(chart.axes.get("Value:Secondary")?.numberFormat).toBe("0%");
  });

  it("updates formulas that name a sheet when it is renamed, and makes them #REF! when it goes", async () => {
    const host = hostWith();
    host.model.addSheet("Old name");
    seedSheet(host, "Notes", "A1", [
      [
        "='Old name'!A5",
        "=VLOOKUP(A2,'old NAME'!A:L,8,FALSE)+'Old name'!$C$5",
        "=\"'Old name'!A5 is text\"&Data!A1",
        "='Old name (2)'!A1",
      ],
    ]);
    const formulas = () =>
      [0, 1, 2, 3].map((c) => host.model.requireSheet("Notes").cells.formula(0, c));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Old name").name = "Tiers";
    });
    expect(formulas()).toEqual([
      "=Tiers!A5",
      "=VLOOKUP(A2,Tiers!A:L,8,FALSE)+Tiers!$C$5",
      "=\"'Old name'!A5 is text\"&Data!A1",
      "='Old name (2)'!A1",
    ]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Tiers").name = "My tiers";
    });
    expect(formulas()[0]).toBe("='My tiers'!A5");
    await host.run(async (context) => context.workbook.worksheets.getItem("My tiers").delete());
    expect(formulas()).toEqual([
      "=#REF!A5",
      "=VLOOKUP(A2,#REF!A:L,8,FALSE)+#REF!$C$5",
      "=\"'Old name'!A5 is text\"&Data!A1",
      "='Old name (2)'!A1",
    ]);
  });

  it("clears a whole sheet's cells and links with getRange().clear(), and nothing else", async () => {
    const host = hostWith();
    const data = host.model.requireSheet("Data");
    data.cells.setStyle(99_999, 20, { fill: "#FF0000" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C3").hyperlink = { documentReference: "Data!A1", textToDisplay: "top" };
      sheet.getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      sheet.getRange("A1:B2").conditionalFormats.add("Custom").custom.rule = { formula: "=TRUE" };
      sheet.freezePanes.freezeRows(1);
      sheet.tables.add("A1:B2", true);
      await context.sync();
      sheet.getRange().clear("All");
    });
    expect(data.cells.usedRect(false)).toBeUndefined();
    expect(data.hyperlinks.size).toBe(0);
    // Not cells: these have calls of their own.
    expect(data.validations).toHaveLength(1);
    expect(data.conditionalFormats).toHaveLength(1);
    expect(data.freeze).toEqual({ rows: 1, columns: 0 });
    expect(host.model.tables).toHaveLength(1);
    await host.run(async (context) => {
      const whole = context.workbook.worksheets.getItem("Data").getRange();
      whole.dataValidation.clear();
      whole.conditionalFormats.clearAll();
      context.workbook.worksheets.getItem("Data").freezePanes.unfreeze();
    });
    expect([data.validations.length, data.conditionalFormats.length, data.freeze]).toEqual([
      0,
      0,
      { rows: 0, columns: 0 },
    ]);
  });

  it("clears contents, formats or links alone, and refuses what is not a ClearApplyTo", async () => {
    const host = hostWith();
    const data = host.model.requireSheet("Data");
    data.cells.setStyle(1, 1, { bold: true });
    data.hyperlinks.set("0,0", { documentReference: "Data!B2" });
    const clear = (applyTo: string) =>
      codeOf(
        host.run(async (context) => {
          context.workbook.worksheets
            .getItem("Data")
            .getRange("A1:B2")
            .clear(applyTo as "All");
        })
      );
    expect(await clear("Contents")).toBeUndefined();
    expect([data.cells.value(1, 1), data.cells.style(1, 1).bold, data.hyperlinks.size]).toEqual([
      undefined,
      true,
      1,
    ]);
    expect(await clear("Hyperlinks")).toBeUndefined();
    expect([data.cells.style(1, 1).bold, data.hyperlinks.size]).toEqual([true, 0]);
    expect(await clear("Formats")).toBeUndefined();
    expect(data.cells.style(1, 1).bold).toBeUndefined();
    expect(await clear("Everything")).toBe("InvalidArgument");
  });

  it("deletes a sheet's charts and tables from their loaded items, once", async () => {
    const host = hostWith();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns");
      sheet.charts.add("Line", sheet.getRange("B1:B2"), "Columns");
      sheet.tables.add("A1:B2", true);
    });
    const code = await codeOf(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        const charts = sheet.charts.load("items/name");
        const tables = sheet.tables.load("items/name");
        await context.sync();
        charts.items.forEach((chart) => chart.delete());
        tables.items.forEach((table) => table.delete());
        await context.sync();
        charts.items[0].delete();
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
    expect(host.model.requireSheet("Data").charts).toHaveLength(0);
    expect(host.model.tables).toHaveLength(0);
  });
});
