import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { CellValue } from "../../src/core/table/customer-types";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";

const N = 100_000;
const FIRST_ROW = 1;

/**
 * A 100,000-customer sheet: a title and a blank row above the header, a blank row every 10,000 rows,
 * every 1,000th customer listed a second time at the end, and one row in 25,000 with text for sales.
 */
function bigSheet() {
  const values: CellValue[][] = [["Customer list"], [], ["Customer", "Region", "Sales", "Last year", "Credit limit", "Balance", "Philosophy"]];
  let expectedTotal = 0;
  let textRows = 0;
  for (let i = 1; i <= N; i++) {
    if (i % 10_000 === 0) values.push([]);
    if (i % 25_000 === 0) {
      values.push([`Customer ${i}`, "R", "n/a", 5, 100, 10, 3]);
      textRows++;
      continue;
    }
    const sales = (i * 7919) % 100_000;
    expectedTotal += sales;
    values.push([`Customer ${i}`, `Region ${i % 24}`, sales, i % 3 === 0 ? null : sales, 100_000, i % 97, (i % 5) + 1]);
  }
  let duplicates = 0;
  for (let i = 1_000; i <= N; i += 1_000) {
    if (i % 25_000 === 0) continue;
    values.push([`customer ${i} `, "R", 1, null, null, null, null]);
    expectedTotal += 1;
    duplicates++;
  }
  return { values, expectedTotal, textRows, duplicates };
}

test("100,000 rows are read and analysed, with every count right", () => {
  const { values, expectedTotal, textRows, duplicates } = bigSheet();
  const detected = detectColumns(values);
  expect(detected?.headerRow).toBe(2);
  const table = readCustomers(values, detected!, FIRST_ROW);
  const readRows = N - textRows + duplicates;
  expect(table.rows).toHaveLength(readRows);
  const textSales = table.problems.find((p) => p.kind === "textSales");
  expect(textSales).toEqual({ kind: "textSales", rows: expect.any(Array), examples: ["n/a"] });
  expect(textSales && "rows" in textSales && textSales.rows).toHaveLength(textRows);
  expect(table.problems.filter((p) => p.kind === "duplicateAccount")).toHaveLength(duplicates);

  const analysis = analyseCustomers(table.rows, DEFAULT_CRITERIA, "en");
  expect(analysis.accounts).toHaveLength(N - textRows);
  expect(analysis.summary.accounts).toBe(N - textRows);
  expect(analysis.summary.totalSales).toBe(expectedTotal);
  expect(analysis.accounts.reduce((s, a) => s + a.sourceRows.length, 0)).toBe(readRows);
  expect(analysis.hasPrior).toBe(true);
  const sorted = analysis.accounts.every((a, i, all) => i === 0 || all[i - 1].sales >= a.sales);
  expect(sorted).toBe(true);
  const key = analysis.accounts.filter((a) => a.keyAccount);
  expect(analysis.summary.keyAccounts).toBe(key.length);
  expect(key.length).toBeGreaterThan(0);
});
