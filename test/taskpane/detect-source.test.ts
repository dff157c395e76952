/** When the cursor is on a title or a note, the pane looks for the customer table elsewhere. */
import type { SourceData } from "../../src/excel/kam-workbook";
import { detectCustomerSource } from "../../src/taskpane/customer-data";
import { CUSTOMERS, NOTES, NO_SALES, fakeFlow, fakeWorkbook } from "./fakes";

const TITLE: SourceData = { ...NOTES, id: "Sales!A1:A2", label: "Sales!A1:A2", sheetName: "Sales", values: [["Mr Liu's ledger"], ["2024"]] };

test("the region around the cursor, when its header is recognised", async () => {
  const { workbook } = fakeWorkbook([CUSTOMERS, NOTES]);
  await expect(detectCustomerSource(workbook, fakeFlow())).resolves.toBe(CUSTOMERS);
  expect(workbook.readSource).not.toHaveBeenCalled();
});

test("a title under the cursor: the first source with a header, the cursor's sheet first", async () => {
  const ledger: SourceData = { ...CUSTOMERS, id: "Sales!A4:E11", label: "Sales!A4:E11", kind: "range" };
  const { workbook } = fakeWorkbook([TITLE, NO_SALES, NOTES, ledger]);
  const found = await detectCustomerSource(workbook, fakeFlow());
  expect(found.id).toBe("Sales!A4:E11");
  // The ledger on the cursor's sheet is tried first, so nothing else had to be read.
  expect(workbook.readSource.mock.calls).toEqual([["Sales!A4:E11"]]);
});

test("elsewhere in the workbook: tables before ranges", async () => {
  const { workbook } = fakeWorkbook([TITLE, NOTES, NO_SALES]);
  const found = await detectCustomerSource(workbook, fakeFlow());
  expect(found.id).toBe("Visits");
  expect(workbook.readSource.mock.calls).toEqual([["Visits"]]);
});

test("nothing recognisable anywhere: the region around the cursor, so the user can map by hand", async () => {
  const { workbook } = fakeWorkbook([TITLE, NOTES]);
  await expect(detectCustomerSource(workbook, fakeFlow())).resolves.toBe(TITLE);
});
