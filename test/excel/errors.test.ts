import { LANGS, words } from "../../src/core/language";
import { officeErrorText } from "../../src/excel/office-error-text";
import {
  OfficeErrorKey,
  officeErrorKey,
  toOfficeWorkbookError,
} from "../../src/excel/office-errors";
import { DoubleError, seedSheet } from "../../src/workbench/excel-double";
import { tierSpec, useExcel } from "./fixtures";

const excel = useExcel();

describe("Excel errors become message keys the pane translates", () => {
  it.each<[string, OfficeErrorKey]>([
    ["InvalidOperationInCellEditMode", "cellEditMode"],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge"],
    ["ResponsePayloadSizeLimitExceeded", "payloadTooLarge"],
    ["RangeExceedsLimit", "payloadTooLarge"],
    ["ItemNotFound", "itemNotFound"],
    ["ApiNotFound", "unsupported"],
    ["GeneralException", "generic"],
    ["InvalidArgument", "generic"],
  ])("%s → %s", (code, key) => {
    expect(officeErrorKey({ code, message: "raw" })).toBe(key);
  });

  it("maps anything else to generic and keeps the cause", () => {
    const cause = new TypeError("boom");
    const error = toOfficeWorkbookError(cause);
    expect([error.messageKey, (error as { cause?: unknown }).cause]).toEqual(["generic", cause]);
  });

  it("has a text for every key in every language", () => {
    const keys = Object.keys(words("en").officeErrors) as OfficeErrorKey[];
    for (const lang of LANGS) {
      for (const key of keys) expect(officeErrorText(key, lang)).toMatch(/\S/);
      expect(Object.keys(words(lang).officeErrors).sort()).toEqual([...keys].sort());
    }
    expect(officeErrorText("generic", "zh-CN")).not.toBe(officeErrorText("generic", "en"));
  });
});

describe("cell-edit mode", () => {
  it("is retried once, then succeeds without the user seeing anything", async () => {
    const { host, workbook } = excel();
    seedSheet(host, "Data", "A1", [
      ["Customer", "Sales"],
      ["A", 1],
    ]);
    host.failNextSync("InvalidOperationInCellEditMode");
    const source = await workbook.readSource("Data!A1:B2");
    expect(source.values).toEqual([
      ["Customer", "Sales"],
      ["A", 1],
    ]);
  });

  it("becomes the cellEditMode key, worded in both languages, when the user keeps editing", async () => {
    const { host, workbook } = excel();
    host.model.addSheet("Data");
    host.cellEditMode = true;
    const error = await workbook.writeSheets([tierSpec(3)]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "OfficeWorkbookError",
      messageKey: "cellEditMode",
      code: "InvalidOperationInCellEditMode",
    });
    expect(error).not.toBeInstanceOf(DoubleError);
    expect(officeErrorText("cellEditMode", "en")).toBe(
      "Excel is busy editing a cell. Finish editing the cell, then try again."
    );
    expect(officeErrorText("cellEditMode", "zh-CN")).toBe(
      "Excel 正在编辑单元格。请先完成单元格编辑，然后重试。"
    );
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("fails the write with payloadTooLarge if a request ever got over the limit", async () => {
    const { host, workbook } = excel();
    host.model.addSheet("Data");
    host.limits.requestBytes = 50_000;
    await expect(workbook.writeSheets([tierSpec(5_000)])).rejects.toMatchObject({
      messageKey: "payloadTooLarge",
    });
  });
});
