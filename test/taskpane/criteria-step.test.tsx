/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  CRITERIA_SPECS,
  DEFAULT_CRITERIA,
  HEALTH_WEIGHT_KEYS,
  parseCriteria,
} from "../../src/core/criteria";
import { LANGS, words } from "../../src/core/language";
import { officeWorkbook } from "../../src/excel/office-workbook";
import { KamPane } from "../../src/taskpane/components/KamPane";
import { CRITERIA_GROUPS } from "../../src/taskpane/criteria-form";
import { coreFlow } from "../../src/taskpane/flow";
import { paneText } from "../../src/taskpane/i18n";
import { ExcelHost, installExcelDouble, seedSheet } from "../../src/workbench/excel-double";
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

describe("the criteria edited on the sheet before (finance, wallet, health, portfolio)", () => {
  const MORE = ["Aging, DSO and credit limits", "Potential and development accounts"];
  const HEALTH = "Account health score";
  const PORTFOLIO = "Portfolio matrix";

  it("are in groups closed by default, each field with the sheet's label and explanation", async () => {
    renderPane();
    await screen.findByRole("heading", { name: "2. Criteria" });
    for (const name of [...MORE, HEALTH, PORTFOLIO])
      expect(screen.getByRole("button", { name })).toHaveAttribute("aria-expanded", "false");
    expect(
      screen.queryByRole("spinbutton", { name: "Portfolio: high from this score" })
    ).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: HEALTH }));
    // Percent criteria are shown as percentages, the weights' hint says they are relative.
    expect(screen.getByRole("spinbutton", { name: "Health weight: sales growth (%)" })).toHaveValue(
      String(DEFAULT_CRITERIA.healthWeightGrowth * 100)
    );
    expect(
      screen.getByText(/^Account health: weight of sales growth.*A relative weight/)
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: PORTFOLIO }));
    expect(screen.getByRole("spinbutton", { name: "Portfolio: high from this score" })).toHaveValue(
      String(DEFAULT_CRITERIA.portfolioCut)
    );
    expect(screen.getByText(/^Portfolio: weight of size.*A relative weight/)).toBeVisible();
  });

  it("refuses what the engine refuses, with the bound in the message", async () => {
    renderPane();
    await screen.findByText(/Found:/);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: PORTFOLIO }));
    await typeInto("Portfolio: high from this score", "120");
    expect(await screen.findByText("Enter a value from 0 to 100.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Analyse" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    expect(() => parseCriteria([["portfolio_cut", 120]])).toThrow(/0 ≤ portfolio_cut ≤ 100/);

    await user.click(screen.getByRole("button", { name: MORE[0] }));
    await typeInto("Days in the sales period", "0");
    expect(await screen.findByText("Enter a value above 0.")).toBeVisible();
    expect(() => parseCriteria([["period_days", 0]])).toThrow(/period_days > 0/);
  });

  it("refuses health weights that are all 0, like the engine", async () => {
    renderPane({ lang: "zh-CN" });
    await screen.findByRole("heading", { name: "2. 标准" });
    await userEvent.setup().click(screen.getByRole("button", { name: "客户健康度评分" }));
    for (const key of HEALTH_WEIGHT_KEYS)
      await typeInto(`${words("zh-CN").criteriaLabels.labels[key]}（%）`, "0");
    expect(await screen.findByText("至少有一项健康度权重须大于 0。")).toBeVisible();
    const zeros = HEALTH_WEIGHT_KEYS.map((key) => [
      CRITERIA_SPECS.find((s) => s.key === key)!.name,
      0,
    ]);
    expect(() => parseCriteria(zeros)).toThrow(/not all 0/);
  });

  it.each(LANGS)("has a label and a hint for every field in %s", async (lang) => {
    renderPane({ lang });
    const t = paneText(lang).criteria;
    await screen.findByRole("heading", { name: paneText(lang).stepHeadings.criteria });
    const user = userEvent.setup();
    for (const { group, fields } of CRITERIA_GROUPS) {
      const header = screen.getByRole("button", { name: t.groups[group] });
      if (header.getAttribute("aria-expanded") === "false") await user.click(header);
      for (const f of fields) {
        const { label, hint } = t.fields[f.key];
        expect(label).toMatch(/\S/);
        expect(hint).toMatch(/\S/);
        expect(screen.getByRole("spinbutton", { name: label })).toBeVisible();
        expect(screen.getByText(hint)).toBeVisible();
      }
    }
    // key_requires_credit's choice, with the sheet's label.
    expect(screen.getByRole("radiogroup", { name: t.keyCreditLabel })).toBeVisible();
    for (const rule of ["any", "not_fail", "ok"] as const) {
      // Fluent draws its own circle over a transparent input: the label is what is seen.
      expect(screen.getByRole("radio", { name: t.keyCredit[rule].label })).toBeInTheDocument();
      expect(screen.getByText(t.keyCredit[rule].label)).toBeVisible();
    }
    expect(document.body.textContent).not.toMatch(/undefined|NaN/);
  });
});

describe("criteria typed in the pane, through the real engine and the Excel double", () => {
  let host: ExcelHost;
  let uninstall: () => void;
  beforeEach(() => {
    host = new ExcelHost();
    uninstall = installExcelDouble(host);
    seedSheet(host, "Customers", "A1", [
      ["Customer", "Sales", "Last year"],
      ["North Farm Supply", 380000, 300000],
      ["River Seeds", 260000, 280000],
      ["Hill Agro", 90000, 60000],
    ]);
    host.model.activate(host.model.requireSheet("Customers"));
  });
  afterEach(() => uninstall());

  it("a health weight, the portfolio cut, a limit headroom and the key-account credit rule reach the analysis and the KAM Criteria sheet", async () => {
    const analyse = jest.fn(coreFlow.analyse);
    const workbook = officeWorkbook({ cellEditWaitMs: 0 });
    render(
      <FluentProvider theme={webLightTheme}>
        <KamPane workbook={workbook} flow={{ ...coreFlow, analyse }} lang="en" />
      </FluentProvider>
    );
    await screen.findByText(/Found:/);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Account health score" }));
    await typeInto("Health weight: credit (%)", "40");
    await user.click(screen.getByRole("button", { name: "Portfolio matrix" }));
    await typeInto("Portfolio: high from this score", "65");
    await user.click(screen.getByRole("button", { name: "Aging, DSO and credit limits" }));
    await typeInto("Limit headroom, 4 stars (%)", "25");
    await user.click(screen.getByRole("radio", { name: "OK only" }));

    const button = screen.getByRole("button", { name: "Analyse" });
    await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled"));
    await user.click(button);
    await screen.findByRole("heading", { name: "4. Results" }, { timeout: 10000 });

    expect(analyse).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        healthWeightCredit: 0.4,
        portfolioCut: 65,
        limitHeadroom4: 0.25,
        keyRequiresCredit: "ok",
      }),
      "en"
    );
    // What the workbook's KAM Criteria sheet now holds, read back as the functions read it.
    const written = parseCriteria(await workbook.readCriteria());
    expect(written).toEqual({
      ...DEFAULT_CRITERIA,
      healthWeightCredit: 0.4,
      portfolioCut: 65,
      limitHeadroom4: 0.25,
      keyRequiresCredit: "ok",
    });
  }, 30000);
});
