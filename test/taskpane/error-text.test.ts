import { divisionError, numberError } from "../../src/core/errors";
import { parseCriteria } from "../../src/core/criteria";
import { OfficeWorkbookError } from "../../src/excel/office-errors";
import { friendlyError } from "../../src/taskpane/error-text";
import { paneText } from "../../src/taskpane/i18n";

const en = paneText("en");
const zh = paneText("zh-CN");

describe("friendlyError", () => {
  it("words a workbook error by its key, in the user's language, with no details", () => {
    const error = new OfficeWorkbookError("cellEditMode", "InvalidOperationInCellEditMode");
    expect(friendlyError(error, en)).toEqual({
      message: "Excel is busy editing a cell. Finish editing the cell, then try again.",
    });
    expect(friendlyError(error, zh).message).toBe(
      "Excel 正在编辑单元格。请先完成单元格编辑，然后重试。"
    );
    expect(friendlyError(new OfficeWorkbookError("noData"), en).message).toMatch(
      /^There is no data here\./
    );
  });

  it("keeps Excel's code and message as details when Excel failed for a reason it does not name", () => {
    const cause = Object.assign(new Error("An internal error has occurred."), {
      code: "GeneralException",
    });
    expect(
      friendlyError(new OfficeWorkbookError("generic", "GeneralException", { cause }), en)
    ).toEqual({
      message: en.errors.office.generic,
      details: "GeneralException: An internal error has occurred.",
    });
  });

  it("names the user's own name that the add-in would mark its sheet with, in both languages", () => {
    const error = new OfficeWorkbookError("nameTaken", undefined, {
      detail: "KAM_Tiers → 'Notes'",
    });
    expect(friendlyError(error, en)).toEqual({
      message: en.errors.office.nameTaken,
      details: "KAM_Tiers → 'Notes'",
    });
    expect(en.errors.office.nameTaken).toContain("Name Manager");
    expect(friendlyError(error, zh)).toEqual({
      message: zh.errors.office.nameTaken,
      details: "KAM_Tiers → 'Notes'",
    });
    expect(zh.errors.office.nameTaken).toContain("名称管理器");
  });

  it("explains the engine's errors about the sales total", () => {
    expect(
      friendlyError(
        divisionError(() => "total is 0"),
        en
      ).message
    ).toBe(en.errors.zeroTotal);
    expect(
      friendlyError(
        numberError(() => "negative"),
        zh
      ).message
    ).toBe(zh.errors.badTotal);
  });

  it("gives the engine's own message in the pane's language", () => {
    let error: unknown;
    try {
      parseCriteria([["a_cutof", 0.5]]);
    } catch (e) {
      error = e;
    }
    expect(friendlyError(error, en)).toEqual({
      message: en.errors.generic,
      details: (error as Error).message,
    });
    const chinese = friendlyError(error, zh);
    expect(chinese.message).toBe(zh.errors.generic);
    expect(chinese.details).toMatch(/\p{Script=Han}/u);
    expect(chinese.details).toContain("a_cutoff");
  });

  it("says something went wrong for anything else, with its message but never its stack", () => {
    const error = new TypeError("x is undefined");
    const friendly = friendlyError(error, en);
    expect(friendly.message).toBe(en.errors.generic);
    expect(friendly.details).toBe("x is undefined");
    expect(friendly.details).not.toContain("at ");
    expect(friendlyError("plain text", zh)).toEqual({
      message: zh.errors.generic,
      details: "plain text",
    });
    expect(friendlyError({ messageKey: "noSuchKey" }, en).message).toBe(en.errors.generic);
  });
});
