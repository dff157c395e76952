/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Lang } from "../../src/core/language";
import { CRITERIA_GROUPS } from "../../src/taskpane/criteria-form";
import { renderPane } from "./fakes";

const ROLES = [
  "button",
  "combobox",
  "spinbutton",
  "radio",
  "progressbar",
  "region",
  "option",
] as const;

async function showEverything(lang: Lang) {
  renderPane({ lang });
  const user = userEvent.setup();
  const analyse = await screen.findByRole("button", { name: lang === "en" ? "Analyse" : "分析" });
  await waitFor(() => expect(analyse).not.toHaveAttribute("aria-disabled"));
  await user.click(analyse);
  await screen.findByRole("heading", { name: lang === "en" ? "4. Results" : "4. 结果" });
  // Open every closed criteria group, so its fields are in the document too.
  for (const header of screen.getAllByRole("button", { expanded: false })) {
    if (header.closest(".fui-AccordionHeader")) await user.click(header);
  }
}

describe("accessibility", () => {
  it.each(["en", "zh-CN"] as const)("gives every control a name (%s)", async (lang) => {
    await showEverything(lang);
    // Every criterion of the form, in every group (opened above).
    const fields = CRITERIA_GROUPS.flatMap((g) => g.fields);
    expect(screen.getAllByRole("spinbutton")).toHaveLength(fields.length);
    for (const role of ROLES) {
      const all = screen.queryAllByRole(role);
      const named = screen.queryAllByRole(role, { name: /\S/ });
      expect({
        role,
        unnamed: all.filter((el) => !named.includes(el)).map((el) => el.outerHTML),
      }).toEqual({
        role,
        unnamed: [],
      });
    }
  });

  it("can be worked with the keyboard alone: pick a column, step a value, analyse", async () => {
    const { flow } = renderPane();
    const user = userEvent.setup();
    const sales = await screen.findByRole("combobox", { name: "Sales" });
    act(() => sales.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowDown}{Enter}");
    await waitFor(() => expect(sales).toHaveTextContent("D: Last year"));
    expect(flow.readCustomers).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ mapping: expect.objectContaining({ sales: 2 }) }),
      "en"
    );

    const a = screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" });
    act(() => a.focus());
    await user.keyboard("{ArrowUp}");
    expect(a).toHaveValue("75");

    // (Tab order itself is left to the browser check: Fluent's focus manager needs a real layout.)
    const analyse = screen.getByRole("button", { name: "Analyse" });
    act(() => analyse.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "4. Results" });
    expect(flow.analyse).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ aCutoff: 0.75 }),
      "en"
    );
  });

  it("keeps a blocked Analyse focusable, so its reason is heard", async () => {
    renderPane();
    await screen.findByText(/Found:/);
    const user = userEvent.setup();
    const a = screen.getByRole("spinbutton", { name: "A cut-off (% of sales)" });
    await user.clear(a);
    await user.type(a, "95{Enter}");
    const analyse = screen.getByRole("button", { name: "Analyse" });
    await waitFor(() => expect(analyse).toHaveAttribute("aria-disabled", "true"));
    expect(analyse).not.toHaveAttribute("disabled");
    act(() => analyse.focus());
    expect(analyse).toHaveFocus();
    expect(analyse).toHaveAccessibleDescription("Correct the criteria first.");
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });
});
