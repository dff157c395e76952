/**
 * A book of more than LEDGER_FORMULAS_MAX_ACCOUNTS accounts: the command line (the package writer) and
 * the pane (Office.js, on the Excel double) write the same KAM Credit sheet — the ledger's figures as
 * the engine's values, not formulas over the ledger, and the note saying so under the title.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { creditSheetText } from "../../src/core/sheets/credit-sheet-text";
import { LEDGER_FORMULAS_MAX_ACCOUNTS } from "../../src/core/sheets/ledger-source";
import { sheetNames } from "../../src/core/sheets/sheet-names";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";
import { analyse } from "../excel/plans-support";
import { runKam, scratchDir } from "./run-kam";

const ACCOUNTS = LEDGER_FORMULAS_MAX_ACCOUNTS + 1;
const LEDGER: (string | number)[][] = [
  ["Customer", "Sales", "Credit limit", "Balance", "Overdue amount"],
  ...Array.from({ length: ACCOUNTS }, (_, i) => [
    `Account ${i + 1}`,
    10_000 + ((i * 7919) % 90_000),
    1_000 + ((i * 104_729) % 9_000),
    (i * 31) % 5_000,
    (i * 17) % 700,
  ]),
];

/** A cell as [value, formula or undefined], read from either writer's sheet. */
type Read = [unknown, string | undefined];

test("the command line and the pane write the same values and note on KAM Credit", async () => {
  const lang = "en";
  const dir = await scratchDir();
  const input = path.join(dir, "ledger.xlsx");
  const output = path.join(dir, "ledger-kam.xlsx");
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Ledger").addRows(LEDGER);
  await book.xlsx.writeFile(input);
  const run = await runKam(["analyze", input, "--out", output, "--lang", lang]);
  expect(run.code).toBe(0);
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(output);
  const fromFile = written.getWorksheet(sheetNames(lang).credit)!;
  const file = (r: number, c: number): Read => {
    const v = fromFile.getRow(r + 1).getCell(c + 1).value;
    if (v !== null && typeof v === "object" && "formula" in v) return [v.result, v.formula];
    return [v ?? null, undefined];
  };

  const host = new ExcelHost();
  const uninstall = installExcelDouble(host, "en-US");
  try {
    seedSheet(host, "Ledger", "A1", LEDGER);
    await analyse(host, lang, "Ledger!A2");
    const cells = host.model.requireSheet(sheetNames(lang).credit).cells;
    const pane = (r: number, c: number): Read => [cells.value(r, c) ?? null, cells.formula(r, c)];

    const text = creditSheetText(lang);
    const note = text.ledgerAsValues(LEDGER_FORMULAS_MAX_ACCOUNTS);
    expect([file(2, 0), pane(2, 0)]).toEqual([
      [note, undefined],
      [note, undefined],
    ]);
    let header = 0;
    while (file(header, 0)[0] !== text.headers.account) header++;
    const headers = Array.from({ length: 30 }, (_, c) => file(header, c)[0]);
    const columns = [
      text.headers.creditLimit,
      text.headers.balance,
      text.headers.overdue,
      text.headers.creditSales,
    ].map((h) => headers.indexOf(h));
    expect(columns.every((c) => c > 0)).toBe(true);
    const differ: string[] = [];
    let numbers = 0;
    for (let r = header + 1; r <= header + ACCOUNTS; r++)
      for (const c of [0, ...columns]) {
        const [a, b] = [file(r, c), pane(r, c)];
        if (typeof a[0] === "number") numbers++;
        if (a[1] !== undefined || b[1] !== undefined || a[0] !== b[0])
          differ.push(`R${r + 1}C${c + 1}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
      }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(numbers).toBeGreaterThan(ACCOUNTS * 3);
  } finally {
    uninstall();
  }
}, 120_000);
