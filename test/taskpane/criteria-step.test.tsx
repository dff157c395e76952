/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeWorkbook, renderPane } from "./fakes";

async function typeInto(name: string, text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole("spinbutton", { name });
  await user.clear(input);
  await user.type(input, text);
  await user.tab();
}

describe("criteria step", () => {
  it("starts from the defaults, with a one-line explanation each, in English", async () => {
    renderPane();
    expect(await screen.findByRole("heading", { name: "2. Criteria" })).toBeVisible();
    expect(screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" })).toHaveValue("70");
    expect(screen.getByRole("spinbutton", { name: "B cut-off (% of sales)" })).toHaveValue("90");
    expect(
      screen.getByText("Class A: the largest accounts that together make up this share of sales.")
    ).toBeVisible();
    expect(screen.getByRole("radio", { name: "Cover the cut-off" })).toBeChecked();
    expect(screen.getByText(/The account that crosses the cut-off is in A/)).toBeVisible();

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Credit" }));
    expect(screen.getByRole("spinbutton", { name: "FAIL above credit use (%)" })).toHaveValue(
      "100"
    );
    expect(screen.getByRole("spinbutton", { name: "WATCH after days overdue" })).toHaveValue("30");
    await user.click(screen.getByRole("button", { name: "Business practice and key accounts" }));
    expect(screen.getByRole("spinbutton", { name: "Key accounts from (stars)" })).toHaveValue("3");
  });

  it("shows the same in Simplified Chinese", async () => {
    renderPane({ lang: "zh-CN" });
    expect(await screen.findByRole("heading", { name: "2. 标准" })).toBeVisible();
    expect(screen.getByRole("spinbutton", { name: "A 类界线（销售额 %）" })).toHaveValue("70");
    expect(screen.getByText("A 类：合计占到这一销售份额的最大客户。")).toBeVisible();
    expect(screen.getByRole("radio", { name: "不含跨线客户" })).not.toBeChecked();
    await userEvent.setup().click(screen.getByRole("button", { name: "信用" }));
    expect(screen.getByRole("spinbutton", { name: "逾期超过（天）即高风险" })).toHaveValue("90");
    expect(screen.getByRole("button", { name: "恢复默认值" })).toBeVisible();
  });

  it("says what is wrong with a value and holds Analyse until it is corrected", async () => {
    renderPane();
    await screen.findByText(/Found:/);
    await typeInto("A cut-off (% of sales)", "95");
    expect(await screen.findByText("The A cut-off must be below the B cut-off.")).toBeVisible();
    const analyse = screen.getByRole("button", { name: "Analyse" });
    expect(analyse).toHaveAttribute("aria-disabled", "true");
    expect(analyse).toHaveAccessibleDescription("Correct the criteria first.");

    await typeInto("A cut-off (% of sales)", "abc");
    expect(await screen.findByText("Enter a number.")).toBeVisible();
    await typeInto("A cut-off (% of sales)", "80");
    await waitFor(() => expect(analyse).not.toHaveAttribute("aria-disabled"));
    expect(screen.queryByText("Enter a number.")).not.toBeInTheDocument();
  });

  it("opens a closed group that holds a value to correct", async () => {
    renderPane({ lang: "zh-CN" });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "经营理念与重点客户" }));
    await typeInto("重点客户最低星级", "2.5");
    expect(await screen.findByText("请输入 1 到 4 之间的整数星级。")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "经营理念与重点客户" }));
    expect(screen.getByText("请输入 1 到 4 之间的整数星级。")).toBeVisible();
  });

  it("loads the criteria saved in the workbook, and resets to the defaults", async () => {
    const { workbook } = fakeWorkbook();
    workbook.readCriteria.mockResolvedValue([
      ["criterion", "value"],
      ["a_cutoff", 0.8],
      ["b_cutoff", 0.95],
      ["abc_rule", "within"],
    ]);
    renderPane({ workbook });
    const a = screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" });
    await waitFor(() => expect(a).toHaveValue("80"));
    expect(screen.getByRole("spinbutton", { name: "B cut-off (% of sales)" })).toHaveValue("95");
    expect(screen.getByRole("radio", { name: "Stay within the cut-off" })).toBeChecked();
    expect(screen.getByText("Loaded from the KAM Criteria sheet in this workbook.")).toBeVisible();

    await userEvent.setup().click(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(a).toHaveValue("70");
    expect(screen.getByRole("radio", { name: "Cover the cut-off" })).toBeChecked();
  });

  it("falls back to the defaults, and says so, when the saved criteria cannot be read", async () => {
    const { workbook } = fakeWorkbook();
    workbook.readCriteria.mockResolvedValue([["a_cutoff", "seventy"]]);
    renderPane({ workbook });
    expect(
      await screen.findByText(
        "The criteria saved in this workbook could not be read, so the defaults are shown."
      )
    ).toBeVisible();
    expect(screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" })).toHaveValue("70");
  });

  it("steps a value with the arrow keys", async () => {
    renderPane();
    const a = screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" });
    await userEvent.setup().type(a, "{ArrowUp}");
    expect(a).toHaveValue("75");
  });
});
