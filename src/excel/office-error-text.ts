import type { Lang } from "../core/language";
import type { OfficeErrorKey } from "./office-errors";

/** What the pane says for each workbook error, in each language: what happened and what to do. */
export const OFFICE_ERROR_TEXT: Record<Lang, Record<OfficeErrorKey, string>> = {
  en: {
    cellEditMode: "Excel is busy editing a cell. Finish editing the cell, then try again.",
    payloadTooLarge:
      "That is more data than Excel accepts in one go. Select a smaller range, or split the list, then try again.",
    itemNotFound:
      "The sheet, table or range is no longer there (it may have been renamed or deleted). Pick the data again.",
    noData:
      "There is no data here. Click a cell inside your customer list, or select it, then try again.",
    unsupported:
      "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
    nameTaken:
      "The workbook has a name of its own (below) that the add-in marks its sheets with. Nothing was written, as the add-in never writes over your sheets or names: rename or delete that name in Formulas > Name Manager, then try again.",
    generic:
      "Excel could not complete the request. Try again; if it fails again, save and reopen the workbook.",
  },
  "zh-CN": {
    cellEditMode: "Excel 正在编辑单元格。请先完成单元格编辑，然后重试。",
    payloadTooLarge: "数据量超过了 Excel 单次能处理的上限。请选择较小的区域或拆分列表后重试。",
    itemNotFound: "找不到该工作表、表格或区域（可能已被重命名或删除）。请重新选择数据。",
    noData: "此处没有数据。请单击客户列表中的任一单元格或选中该列表，然后重试。",
    unsupported: "当前版本的 Excel 缺少加载项所需的功能。请更新 Office，或使用 Excel 网页版。",
    nameTaken:
      "工作簿中有一个您自己的名称（见下方），本加载项用这个名称标记它的工作表。为了不改写您的工作表和名称，未写入任何内容：请在“公式 > 名称管理器”中将该名称改名或删除，然后重试。",
    generic: "Excel 无法完成此请求。请重试；如果仍然失败，请保存并重新打开工作簿。",
  },
};

export function officeErrorText(key: OfficeErrorKey, lang: Lang): string {
  return OFFICE_ERROR_TEXT[lang][key];
}
