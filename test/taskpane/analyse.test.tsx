/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WrittenSheet } from "../../src/excel/kam-workbook";
import { OfficeWorkbookError } from "../../src/excel/office-errors";
import { deferred, fakeWorkbook, renderPane } from "./fakes";

async function clickAnalyse(name = "Analyse") {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(button).not.toHaveAttribute("aria-disabled"));
  await userEvent.setup().click(button);
}

const cellEditMode = () =>
  new OfficeWorkbookError("cellEditMode", "InvalidOperationInCellEditMode");

describe("analyse", () => {
  it("shows each step while it runs, with the rest of the pane disabled", async () => {
    const fake = fakeWorkbook();
    const writing = deferred<WrittenSheet[]>();
    fake.workbook.writeSheets.mockImplementation(async (_specs, onProgress) => {
      onProgress?.({ step: "values", fraction: 0 });
      return writing.promise;
    });
    const { flow } = renderPane({ workbook: fake.workbook });
    await clickAnalyse();

    const progress = await screen.findByRole("progressbar");
    expect(screen.getByText("Writing the KAM Criteria sheet…")).toBeVisible();
    expect(screen.getByRole("button", { name: "Analysing…" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    expect(screen.getByRole("combobox", { name: "Sales" })).toBeDisabled();
    expect(screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Read again" })).toBeDisabled();

    const [specs, onProgress] = fake.workbook.writeSheets.mock.calls[0];
    expect(specs.map((s) => s.kind)).toEqual(["criteria", "tiers"]);
    expect(flow.analyse).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ account: "Shop A", sales: 500 })]),
      expect.objectContaining({ aCutoff: 0.7, bCutoff: 0.9, abcRule: "cover", keyMinStars: 3 }),
      "en"
    );
    act(() => onProgress?.({ step: "values", fraction: 0.5 }));
    expect(screen.getByText("Writing the KAM Tiers sheet…")).toBeVisible();
    expect(progress).toHaveAttribute("aria-valuenow", String(0.2 + 0.8 * 0.5));
    act(() => onProgress?.({ step: "chart", fraction: 0.9 }));
    expect(screen.getByText("Adding the Pareto chart…")).toBeVisible();

    await act(async () =>
      writing.resolve(specs.map((s) => ({ kind: s.kind, marker: s.marker, name: s.name })))
    );
    expect(await screen.findByRole("heading", { name: "4. Results" })).toBeVisible();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Sales" })).toBeEnabled();
  });

  it("shows the progress steps in Chinese", async () => {
    const fake = fakeWorkbook();
    const writing = deferred<WrittenSheet[]>();
    fake.workbook.writeSheets.mockImplementation(async (_specs, onProgress) => {
      onProgress?.({ step: "chart", fraction: 0.95 });
      return writing.promise;
    });
    renderPane({ lang: "zh-CN", workbook: fake.workbook });
    await clickAnalyse("分析");
    expect(await screen.findByText("正在添加帕累托图…")).toBeVisible();
    expect(screen.getByRole("button", { name: "正在分析…" })).toBeVisible();
    expect(screen.getByText("进度")).toBeVisible();
    await act(async () => writing.resolve([]));
  });

  it("reads the source again before it analyses, with the mapping the user chose", async () => {
    const { workbook } = fakeWorkbook();
    renderPane({ workbook });
    await clickAnalyse();
    await screen.findByRole("heading", { name: "4. Results" });
    expect(workbook.readSource).toHaveBeenCalledWith("Customers");
  });

  it.each([
    ["en", "Analyse", "Excel is busy editing a cell. Finish editing the cell, then try again."],
    ["zh-CN", "分析", "Excel 正在编辑单元格。请先完成单元格编辑，然后重试。"],
  ] as const)(
    "says what to do when Excel is in cell-edit mode (%s)",
    async (lang, button, text) => {
      const { workbook } = fakeWorkbook();
      workbook.writeSheets.mockRejectedValue(cellEditMode());
      renderPane({ lang, workbook });
      await clickAnalyse(button);
      expect(await screen.findByText(text)).toBeVisible();
      expect(screen.queryByText(/InvalidOperation/)).not.toBeInTheDocument();
      expect(screen.queryByRole("button", { name: /Details|详细信息/ })).not.toBeInTheDocument();
      // The pane is usable again: the user can finish editing and run it once more.
      await waitFor(() =>
        expect(screen.getByRole("button", { name: button })).not.toHaveAttribute("aria-disabled")
      );
    }
  );

  it("words an unexpected error plainly, with what failed behind Details and never a stack", async () => {
    const { workbook } = fakeWorkbook();
    const error = Object.assign(new Error("The range is too large."), { code: "GeneralException" });
    error.stack = "Error: GeneralException\n    at Excel.run (office.js:1:1)";
    workbook.writeSheets.mockRejectedValue(error);
    renderPane({ workbook });
    await clickAnalyse();
    expect(await screen.findByText(/Something unexpected went wrong\. Try again/)).toBeVisible();
    const details = screen.getByRole("button", { name: "Details" });
    expect(details).toHaveAttribute("aria-expanded", "false");
    await userEvent.setup().click(details);
    expect(screen.getByText("GeneralException: The range is too large.")).toBeVisible();
    expect(screen.queryByText(/office\.js:1:1/)).not.toBeInTheDocument();
  });

  it("says Excel could not do it, with Excel's code behind Details, for a workbook error it cannot name", async () => {
    const { workbook } = fakeWorkbook();
    const cause = Object.assign(new Error("An internal error has occurred."), {
      code: "GeneralException",
    });
    workbook.writeSheets.mockRejectedValue(
      new OfficeWorkbookError("generic", "GeneralException", { cause })
    );
    renderPane({ lang: "zh-CN", workbook });
    await clickAnalyse("分析");
    expect(
      await screen.findByText(
        "Excel 无法完成此请求。请重试；如果仍然失败，请保存并重新打开工作簿。"
      )
    ).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "详细信息" }));
    expect(screen.getByText("GeneralException: An internal error has occurred.")).toBeVisible();
  });

  it("says so when the table changed since the user mapped it, and shows the new one", async () => {
    const fake = fakeWorkbook();
    renderPane({ workbook: fake.workbook });
    await screen.findByText(/Found:/);
    fake.workbook.readSource.mockResolvedValueOnce({
      ...(await fake.workbook.detectSource()),
      values: [
        ["Customer", "Revenue"],
        ["Shop A", 1],
      ],
    });
    await clickAnalyse();
    expect(
      await screen.findByText(
        "The table changed since it was read: check the columns, then analyse again."
      )
    ).toBeVisible();
    expect(fake.workbook.writeSheets).not.toHaveBeenCalled();
    expect(screen.getByText("No sales column: choose it under Columns.")).toBeVisible();
  });
});
