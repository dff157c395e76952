/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeWorkbookError } from "../../src/excel/office-errors";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { fakeWorkbook, renderPane } from "./fakes";

async function analyse(lang: "en" | "zh-CN" = "en") {
  const fake = fakeWorkbook();
  // A user's sheet was already called "KAM Tiers": the writer gave ours another name.
  fake.workbook.writeSheets.mockImplementation(async (specs: SheetSpec[]) =>
    specs.map((s) => ({
      kind: s.kind,
      marker: s.marker,
      name: s.kind === "tiers" ? "KAM Tiers (2)" : s.name,
    }))
  );
  const view = renderPane({ lang, workbook: fake.workbook });
  const button = await screen.findByRole("button", { name: lang === "en" ? "Analyse" : "分析" });
  await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled"));
  await userEvent.setup().click(button);
  await screen.findByRole("heading", { name: lang === "en" ? "4. Results" : "4. 结果" });
  return view;
}

const card = (label: string) => screen.getByText(label).parentElement as HTMLElement;

describe("results", () => {
  it("shows the summary, the key accounts, lost accounts and what comes next", async () => {
    await analyse();
    expect(screen.getByText("Written to “KAM Criteria”, “KAM Tiers (2)”.")).toBeVisible();
    // Shop A 600, B 300, C 120, E 80, F 50: 1,150 in all.
    expect(within(card("Total sales")).getByText("1,150")).toBeVisible();
    expect(within(card("Accounts")).getByText("5")).toBeVisible();
    expect(within(card("Key accounts")).getByText("2")).toBeVisible();
    expect(within(card("Key accounts")).getByText("78.3% of sales")).toBeVisible();
    expect(within(card("Accounts making up 70%")).getByText("of 5 accounts")).toBeVisible();
    const hhi = card("Concentration (HHI)");
    expect(within(hhi).getByText("3,579")).toBeVisible();
    expect(
      within(hhi).getByText(/High: your sales depend on a few customers\. Like 2\.8 customers/)
    ).toBeVisible();

    const list = screen.getByRole("region", { name: "Key accounts (★★★ and more)" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["Shop A", "Shop B"]);
    expect(within(list).getByText("★★★★ · 52.2% of sales · class A")).toBeVisible();
    expect(
      within(screen.getByRole("region", { name: "Lost since the prior period" })).getByText(
        "Shop Z"
      )
    ).toBeVisible();

    const next = screen.getByRole("button", { name: "Next: plan the key accounts" });
    // Step 2 of the method is here: the button opens the Plans step (see plans.test.tsx).
    expect(next).not.toHaveAttribute("aria-disabled");
  });

  it("goes to the account's row on the tier sheet, by the name the sheet got", async () => {
    const { workbook, flow } = await analyse();
    await userEvent.setup().click(screen.getByRole("button", { name: "Shop B" }));
    expect(flow.accountAddress).toHaveBeenCalledWith(
      expect.objectContaining({ hasPrior: true }),
      "Shop B"
    );
    expect(workbook.goTo).toHaveBeenCalledWith("KAM Tiers (2)", "A15");
  });

  it("says what to do when going to the row fails", async () => {
    const { workbook } = await analyse("zh-CN");
    workbook.goTo.mockRejectedValueOnce(new OfficeWorkbookError("cellEditMode"));
    await userEvent.setup().click(screen.getByRole("button", { name: "Shop A" }));
    expect(
      await screen.findByText("Excel 正在编辑单元格。请先完成单元格编辑，然后重试。")
    ).toBeVisible();
  });

  it("shows the results in Simplified Chinese", async () => {
    await analyse("zh-CN");
    expect(screen.getByText("已写入 “KAM Criteria”, “KAM Tiers (2)”。")).toBeVisible();
    expect(within(card("销售总额")).getByText("1,150")).toBeVisible();
    expect(within(card("重点客户")).getByText("占销售额 78.3%")).toBeVisible();
    expect(screen.getByText("累计达销售额 70% 所需客户数")).toBeVisible();
    expect(screen.getByText(/高：销售依赖少数几个客户。/)).toBeVisible();
    expect(screen.getByRole("region", { name: "重点客户（★★★ 及以上）" })).toBeVisible();
    expect(screen.getByText("★★★★ · 占销售额 52.2% · A 类")).toBeVisible();
    expect(screen.getByRole("region", { name: "与上期相比流失的客户" })).toBeVisible();
    expect(screen.getByRole("button", { name: "下一步：制定重点客户计划" })).not.toHaveAttribute(
      "aria-disabled"
    );
  });
});
