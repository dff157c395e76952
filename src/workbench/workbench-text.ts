import { createContext, useContext } from "react";
import type { Lang } from "../core/language";

/** The workbench's own words (the pane has its own), in the language chosen for the pane. */
const TEXT = {
  en: {
    title: "KAM workbench",
    subtitle: "The task pane on an in-memory Excel",
    open: "Open .xlsx…",
    sample: "Sample",
    sampleEnglish: "English sample",
    sampleChinese: "Chinese sample (中文)",
    download: "Download .xlsx",
    downloadHint: "The workbook as shown, written by the command line's .xlsx writer",
    downloadFailed: "The workbook could not be written as .xlsx:",
    language: "Pane language",
    dark: "Dark theme",
    sheets: "Sheets",
    allSheets: "All sheets",
    previousSheets: "Scroll the sheet tabs left",
    nextSheets: "Scroll the sheet tabs right",
    nameBox: "Name box",
    formulaBar: "Formula bar",
    errorMessage: "Why the cell shows an error",
    loading: "Opening the workbook…",
    openFailed: "This file could not be opened:",
    notXlsx: "it is not an .xlsx workbook.",
    encrypted: "it is protected with a password; save a copy without one.",
    oldFormat: "it is an Excel 97–2003 (.xls) file; save it as .xlsx.",
    unreadable: "it is damaged or cannot be read.",
    notFound: "it cannot be found.",
    isDirectory: "it is a folder, not a workbook.",
    noPermission: "you have no permission to read it.",
    refusedTitle: "Excel would refuse this request",
    refusedHint: "The add-in sent a request Excel rejects; in Excel it would fail the same way.",
    dismiss: "Dismiss",
    listRefusedTitle: "Microsoft Excel",
    listRefused:
      "This value doesn't match the data validation restrictions defined for this cell. Allowed:",
    retry: "Retry",
    cancel: "Cancel",
    chart: "Chart",
  },
  "zh-CN": {
    title: "KAM 工作台",
    subtitle: "在内存中的 Excel 上运行任务窗格",
    open: "打开 .xlsx…",
    sample: "示例",
    sampleEnglish: "英文示例 (English)",
    sampleChinese: "中文示例",
    download: "下载 .xlsx",
    downloadHint: "按当前显示的工作簿，由命令行的 .xlsx 写入器生成",
    downloadFailed: "无法将工作簿写成 .xlsx：",
    language: "窗格语言",
    dark: "深色主题",
    sheets: "工作表",
    allSheets: "所有工作表",
    previousSheets: "向左滚动工作表标签",
    nextSheets: "向右滚动工作表标签",
    nameBox: "名称框",
    formulaBar: "编辑栏",
    errorMessage: "单元格显示错误的原因",
    loading: "正在打开工作簿…",
    openFailed: "无法打开此文件：",
    notXlsx: "这不是 .xlsx 工作簿。",
    encrypted: "文件设有密码保护；请另存一份无密码的副本。",
    oldFormat: "这是 Excel 97–2003（.xls）文件；请另存为 .xlsx。",
    unreadable: "文件已损坏或无法读取。",
    notFound: "找不到该文件。",
    isDirectory: "这是文件夹，不是工作簿。",
    noPermission: "没有读取该文件的权限。",
    refusedTitle: "Excel 会拒绝此请求",
    refusedHint: "加载项发送了 Excel 会拒绝的请求；在 Excel 中同样会失败。",
    dismiss: "关闭",
    listRefusedTitle: "Microsoft Excel",
    listRefused: "此值与此单元格定义的数据验证限制不匹配。允许的值：",
    retry: "重试",
    cancel: "取消",
    chart: "图表",
  },
} satisfies Record<Lang, Record<string, string>>;

export type WorkbenchText = (typeof TEXT)["en"];

export function workbenchText(lang: Lang): WorkbenchText {
  return TEXT[lang];
}

export const WorkbenchTextContext = createContext<WorkbenchText>(TEXT.en);

export function useWorkbenchText(): WorkbenchText {
  return useContext(WorkbenchTextContext);
}
