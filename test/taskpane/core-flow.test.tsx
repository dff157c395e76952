/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { tierCell, tierLayout } from "../../src/core/sheets/tier-sheet";
import type { SourceData } from "../../src/excel/kam-workbook";
import { demoWorkbook } from "../../src/taskpane/demo/demo-workbook";
import { coreFlow } from "../../src/taskpane/flow";
import { fakeWorkbook, renderPane } from "./fakes";

// The pane with the real engine: header detection, reading, analysis and the sheet specs.

const ZH_SOURCE: SourceData = {
  id: "客户表",
  label: "客户表",
  kind: "table",
  sheetName: "客户",
  address: "客户!A1:D7",
  firstRow: 1,
  firstColumn: 1,
  values: [
    ["客户名称", "乡镇", "销售额", "信用额度"],
    ["城关农资店", "城关镇", 412000, 120000],
    ["金鸡农资", "金鸡乡", 356000, 100000],
    ["新市种子站", "新市镇", "无", 80000],
    ["白水植保", "白水镇", 241000, 60000],
    ["金鸡农资", "金鸡乡", 64000, 100000],
    ["荷塘农资", "荷塘乡", 187000, 50000],
  ],
};

describe("the pane with the real engine", () => {
  it("detects a Chinese table, reports its problems with row numbers, and writes both sheets", async () => {
    const { workbook } = fakeWorkbook([ZH_SOURCE]);
    renderPane({ lang: "zh-CN", workbook, flow: coreFlow });
    expect(await screen.findByRole("combobox", { name: "客户" })).toHaveTextContent("A：客户名称");
    expect(screen.getByRole("combobox", { name: "销售额" })).toHaveTextContent("C：销售额");
    expect(screen.getByRole("combobox", { name: "区域" })).toHaveTextContent("B：乡镇");
    expect(screen.getByText('销售额列第 4 行是文本（"无"）：这些行不计入。')).toBeVisible();
    expect(screen.getByText("金鸡农资 出现在第 3、6 行：销售额已合并计算。")).toBeVisible();
    expect(screen.getByText("没有经营理念评分列：不评估经营理念。")).toBeVisible();

    await userEvent.setup().click(screen.getByRole("button", { name: "分析" }));
    await screen.findByRole("heading", { name: "4. 结果" });
    const [specs] = workbook.writeSheets.mock.calls[0];
    expect(specs.map((s) => [s.kind, s.name])).toEqual([
      ["criteria", "KAM 评级标准"],
      ["tiers", "KAM 客户分级"],
      ["credit", "KAM 信用"], // the table has a credit column (issue 11)
    ]);
    // 金鸡农资 is one account: 356,000 + 64,000.
    expect(
      within(screen.getByText("销售总额").parentElement!).getByText("1,260,000")
    ).toBeVisible();
    expect(within(screen.getByText("客户数").parentElement!).getByText("4")).toBeVisible();
  });

  it("links each key account to its cell on the tier sheet", async () => {
    const { workbook } = fakeWorkbook([ZH_SOURCE]);
    renderPane({ lang: "en", workbook, flow: coreFlow });
    const analyse = await screen.findByRole("button", { name: "Analyse" });
    await waitFor(() => expect(analyse).not.toHaveAttribute("aria-disabled"));
    await userEvent.setup().click(analyse);
    await screen.findByRole("heading", { name: "4. Results" });
    const list = screen.getByRole("region", { name: /^Key accounts/ });
    const links = within(list).getAllByRole("button");
    expect(links.length).toBeGreaterThan(0);
    await userEvent.setup().click(links[0]);
    const [sheet, address] = workbook.goTo.mock.calls[0];
    expect(sheet).toBe("KAM Tiers");
    // The first key account is the largest account: the first data row of the tier table.
    const tiers = workbook.writeSheets.mock.calls[0][0].find((s) => s.kind === "tiers")!;
    const table = tiers.tables![0];
    const firstDataRow = Number(/\d+/.exec(table.ref)![0]) + 1;
    expect(address).toBe(`A${firstDataRow}`);
  });

  it("reads the demo workbook in both languages and finds its key accounts", async () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const workbook = demoWorkbook(lang);
      const source = await workbook.detectSource();
      const detected = coreFlow.detectColumns(source.values)!;
      expect(Object.keys(detected.mapping).sort()).toEqual(
        [
          "account",
          "balance",
          "creditLimit",
          "daysOverdue",
          "philosophy",
          "priorSales",
          "region",
          "sales",
        ].sort()
      );
      const table = coreFlow.readCustomers(source, detected, lang);
      expect(table.problems.map((p) => p.kind)).toEqual(
        expect.arrayContaining(["textSales", "duplicateAccount"])
      );
      const analysis = coreFlow.analyse(table.rows, DEFAULT_CRITERIA, lang);
      expect(analysis.summary.keyAccounts).toBeGreaterThan(0);
      const first = analysis.accounts[0];
      expect(coreFlow.accountAddress(analysis, first.account)).toBe(
        tierCell(tierLayout(analysis), "account", 0)
      );
      // criteria, tiers and, since the demo ledger has credit columns, the finance view
      expect(coreFlow.sheets(analysis, lang).map((s) => s.kind)).toEqual([
        "criteria",
        "tiers",
        "credit",
      ]);
    }
  });
});
