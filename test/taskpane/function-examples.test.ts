/** The pane's "Formulas to try" name the columns and rows of the customer list the pane found. */
import type { CustomerRow } from "../../src/core/table/customer-types";
import type { SourceData } from "../../src/excel/kam-workbook";
import { functionExamples } from "../../src/taskpane/function-examples";
import { paneText } from "../../src/taskpane/i18n";

const strings = paneText("en").functions;

/** A ledger like the sample's: a title, the header in row 4, shops in A, sales in C, rows 5–40, a total below. */
const source: SourceData = {
  id: "Customers!A1:I41",
  label: "Customers!A1:I41",
  kind: "range",
  sheetName: "Customers",
  address: "Customers!A1:I41",
  firstRow: 1,
  firstColumn: 1,
  values: [],
};
const rows = Array.from({ length: 36 }, (_, i) => ({ sheetRow: 5 + i }) as CustomerRow);

test("the formulas use the list's own columns and rows", () => {
  const detected = {
    headerRow: 3,
    headers: [],
    mapping: { account: 0, sales: 2, creditLimit: 4, balance: 5, overdue: 6, daysOverdue: 7 },
  };
  expect(functionExamples(strings, source, detected, rows).map((e) => e.formula)).toEqual([
    "=KAM.TIERS(A5:A40, C5:C40)",
    "=KAM.HHI(C5:C40)",
    "=KAM.GRADE(C5, C$5:C$40)",
    "=KAM.CREDITWHY(E5, F5, G5, H5)",
  ]);
});

test("a list starting further right, without an overdue column, keeps the arguments in place", () => {
  const shifted = { ...source, firstColumn: 3, firstRow: 2 };
  const detected = {
    headerRow: 0,
    headers: [],
    mapping: { account: 1, sales: 0, creditLimit: 2, balance: 3, daysOverdue: 4 },
  };
  const few = [{ sheetRow: 3 }, { sheetRow: 9 }] as CustomerRow[];
  expect(functionExamples(strings, shifted, detected, few).map((e) => e.formula)).toEqual([
    "=KAM.TIERS(D3:D9, C3:C9)",
    "=KAM.HHI(C3:C9)",
    "=KAM.GRADE(C3, C$3:C$9)",
    "=KAM.CREDITWHY(E3, F3, , G3)",
  ]);
});

test("before a list is found, the examples show the usual place: names in A, sales in B", () => {
  const examples = functionExamples(paneText("zh-CN").functions);
  expect(examples.map((e) => e.formula)).toEqual([
    "=KAM.TIERS(A2:A25, B2:B25)",
    "=KAM.HHI(B2:B25)",
    "=KAM.GRADE(B2, B$2:B$25)",
  ]);
  expect(examples[0].description).toBe(paneText("zh-CN").functions.tiers);
});
