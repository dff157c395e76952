/** @jest-environment jsdom */
import "./setup";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { profileFigures } from "../../src/core/plans/plan-profile";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { OfficeWorkbookError } from "../../src/excel/office-errors";
import type { WrittenSheet } from "../../src/excel/kam-workbook";
import { type FakeWorkbook, deferred, fakeWorkbook, renderPane } from "./fakes";

type Lang = "en" | "zh-CN";
const T = {
  en: {
    analyse: "Analyse",
    next: "Next: plan the key accounts",
    heading: "5. Plans",
    generate: "Generate plans",
  },
  "zh-CN": {
    analyse: "分析",
    next: "下一步：制定重点客户计划",
    heading: "5. 客户计划",
    generate: "生成计划",
  },
};

/** Analyses the fake customers (Shop A and Shop B are the key accounts) and opens the Plans step. */
async function openPlans(lang: Lang = "en", workbook: FakeWorkbook = fakeWorkbook().workbook) {
  const user = userEvent.setup();
  const view = renderPane({ lang, workbook });
  const analyse = await screen.findByRole("button", { name: T[lang].analyse });
  await waitFor(() => expect(analyse).not.toHaveAttribute("aria-disabled"));
  await user.click(analyse);
  await user.click(await screen.findByRole("button", { name: T[lang].next }));
  const step = await screen.findByRole("region", { name: T[lang].heading });
  await waitFor(() => expect(within(step).getAllByRole("checkbox").length).toBeGreaterThan(0));
  return { ...view, user, step };
}

const box = (step: HTMLElement, account: string) =>
  within(step).getByRole("checkbox", { name: account });
const written = (workbook: FakeWorkbook) =>
  workbook.writeSheets.mock.calls.map(([specs]) => specs.map((s) => s.name));

describe("the Plans step", () => {
  it("ticks the key accounts; the user changes the choice and generates plans, then goes to one", async () => {
    const { workbook } = fakeWorkbook();
    const { user, step } = await openPlans("en", workbook);
    expect(
      ["Shop A", "Shop B", "Shop C", "Shop E", "Shop F"].map(
        (a) => (box(step, a) as HTMLInputElement).checked
      )
    ).toEqual([true, true, false, false, false]);
    expect(within(step).getByText("★★★★ · 52.2% · key account")).toBeVisible();

    await user.click(box(step, "Shop B"));
    await user.click(box(step, "Shop C"));
    await user.click(within(step).getByRole("button", { name: "Generate plans" }));

    expect(await within(step).findByText("2 new plans; 0 plans updated.")).toBeVisible();
    expect(written(workbook).slice(1)).toEqual([
      // KAM Team before the plans, whose person dropdowns list its roster.
      ["KAM Templates", "KAM Team", "Plan - Shop A", "Plan - Shop C"],
      ["KAM Plans"],
    ]);
    expect(within(step).getByText(/The KAM Templates sheet was added/)).toBeVisible();
    const list = within(step).getByRole("region", { name: "New plans" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["Shop A", "Shop C"]);
    await user.click(within(list).getByRole("button", { name: "Shop C" }));
    expect(workbook.goTo).toHaveBeenCalledWith("Plan - Shop C", "A1");
    await user.click(within(step).getByRole("button", { name: "Open the KAM Plans overview" }));
    expect(workbook.goTo).toHaveBeenLastCalledWith("KAM Plans", "A1");
    // The accounts now have plans, and say so.
    expect(box(step, "Shop C")).toBeDisabled();
  });

  it("shows the accounts that have a plan, and updates them instead of writing them again", async () => {
    const { workbook } = fakeWorkbook();
    const shopA = {
      account: "Shop A",
      sales: 600,
      share: 0.5,
      rank: 1,
      stars: 4,
      keyAccount: true,
    } as never;
    // The workbook has its KAM Team already: only the cells the add-in owns are written.
    workbook.hasSheet.mockResolvedValue(true);
    workbook.listPlans.mockResolvedValue([
      {
        marker: "KAM_Plan_1",
        sheetName: "Plan - Shop A",
        profile: profileFigures(shopA, "2025-01-01", DEFAULT_CRITERIA),
      },
    ]);
    const { user, step } = await openPlans("en", workbook);
    expect(box(step, "Shop A")).toBeChecked();
    expect(box(step, "Shop A")).toBeDisabled();
    expect(within(step).getByText(/has a plan: its figures are updated/)).toBeVisible();

    await user.click(within(step).getByRole("button", { name: "Generate plans" }));

    expect(await within(step).findByText("1 new plan; 1 plan updated.")).toBeVisible();
    expect(written(workbook).slice(1)[0]).toEqual(["KAM Templates", "Plan - Shop B"]);
    expect(workbook.hasSheet).toHaveBeenCalledWith("KAM_Team");
    expect(workbook.updatePlans.mock.calls[0][0].map((u) => u.marker)).toEqual([
      "KAM_Plan_1",
      "KAM_Team",
    ]);
  });

  it("holds the pane while it generates, with the step it is on", async () => {
    const { workbook } = fakeWorkbook();
    const { user, step } = await openPlans("en", workbook);
    const hold = deferred<WrittenSheet[]>();
    workbook.writeSheets.mockImplementationOnce(async (specs: SheetSpec[], onProgress) => {
      onProgress?.({ step: "values", fraction: 0.5 });
      return hold.promise.then(() =>
        specs.map((s) => ({ kind: s.kind, marker: s.marker, name: s.name }))
      );
    });
    await user.click(within(step).getByRole("button", { name: "Generate plans" }));

    const status = await within(step).findByRole("status");
    expect(within(status).getByText("Writing the plan sheets…")).toBeVisible();
    expect(within(step).getByRole("button", { name: "Generating plans…" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    expect(screen.getByRole("button", { name: "Analyse" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    expect(box(step, "Shop C")).toBeDisabled();
    hold.resolve([]);
    expect(await within(step).findByText("2 new plans; 0 plans updated.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Analyse" })).not.toHaveAttribute("aria-disabled");
  });

  it("finds any account by name, and asks for one when none is ticked", async () => {
    const { user, step } = await openPlans();
    await user.type(within(step).getByRole("searchbox"), "shop f");
    expect(
      within(step)
        .getAllByRole("checkbox")
        .map((c) => c.getAttribute("aria-label") ?? c.closest("div")?.textContent)
    ).toHaveLength(1);
    await user.clear(within(step).getByRole("searchbox"));
    await user.click(box(step, "Shop A"));
    await user.click(box(step, "Shop B"));
    const generate = within(step).getByRole("button", { name: "Generate plans" });
    expect(generate).toHaveAttribute("aria-disabled", "true");
    expect(generate).toHaveAccessibleDescription("Tick at least one account.");
  });

  it("says what went wrong, in the user's language", async () => {
    const { workbook } = fakeWorkbook();
    const { user, step } = await openPlans("zh-CN", workbook);
    workbook.writeSheets.mockRejectedValueOnce(new OfficeWorkbookError("cellEditMode"));
    await user.click(within(step).getByRole("button", { name: "生成计划" }));
    expect(
      await within(step).findByText("Excel 正在编辑单元格。请先完成单元格编辑，然后重试。")
    ).toBeVisible();
    expect(within(step).getByRole("button", { name: "生成计划" })).not.toHaveAttribute(
      "aria-disabled"
    );
  });

  it("reports plans it cannot read, and templates it cannot read", async () => {
    const { workbook } = fakeWorkbook();
    workbook.listPlans.mockRejectedValueOnce(
      new OfficeWorkbookError("generic", "GeneralException")
    );
    workbook.readTemplates.mockResolvedValue([["just notes"]]);
    const { user, step } = await openPlans("en", workbook);
    expect(within(step).getByText(/Excel could not complete the request/)).toBeVisible();
    await user.click(within(step).getByRole("button", { name: "Generate plans" }));
    expect(
      await within(step).findByText(/The KAM Templates sheet could not be read/)
    ).toBeVisible();
    expect(written(workbook).slice(1)[0]).toEqual(["KAM Team", "Plan - Shop A", "Plan - Shop B"]);
  });

  it("speaks Simplified Chinese", async () => {
    const { user, step } = await openPlans("zh-CN");
    expect(within(step).getByText(/为勾选的每个客户生成一张计划表/)).toBeVisible();
    expect(within(step).getByText("★★★★ · 52.2% · 重点客户")).toBeVisible();
    await user.click(within(step).getByRole("button", { name: "生成计划" }));
    expect(await within(step).findByText("新建 2 个计划；更新 0 个计划。")).toBeVisible();
    expect(within(step).getByRole("button", { name: "打开“KAM 计划一览”工作表" })).toBeVisible();
    expect(within(step).getByRole("region", { name: "新建的计划" })).toBeVisible();
  });

  it.each(["en", "zh-CN"] as const)("names every control (%s)", async (lang) => {
    const { step } = await openPlans(lang);
    for (const role of ["checkbox", "searchbox", "button"] as const)
      for (const control of within(step).getAllByRole(role))
        expect(control).toHaveAccessibleName(/\S/);
  });
});
