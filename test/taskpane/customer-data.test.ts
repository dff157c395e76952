import type { DetectedTable } from "../../src/core/table/customer-types";
import {
  detectTable,
  previewRoles,
  readData,
  remap,
  sameHeader,
  sheetColumnLetter,
} from "../../src/taskpane/customer-data";
import { CUSTOMERS, fakeFlow } from "./fakes";

describe("customer data", () => {
  it("moves a column to the role the user chose, and frees the role that had it", () => {
    expect(remap({ account: 0, sales: 1, priorSales: 2 }, "sales", 2)).toEqual({
      account: 0,
      sales: 2,
    });
    expect(remap({ account: 0, sales: 1, region: 3 }, "region", undefined)).toEqual({
      account: 0,
      sales: 1,
    });
  });

  it("previews the required columns and every mapped optional one, in role order", () => {
    expect(previewRoles({ region: 3, account: 0 })).toEqual(["account", "sales", "region"]);
  });

  it("reads nothing without a header or a required column, and says why", () => {
    const flow = fakeFlow();
    expect(readData(flow, CUSTOMERS, undefined, "en")).toEqual({
      rows: [],
      problems: [{ kind: "noHeader" }],
    });
    const noSales: DetectedTable = { headerRow: 0, headers: ["Customer"], mapping: { account: 0 } };
    expect(readData(flow, CUSTOMERS, noSales, "en").problems).toEqual([
      { kind: "missingRequired", role: "sales" },
    ]);
    expect(flow.readCustomers).not.toHaveBeenCalled();
  });

  it("takes the first row with anything in it as the header when no name is recognised", () => {
    const flow = fakeFlow();
    const values = [
      [null, null, null],
      ["Kunde", "Umsatz"],
      ["Laden A", 5],
    ];
    expect(detectTable(flow, values)).toEqual({
      headerRow: 1,
      headers: ["Kunde", "Umsatz", ""],
      mapping: {},
    });
    expect(detectTable(flow, [[null, " "]])).toBeUndefined();
    expect(detectTable(flow, CUSTOMERS.values)?.mapping).toEqual({
      account: 0,
      sales: 1,
      priorSales: 2,
      region: 3,
      creditLimit: 4,
    });
  });

  it("names columns as Excel does, from where the source starts", () => {
    expect(sheetColumnLetter(CUSTOMERS, 0)).toBe("B");
    expect(sheetColumnLetter({ ...CUSTOMERS, firstColumn: 26 }, 1)).toBe("AA");
  });

  it("compares headers by row and names", () => {
    const a: DetectedTable = { headerRow: 0, headers: ["A", "B"], mapping: {} };
    expect(sameHeader(a, { ...a, mapping: { account: 0 } })).toBe(true);
    expect(sameHeader(a, { ...a, headers: ["A", "C"] })).toBe(false);
    expect(sameHeader(a, { ...a, headerRow: 1 })).toBe(false);
  });
});
