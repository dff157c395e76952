import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { AccountTier, Analysis } from "../../src/core/analysis-types";
import type { Lang } from "../../src/core/language";
import type { PlanSheetInfo } from "../../src/core/plans/plan-registry";
import type { PlanUpdate } from "../../src/core/plans/plan-update";
import type { CellValue, SheetSpec } from "../../src/core/sheets/sheet-spec";
import type { ColumnMapping, ColumnRole } from "../../src/core/table/columns";
import type { CustomerRow, DataProblem } from "../../src/core/table/customer-types";
import type {
  KamWorkbook,
  SourceData,
  WriteProgress,
  WrittenSheet,
} from "../../src/excel/kam-workbook";
import { KamPane } from "../../src/taskpane/components/KamPane";
import { type PaneFlow, coreFlow } from "../../src/taskpane/flow";

export const CUSTOMERS: SourceData = {
  id: "Customers",
  label: "Customers",
  kind: "table",
  sheetName: "Sales",
  address: "Sales!B3:F10",
  firstRow: 3,
  firstColumn: 2,
  values: [
    ["Customer", "Sales", "Last year", "Region", "Credit limit"],
    ["Shop A", 500, 400, "North", 100],
    ["Shop B", 300, 350, "South", 100],
    ["Shop C", 120, 100, "North", 50],
    ["Shop D", "n/a", 80, "East", 50],
    ["Shop A", 100, 0, "North", 100],
    ["Shop E", 80, 90, "South", 20],
    ["Shop F", 50, 60, "East", 20],
  ],
};

export const NOTES: SourceData = {
  id: "Notes!A1:B2",
  label: "Notes!A1:B2",
  kind: "range",
  sheetName: "Notes",
  address: "Notes!A1:B2",
  firstRow: 1,
  firstColumn: 1,
  values: [
    ["Quarter", 2],
    ["Owner", "Mr Liu"],
  ],
};

/** A header with an account column but nothing that reads as sales. */
export const NO_SALES: SourceData = {
  ...NOTES,
  id: "Visits",
  label: "Visits",
  kind: "table",
  address: "Visits!A1:B3",
  values: [
    ["Customer", "Visits"],
    ["Shop A", 3],
    ["Shop B", 1],
  ],
};

/** A KamWorkbook double over the given sources: every method a jest mock; nothing is written. */
export function fakeWorkbook(sources: SourceData[] = [CUSTOMERS, NOTES, NO_SALES]) {
  const workbook = {
    detectSource: jest.fn(async () => sources[0]),
    listSources: jest.fn(async () => sources.map(({ id, label, kind }) => ({ id, label, kind }))),
    readSource: jest.fn(async (id: string) => {
      const found = sources.find((s) => s.id === id);
      if (!found) throw new Error(`no source ${id}`);
      return found;
    }),
    readCriteria: jest.fn(async (): Promise<CellValue[][] | undefined> => undefined),
    writeSheets: jest.fn<Promise<WrittenSheet[]>, [SheetSpec[], ((p: WriteProgress) => void)?]>(
      async (specs) => specs.map((s) => ({ kind: s.kind, marker: s.marker, name: s.name }))
    ),
    goTo: jest.fn<Promise<void>, [sheetName: string, address: string]>(async () => undefined),
    readTemplates: jest.fn(async (): Promise<CellValue[][] | undefined> => undefined),
    listPlans: jest.fn(async (): Promise<PlanSheetInfo[]> => []),
    updatePlans: jest.fn<Promise<string[]>, [PlanUpdate[]]>(async () => []),
  } satisfies KamWorkbook;
  return { workbook };
}

const HEADER_ROLES: Record<string, ColumnRole> = {
  customer: "account",
  sales: "sales",
  "last year": "priorSales",
  region: "region",
  "credit limit": "creditLimit",
};

const NUMBER_ROLES: ColumnRole[] = ["sales", "priorSales", "creditLimit"];

/** A small, honest stand-in for the engine: enough to drive every state of the pane. */
export function fakeFlow(): PaneFlow & { [K in keyof PaneFlow]: jest.Mock } {
  return {
    detectColumns: jest.fn((values: CellValue[][]) => {
      const headers = (values[0] ?? []).map((v) => String(v ?? ""));
      const mapping: ColumnMapping = {};
      headers.forEach((h, i) => {
        const role = HEADER_ROLES[h.toLowerCase()];
        if (role) mapping[role] = i;
      });
      return mapping.account === undefined ? undefined : { headerRow: 0, headers, mapping };
    }),
    readCustomers: jest.fn((source: SourceData, table: { mapping: ColumnMapping }) => {
      const { mapping } = table;
      const rows: CustomerRow[] = [];
      const problems: DataProblem[] = [];
      const text: number[] = [];
      const examples: string[] = [];
      const seen = new Map<string, number[]>();
      source.values.slice(1).forEach((cells, i) => {
        const sheetRow = source.firstRow + 1 + i;
        const sales = cells[mapping.sales as number];
        if (typeof sales !== "number") {
          text.push(sheetRow);
          examples.push(String(sales));
          return;
        }
        const row: CustomerRow = {
          sheetRow,
          account: String(cells[mapping.account as number]),
          sales,
        };
        for (const role of ["priorSales", "region", "creditLimit"] as const) {
          const at = mapping[role];
          if (at === undefined) continue;
          (row as unknown as Record<string, unknown>)[role] = NUMBER_ROLES.includes(role)
            ? Number(cells[at])
            : String(cells[at]);
        }
        seen.set(row.account, [...(seen.get(row.account) ?? []), sheetRow]);
        rows.push(row);
      });
      if (text.length) problems.push({ kind: "textSales", rows: text, examples });
      for (const [account, at] of seen)
        if (at.length > 1) problems.push({ kind: "duplicateAccount", account, rows: at });
      if (mapping.creditLimit === undefined)
        problems.push({ kind: "missingOptional", role: "creditLimit" });
      return { rows, problems };
    }),
    analyse: jest.fn((rows: CustomerRow[], criteria) => fakeAnalysis(rows, criteria)),
    sheets: jest.fn((analysis: Analysis): SheetSpec[] => [
      {
        kind: "criteria",
        name: "KAM Criteria",
        marker: "KAM_Criteria_Sheet",
        blocks: [{ at: "A1", rows: [["a_cutoff", analysis.criteria.aCutoff]] }],
      },
      {
        kind: "tiers",
        name: "KAM Tiers",
        marker: "KAM_Tiers",
        blocks: [{ at: "A1", rows: analysis.accounts.map((a) => [a.account, a.sales]) }],
        charts: [{ kind: "combo", title: "Pareto", categories: "A1:A3", series: [], from: "D1", to: "H10" }],
      },
    ]),
    accountAddress: jest.fn((analysis: Analysis, account: string) => {
      const index = analysis.accounts.findIndex((a) => a.account === account);
      return index < 0 ? undefined : `A${14 + index}`;
    }),
    // Plans are pure, quick core code: the real thing keeps the pane's plan tests honest.
    plannedAccounts: jest.fn(coreFlow.plannedAccounts),
    readTemplates: jest.fn(coreFlow.readTemplates),
    planWork: jest.fn(coreFlow.planWork),
    plansOverview: jest.fn(coreFlow.plansOverview),
  };
}

function fakeAnalysis(rows: CustomerRow[], criteria: Analysis["criteria"]): Analysis {
  const merged = new Map<string, CustomerRow & { sourceRows: number[] }>();
  for (const row of rows) {
    const prev = merged.get(row.account);
    if (prev) {
      prev.sales += row.sales;
      prev.sourceRows.push(row.sheetRow);
    } else merged.set(row.account, { ...row, sourceRows: [row.sheetRow] });
  }
  const sorted = [...merged.values()].sort((a, b) => b.sales - a.sales);
  const total = sorted.reduce((n, a) => n + a.sales, 0);
  let cumulative = 0;
  const accounts = sorted.map((a, i): AccountTier => {
    const before = cumulative;
    cumulative += a.sales / total;
    const abc = before < criteria.aCutoff ? "A" : before < criteria.bCutoff ? "B" : "C";
    const stars = abc === "A" ? 4 : abc === "B" ? 2 : 1;
    return {
      account: a.account,
      sales: a.sales,
      rank: i + 1,
      share: a.sales / total,
      cumulativeShare: cumulative,
      abc,
      stars,
      keyAccount: stars >= criteria.keyMinStars,
      reason: `class ${abc}`,
      sourceRows: a.sourceRows,
      region: a.region,
      creditReason: "",
    };
  });
  const key = accounts.filter((a) => a.keyAccount);
  return {
    criteria,
    accounts,
    hasPrior: true,
    summary: {
      totalSales: total,
      accounts: accounts.length,
      keyAccounts: key.length,
      keyAccountShare: key.reduce((n, a) => n + a.share, 0),
      paretoCount: accounts.filter((a) => a.abc === "A").length,
      paretoCutoff: criteria.aCutoff,
      hhi: accounts.reduce((n, a) => n + (100 * a.share) ** 2, 0),
      concentration: "high",
      effectiveCustomers: 10000 / accounts.reduce((n, a) => n + (100 * a.share) ** 2, 0),
      lostAccounts: ["Shop Z"],
    },
  };
}

export type FakeWorkbook = ReturnType<typeof fakeWorkbook>["workbook"];

export interface PaneOptions {
  lang?: Lang;
  workbook?: FakeWorkbook;
  flow?: PaneFlow;
}

/** Renders the whole pane the way App does, with doubles for the workbook and the engine. */
export function renderPane({ lang = "en", workbook, flow }: PaneOptions = {}) {
  const fake = workbook ? { workbook } : fakeWorkbook();
  const usedFlow = flow ?? fakeFlow();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <KamPane workbook={fake.workbook} flow={usedFlow} lang={lang} />
    </FluentProvider>
  );
  return { ...view, ...fake, flow: usedFlow };
}

/** A promise settled from outside, to hold a call open while the test looks at the pane. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
