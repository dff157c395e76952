import { columnLetter } from "../core/sheets/a1";
import type { ColumnRole } from "../core/table/columns";
import type { CustomerRow, DetectedTable } from "../core/table/customer-types";
import type { SourceData } from "../excel/kam-workbook";
import type { FunctionExample, PaneStrings } from "./i18n";

/** Where the customer rows are: the sheet columns of each mapped role and the first and last data row. */
interface DataPlace {
  column(role: ColumnRole): string | undefined;
  first: number;
  last: number;
}

/** The default place, before any table is found: names in A and sales in B, rows 2–25. */
const NO_TABLE: DataPlace = {
  column: (role) => (role === "account" ? "A" : role === "sales" ? "B" : undefined),
  first: 2,
  last: 25,
};

function placeOf(
  source: SourceData | undefined,
  detected: DetectedTable | undefined,
  rows: readonly CustomerRow[] | undefined
): DataPlace {
  if (!source || !detected || !rows || rows.length === 0) return NO_TABLE;
  const { mapping } = detected;
  if (mapping.account === undefined || mapping.sales === undefined) return NO_TABLE;
  // The rows the analysis reads: a total row below them and a title above are left out.
  const sheetRows = rows.map((row) => row.sheetRow);
  return {
    column: (role) => {
      const index = mapping[role];
      return index === undefined ? undefined : columnLetter(source.firstColumn - 1 + index);
    },
    first: Math.min(...sheetRows),
    last: Math.max(...sheetRows),
  };
}

/**
 * The pane's "Formulas to try", written for the customer list the pane found: its account and sales
 * columns and its first and last customer rows, so each formula typed beside the list computes.
 */
export function functionExamples(
  strings: PaneStrings["functions"],
  source?: SourceData,
  detected?: DetectedTable,
  rows?: readonly CustomerRow[]
): FunctionExample[] {
  const place = placeOf(source, detected, rows);
  const { first, last } = place;
  const accounts = place.column("account") ?? "A";
  const sales = place.column("sales") ?? "B";
  const range = (column: string) => `${column}${first}:${column}${last}`;
  const examples: FunctionExample[] = [
    { formula: `=KAM.TIERS(${range(accounts)}, ${range(sales)})`, description: strings.tiers },
    { formula: `=KAM.HHI(${range(sales)})`, description: strings.hhi },
    {
      formula: `=KAM.GRADE(${sales}${first}, ${sales}$${first}:${sales}$${last})`,
      description: strings.grade,
    },
  ];
  const credit = (["creditLimit", "balance", "overdue", "daysOverdue"] as const).map(place.column);
  if (credit[0] && credit[1]) {
    // A column the list lacks is an omitted argument, so the ones after it keep their places.
    const cells = credit.map((c) => (c === undefined ? "" : `${c}${first}`));
    while (cells[cells.length - 1] === "") cells.pop();
    examples.push({
      formula: `=KAM.CREDITWHY(${cells.join(", ")})`,
      description: strings.creditWhy,
    });
  }
  return examples;
}
