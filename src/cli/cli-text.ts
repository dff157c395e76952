import type { Lang } from "../core/language";
import type { ReadFailure } from "../xlsx/read-workbook";

/**
 * Every message of the command line, per language. Errors are one line each and name the file, so
 * a scheduled run over thirty workbooks says which one failed and why.
 */
export interface CliText {
  read: Record<ReadFailure, string>;
  emptySheet: (sheet: string) => string;
  emptyWorkbook: string;
  noHeader: (sheets: string) => string;
  missingColumn: (sheet: string, row: number, role: string) => string;
  noRows: (sheet: string) => string;
  zeroTotal: string;
  salesTooLarge: string;
  badSavedCriteria: (detail: string) => string;
  cannotWrite: (detail: string) => string;
  noSheet: (sheet: string, sheets: string) => string;
  sameFile: string;
  outNotXlsx: string;
  badCriteria: (detail: string) => string;
  criteriaNotText: string;
  seeHelp: string;
  templatesUnreadable: string;
  planNamesMissing: (names: string) => string;
  /** A name the add-in marks its sheets with is the user's own (see isAddInMark). */
  markerTaken: (name: string, ref: string) => string;
  /** The user's own name that a sheet of the add-in's would define; `read`: read as the criteria. */
  nameKept: (name: string, ref: string, read: boolean) => string;
  tooManyPlans: (count: string, limit: string) => string;
  unknownPlanAccounts: (names: string) => string;
  notWholeNumber: string;
  warning: string;
  progress: {
    reading: (megabytes: string) => string;
    analysing: (rows: string) => string;
    writing: (sheet: string, done: string, total: string) => string;
    saving: string;
  };
  summary: {
    heading: (source: string) => string;
    keyHeading: string;
    more: (n: string) => string;
    none: string;
    written: (out: string) => string;
  };
  keyColumns: {
    account: string;
    sales: string;
    share: string;
    abc: string;
    stars: string;
    credit: string;
  };
}

const quoted = (sheet: string) => `"${sheet}"`;

const EN: CliText = {
  read: {
    notFound: "no such file",
    isDirectory: "is a folder, not a workbook: name the .xlsx file inside it",
    noPermission:
      "you have no permission to read this file: check its permissions, or copy it somewhere you can read it",
    encrypted:
      "the workbook is password-protected: remove the password in Excel (File > Info > Protect Workbook), save it and try again",
    oldFormat:
      "password-protected, or not an .xlsx workbook (an Excel 97–2003 .xls file?): save it as .xlsx without a password",
    notXlsx: "not an .xlsx workbook",
    unreadable: "cannot be read as a workbook; the file may be damaged",
  },
  emptySheet: (sheet) => `sheet ${quoted(sheet)} is empty`,
  emptyWorkbook: "every sheet is empty",
  noHeader: (sheets) =>
    `no row of column names found in the first 10 rows of ${sheets}: put names such as "Customer" and "Sales" above the data, or name the sheet with --sheet`,
  missingColumn: (sheet, row, role) =>
    `sheet ${quoted(sheet)} has column names on row ${row} but no ${role.toLowerCase()} column`,
  noRows: (sheet) => `sheet ${quoted(sheet)} has column names but no customer rows below them`,
  zeroTotal: "the sales add up to zero or less, so there are no shares to compute",
  salesTooLarge:
    "the sales figures are too large to add up (their total is beyond the largest number a spreadsheet can hold): check the sales column for misplaced digits",
  badSavedCriteria: (detail) =>
    `the criteria on the KAM Criteria sheet cannot be used (${detail}): correct them, or pass --criteria`,
  cannotWrite: (detail) => `cannot write the output (${detail})`,
  noSheet: (sheet, sheets) => `no sheet named ${quoted(sheet)} (the sheets are ${sheets})`,
  sameFile: "--out must name another file: the input is never modified",
  outNotXlsx: "--out must name an .xlsx file",
  badCriteria: (detail) => `--criteria: ${detail}`,
  criteriaNotText:
    'not a criteria file: expected JSON such as {"a_cutoff": 0.8} or a CSV of name,value lines (UTF-8 text)',
  seeHelp: "Run `kam analyze --help` for the options.",
  templatesUnreadable:
    "the KAM Templates sheet has no roles or tasks that can be read: the default templates were used",
  planNamesMissing: (names) =>
    `some plan figures could not be updated, because their hidden names are gone: ${names}`,
  markerTaken: (name, ref) =>
    `the workbook has a name of its own, ${name} (${ref}), which the add-in marks its sheets with; nothing was written, as the add-in never writes over your sheets: rename or delete that name (Excel: Formulas > Name Manager; LibreOffice: Sheet > Named Ranges and Expressions > Manage), then run again`,
  nameKept: (name, ref, read) =>
    read
      ? `your own name ${name} (${ref}) was read as the criteria and left as it is`
      : `your own name ${name} (${ref}) was left as it is`,
  tooManyPlans: (count, limit) =>
    `--plans would create ${count} plan sheets, more than the limit of ${limit}: choose the accounts with --plans-top N (the N largest key accounts) or --plans-for "name1,name2", or raise the limit with --plans-limit`,
  unknownPlanAccounts: (names) => `--plans-for: no account named ${names} in the customer table`,
  notWholeNumber: "must be a whole number of 1 or more",
  warning: "note",
  progress: {
    reading: (mb) => `Reading the workbook (${mb} MB)…`,
    analysing: (rows) => `Analysing ${rows} rows…`,
    writing: (sheet, done, total) => `Writing ${sheet}: ${done} of ${total} rows`,
    saving: "Saving the workbook…",
  },
  summary: {
    heading: (source) => `KAM analysis: ${source}`,
    keyHeading: "Key accounts",
    more: (n) => `… and ${n} more`,
    none: "(none)",
    written: (out) => `Written: ${out}`,
  },
  keyColumns: {
    account: "Account",
    sales: "Sales",
    share: "Share",
    abc: "ABC",
    stars: "Stars",
    credit: "Credit",
  },
};

const ZH: CliText = {
  read: {
    notFound: "文件不存在",
    isDirectory: "这是文件夹，不是工作簿：请指定其中的 .xlsx 文件",
    noPermission: "没有读取此文件的权限：请检查文件权限，或将其复制到可读取的位置",
    encrypted: "工作簿设有密码保护：请在 Excel 中取消密码（文件 > 信息 > 保护工作簿）并保存后再试",
    oldFormat:
      "设有密码保护，或不是 .xlsx 工作簿（Excel 97–2003 的 .xls 文件？）：请另存为不带密码的 .xlsx",
    notXlsx: "不是 .xlsx 工作簿",
    unreadable: "无法作为工作簿读取，文件可能已损坏",
  },
  emptySheet: (sheet) => `工作表“${sheet}”是空的`,
  emptyWorkbook: "所有工作表都是空的",
  noHeader: (sheets) =>
    `在${sheets}的前 10 行中未找到列名行：请在数据上方写上“客户”“销售额”等列名，或用 --sheet 指定工作表`,
  missingColumn: (sheet, row, role) => `工作表“${sheet}”第 ${row} 行有列名，但没有“${role}”列`,
  noRows: (sheet) => `工作表“${sheet}”有列名，但下方没有客户数据`,
  zeroTotal: "销售额合计为零或负数，无法计算占比",
  salesTooLarge:
    "销售额数值过大，无法求和（合计超出电子表格能表示的最大数）：请检查销售额列是否多输了位数",
  badSavedCriteria: (detail) =>
    `“KAM 评级标准”工作表中的评级标准无法使用（${detail}）：请改正，或使用 --criteria`,
  cannotWrite: (detail) => `无法写入输出文件（${detail}）`,
  noSheet: (sheet, sheets) => `没有名为“${sheet}”的工作表（现有工作表：${sheets}）`,
  sameFile: "--out 必须是另一个文件：输入文件从不修改",
  outNotXlsx: "--out 必须是 .xlsx 文件",
  badCriteria: (detail) => `--criteria：${detail}`,
  criteriaNotText:
    '不是评级标准文件：应为 JSON（如 {"a_cutoff": 0.8}）或每行“名称,数值”的 CSV（UTF-8 文本）',
  seeHelp: "运行 `kam analyze --help` 查看可用选项。",
  templatesUnreadable: "“KAM 计划模板”工作表中读不到角色或任务：已使用默认模板",
  planNamesMissing: (names) => `部分计划的数据无法更新，因为其隐藏名称已不存在：${names}`,
  markerTaken: (name, ref) =>
    `工作簿中有您自己的名称 ${name}（${ref}），本加载项用这个名称标记它的工作表；为了不改写您的工作表，未写入任何内容：请将该名称改名或删除（Excel：“公式 > 名称管理器”；LibreOffice：“工作表 > 命名区域和表达式 > 管理”），然后重新运行`,
  nameKept: (name, ref, read) =>
    read
      ? `已按您自己的名称 ${name}（${ref}）读取评级标准，该名称保持不变`
      : `您自己的名称 ${name}（${ref}）保持不变`,
  tooManyPlans: (count, limit) =>
    `--plans 将生成 ${count} 个计划工作表，超过上限 ${limit} 个：请用 --plans-top N（销售额最大的 N 个重点客户）或 --plans-for "客户1,客户2" 选择客户，或用 --plans-limit 提高上限`,
  unknownPlanAccounts: (names) => `--plans-for：客户表中没有名为${names}的客户`,
  notWholeNumber: "必须是 1 或更大的整数",
  warning: "注意",
  progress: {
    reading: (mb) => `正在读取工作簿（${mb} MB）…`,
    analysing: (rows) => `正在分析 ${rows} 行…`,
    writing: (sheet, done, total) => `正在写入 ${sheet}：第 ${done} / ${total} 行`,
    saving: "正在保存工作簿…",
  },
  summary: {
    heading: (source) => `KAM 分析：${source}`,
    keyHeading: "重点客户",
    more: (n) => `……另有 ${n} 个`,
    none: "（无）",
    written: (out) => `已写入：${out}`,
  },
  keyColumns: {
    account: "客户",
    sales: "销售额",
    share: "占比",
    abc: "ABC分类",
    stars: "星级",
    credit: "信用",
  },
};

export const CLI_TEXT: Readonly<Record<Lang, CliText>> = { en: EN, "zh-CN": ZH };

/** A list of sheet names for a message: "Sheet1", "Sheet2". */
export function sheetList(names: readonly string[], lang: Lang): string {
  return names
    .map((n) => (lang === "zh-CN" ? `“${n}”` : `"${n}"`))
    .join(lang === "zh-CN" ? "、" : ", ");
}
