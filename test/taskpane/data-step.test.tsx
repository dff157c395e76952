/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeWorkbookError } from "../../src/excel/office-errors";
import { CUSTOMERS, NOTES, NO_SALES, fakeWorkbook, renderPane } from "./fakes";

async function pickOption(combobox: string, option: string | RegExp) {
  const user = userEvent.setup();
  await user.click(screen.getByRole("combobox", { name: combobox }));
  await user.click(await screen.findByRole("option", { name: option }));
}

const previewCells = (name = "Preview") =>
  within(screen.getByRole("region", { name }))
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));

describe("data step", () => {
  it("shows the source found, its columns, a preview and the problems, in English", async () => {
    const { workbook } = renderPane();
    expect(await screen.findByRole("heading", { name: "1. Your customer list" })).toBeVisible();
    expect(await screen.findByText("Found: Sales!B3:F10 · Column names on row 3")).toBeVisible();
    expect(workbook.detectSource).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("combobox", { name: "Table or range" })).toHaveTextContent("Customers");
    expect(screen.getByRole("combobox", { name: "Account" })).toHaveTextContent("B: Customer");
    expect(screen.getByRole("combobox", { name: "Sales" })).toHaveTextContent("C: Sales");
    expect(screen.getByRole("combobox", { name: "Days overdue" })).toHaveTextContent(
      "— not used —"
    );

    const rows = previewCells();
    expect(rows[0]).toEqual([
      "Row",
      "Account",
      "Sales",
      "Prior-period sales",
      "Region",
      "Credit limit",
    ]);
    expect(rows[1]).toEqual(["4", "Shop A", "500", "400", "North", "100"]);
    expect(rows).toHaveLength(6); // the header and five rows
    expect(screen.getByText("The first 5 of 6 rows, as they will be read")).toBeVisible();

    expect(
      screen.getByText('Text in the sales column on row 7 ("n/a"): these rows are left out.')
    ).toBeVisible();
    expect(
      screen.getByText("Shop A appears on rows 4 and 8: their sales are added together.")
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Analyse" })).not.toHaveAttribute("aria-disabled");
  });

  it("shows the same in Simplified Chinese", async () => {
    renderPane({ lang: "zh-CN" });
    expect(await screen.findByRole("heading", { name: "1. 客户清单" })).toBeVisible();
    expect(await screen.findByText("已找到：Sales!B3:F10 · 列名在第 3 行")).toBeVisible();
    expect(screen.getByRole("combobox", { name: "表格或区域" })).toBeVisible();
    expect(screen.getByRole("combobox", { name: "客户" })).toHaveTextContent("B：Customer");
    expect(screen.getByRole("combobox", { name: "逾期天数" })).toHaveTextContent("— 不使用 —");
    expect(previewCells("预览")[0]).toEqual([
      "行",
      "客户",
      "销售额",
      "上期销售额",
      "区域",
      "信用额度",
    ]);
    expect(screen.getByText('销售额列第 7 行是文本（"n/a"）：这些行不计入。')).toBeVisible();
    expect(screen.getByText("Shop A 出现在第 4、8 行：销售额已合并计算。")).toBeVisible();
    expect(screen.getByRole("button", { name: "分析" })).toBeVisible();
  });

  it("reads the rows again when a mapping changes, and the preview follows", async () => {
    const { flow } = renderPane();
    await screen.findByRole("combobox", { name: "Sales" });
    await pickOption("Sales", "D: Last year");
    await waitFor(() => expect(previewCells()[1]).toEqual(["4", "Shop A", "400", "North", "100"]));
    // "Last year" moved to sales, so prior-period sales is no longer mapped and leaves the preview.
    expect(previewCells()[0]).toEqual(["Row", "Account", "Sales", "Region", "Credit limit"]);
    expect(screen.getByRole("combobox", { name: "Prior-period sales" })).toHaveTextContent(
      "— not used —"
    );
    expect(flow.readCustomers).toHaveBeenLastCalledWith(
      CUSTOMERS,
      expect.objectContaining({ mapping: { account: 0, sales: 2, region: 3, creditLimit: 4 } }),
      "en"
    );

    await pickOption("Credit limit", "— not used —");
    expect(
      await screen.findByText("No credit-limit column: credit is not assessed.")
    ).toBeVisible();
    expect(previewCells()[0]).toEqual(["Row", "Account", "Sales", "Region"]);
  });

  it("shows which column names are recognised, in the user's language", async () => {
    renderPane({ lang: "zh-CN" });
    const disclosure = await screen.findByRole("button", { name: "KAM 能识别的列名" });
    expect(disclosure).toHaveAttribute("aria-expanded", "false");
    await userEvent.setup().click(disclosure);
    expect(screen.getByText("信用额度", { selector: "dt" })).toBeVisible();
    expect(screen.getByText(/客户名称/, { selector: "dd" })).toBeVisible();
  });

  it("lets the columns be chosen by hand when no column name is recognised", async () => {
    renderPane();
    await screen.findByText(/Found: Sales!B3:F10/);
    await pickOption("Table or range", /Notes!A1:B2/);
    expect(await screen.findByText("No account column: choose it under Columns.")).toBeVisible();
    expect(screen.getByText("No sales column: choose it under Columns.")).toBeVisible();
    const analyse = screen.getByRole("button", { name: "Analyse" });
    expect(analyse).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("Fix the problems in red above first.")).toBeVisible();

    await pickOption("Account", "A: Quarter");
    await pickOption("Sales", "B: 2");
    await waitFor(() => expect(analyse).not.toHaveAttribute("aria-disabled"));
    expect(
      screen.getByText('Text in the sales column on row 2 ("Mr Liu"): these rows are left out.')
    ).toBeVisible();
  });

  it("says there is nothing to read in an empty range", async () => {
    const empty = {
      ...NOTES,
      id: "Empty!A1:B2",
      label: "Empty!A1:B2",
      values: [
        [null, ""],
        [null, null],
      ],
    };
    renderPane({ workbook: fakeWorkbook([empty]).workbook, lang: "zh-CN" });
    expect(
      await screen.findByText(/未找到列名行。请在数据上方写上“客户”“销售额”等列名/)
    ).toBeVisible();
    expect(screen.queryByRole("combobox", { name: "客户" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "分析" })).toHaveAttribute("aria-disabled", "true");
  });

  it("disables Analyse when there is no sales column, until one is chosen", async () => {
    renderPane({ workbook: fakeWorkbook([NO_SALES, CUSTOMERS]).workbook });
    expect(await screen.findByText("No sales column: choose it under Columns.")).toBeVisible();
    const analyse = screen.getByRole("button", { name: "Analyse" });
    expect(analyse).toHaveAttribute("aria-disabled", "true");
    expect(analyse).toHaveAccessibleDescription("Fix the problems in red above first.");
    await pickOption("Sales", "B: Visits");
    await waitFor(() => expect(analyse).not.toHaveAttribute("aria-disabled"));
  });

  it("reads the chosen source again on refresh and keeps the user's mapping", async () => {
    const { workbook } = renderPane();
    await screen.findByText(/Found: Sales!B3:F10/);
    await pickOption("Region", "— not used —");
    await userEvent.setup().click(screen.getByRole("button", { name: "Read again" }));
    await waitFor(() => expect(workbook.readSource).toHaveBeenCalledWith("Customers"));
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Region" })).toHaveTextContent("— not used —")
    );
    expect(workbook.listSources).toHaveBeenCalledTimes(2);
  });

  it("says in the user's words when the workbook cannot be read", async () => {
    const { workbook } = fakeWorkbook();
    workbook.detectSource.mockRejectedValueOnce(new OfficeWorkbookError("cellEditMode"));
    renderPane({ lang: "zh-CN", workbook });
    expect(
      await screen.findByText("Excel 正在编辑单元格。请先完成单元格编辑，然后重试。")
    ).toBeVisible();
    // The list of sources is still offered, so another one can be picked.
    await userEvent.setup().click(screen.getByRole("combobox", { name: "表格或区域" }));
    expect(await screen.findByRole("option", { name: /Customers/ })).toBeVisible();
  });
});
