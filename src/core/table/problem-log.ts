import { accountKey } from "../tiers";
import { COLUMN_ROLES, ColumnMapping, ColumnRole, REQUIRED_ROLES } from "./columns";
import { DataProblem } from "./customer-types";

/** The optional columns whose absence is worth saying: without them a criterion is "not assessed". */
export const REPORTED_OPTIONAL_ROLES: readonly ColumnRole[] = [
  "priorSales",
  "region",
  "creditLimit",
  "balance",
  "overdue",
  "daysOverdue",
  "philosophy",
];

/** A few of the texts found in the sales column are enough for the user to see what went wrong. */
const MAX_EXAMPLES = 3;

type RowKind =
  | "textSales"
  | "dateSales"
  | "blankSales"
  | "negativeSales"
  | "blankAccount"
  | "badPhilosophy"
  | "noPhilosophyScore"
  | "hiddenRows"
  | "badAging";

/** The problems found while reading, row by row; each list is built in one pass, so 100,000 rows stay fast. */
export class ProblemLog {
  private readonly rows: Record<RowKind, number[]> = {
    textSales: [],
    dateSales: [],
    blankSales: [],
    negativeSales: [],
    blankAccount: [],
    badPhilosophy: [],
    noPhilosophyScore: [],
    hiddenRows: [],
    badAging: [],
  };
  private readonly examples = new Set<string>();
  private readonly badNumbers = new Map<ColumnRole, number[]>();
  private readonly firstSeen = new Map<string, { account: string; row: number }>();
  private readonly duplicates = new Map<string, { account: string; rows: number[] }>();

  add(kind: RowKind, row: number): void {
    this.rows[kind].push(row);
  }

  textSales(row: number, text: string): void {
    this.rows.textSales.push(row);
    if (this.examples.size < MAX_EXAMPLES) this.examples.add(text);
  }

  badNumber(role: ColumnRole, row: number): void {
    const rows = this.badNumbers.get(role);
    if (rows) rows.push(row);
    else this.badNumbers.set(role, [row]);
  }

  /** Notes an account name; a name seen before (trimmed, any case) is a duplicate listed with all its rows. */
  account(account: string, row: number): void {
    const key = accountKey(account);
    const first = this.firstSeen.get(key);
    if (!first) {
      this.firstSeen.set(key, { account, row });
      return;
    }
    const duplicate = this.duplicates.get(key);
    if (duplicate) duplicate.rows.push(row);
    else this.duplicates.set(key, { account: first.account, rows: [first.row, row] });
  }

  /** Everything found, errors first, then the row problems, then the columns that are not there. */
  problems(mapping: ColumnMapping): DataProblem[] {
    const out: DataProblem[] = REQUIRED_ROLES.filter((role) => mapping[role] === undefined).map(
      (role) => ({ kind: "missingRequired", role })
    );
    const { textSales, dateSales, blankSales, negativeSales, blankAccount, badPhilosophy } =
      this.rows;
    if (textSales.length > 0)
      out.push({ kind: "textSales", rows: textSales, examples: [...this.examples] });
    if (dateSales.length > 0) out.push({ kind: "dateSales", rows: dateSales });
    if (blankSales.length > 0) out.push({ kind: "blankSales", rows: blankSales });
    if (negativeSales.length > 0) out.push({ kind: "negativeSales", rows: negativeSales });
    if (blankAccount.length > 0) out.push({ kind: "blankAccount", rows: blankAccount });
    [...this.duplicates.values()]
      .sort((a, b) => a.rows[0] - b.rows[0])
      .forEach(({ account, rows }) => out.push({ kind: "duplicateAccount", account, rows }));
    for (const role of COLUMN_ROLES) {
      const rows = this.badNumbers.get(role);
      if (rows) out.push({ kind: "badNumber", role, rows });
    }
    if (badPhilosophy.length > 0) out.push({ kind: "badPhilosophy", rows: badPhilosophy });
    const { noPhilosophyScore, hiddenRows } = this.rows;
    if (noPhilosophyScore.length > 0)
      out.push({ kind: "noPhilosophyScore", rows: noPhilosophyScore });
    if (hiddenRows.length > 0) out.push({ kind: "hiddenRows", rows: hiddenRows });
    if (this.rows.badAging.length > 0) out.push({ kind: "badAging", rows: this.rows.badAging });
    for (const role of REPORTED_OPTIONAL_ROLES)
      if (mapping[role] === undefined) out.push({ kind: "missingOptional", role });
    return out;
  }
}
