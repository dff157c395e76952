/**
 * Writes the finance samples of assets/ (run: npm run make-credit-sample): an aging ledger as a
 * distributor's accounting system prints it (账龄分析表), in Chinese and its English twin with the
 * same figures. The figures are chosen so every result in the README's finance section can be checked
 * by hand (a year's sales, period_days 365, default criteria):
 * - 华丰 is exactly 10% overdue (not more than 10%: OK), 4 stars, 60-day terms: raised to 600,000;
 * - 丰收 has 12.5% over 60 days and 20% overdue: WATCH, 3 stars, lowered to 183,333;
 * - 金穗, 绿野 and 康达 fail (30% and 33% over 90 days, 120% of the limit, 33% overdue): frozen;
 * - 新农 has no terms: 30 days are assumed.
 */
import * as path from "path";
import ExcelJS from "exceljs";

/** name zh, name en, sales, credit limit, terms (undefined: blank), aging buckets. */
type Account = [string, string, number, number, number | undefined, number[]];

export const CREDIT_ACCOUNTS: readonly Account[] = [
  ["华丰农资", "Huafeng Farm Supplies", 3_000_000, 300_000, 60, [180_000, 20_000, 0, 0, 0]],
  ["丰收种业", "Fengshou Seeds", 2_000_000, 400_000, 30, [160_000, 10_000, 5_000, 25_000, 0]],
  [
    "金穗农资",
    "Jinsui Farm Supplies",
    1_500_000,
    100_000,
    30,
    [40_000, 10_000, 10_000, 10_000, 30_000],
  ],
  ["绿野植保", "Lvye Crop Care", 1_000_000, 50_000, 30, [30_000, 10_000, 0, 0, 20_000]],
  ["新农种子", "Xinnong Seeds", 800_000, 100_000, undefined, [50_000, 0, 0, 0, 0]],
  ["田园农资", "Tianyuan Farm Supplies", 700_000, 60_000, 30, [45_000, 0, 0, 0, 0]],
  ["惠民农资", "Huimin Farm Supplies", 600_000, 30_000, 30, [0, 0, 0, 0, 0]],
  ["康达农资", "Kangda Farm Supplies", 400_000, 40_000, 30, [10_000, 0, 5_000, 0, 0]],
];

const WORDING = [
  {
    file: "kam-credit-sample-zh.xlsx",
    sheet: "应收账款账龄",
    title: "刘老板农资经营部 应收账款账龄分析表（2002 年 12 月 31 日）",
    headers: [
      "客户",
      "销售额（元）",
      "信用额度（元）",
      "应收账款（元）",
      "逾期金额（元）",
      "账期（天）",
      "未到期",
      "1-30天",
      "31-60天",
      "61-90天",
      "90天以上",
    ],
    name: (a: Account) => a[0],
  },
  {
    file: "kam-credit-sample-en.xlsx",
    sheet: "AR aging",
    title: "Mr Liu's farm supplies: receivables aging (31 December 2002)",
    headers: [
      "Customer",
      "Sales (yuan)",
      "Credit limit (yuan)",
      "Balance (yuan)",
      "Overdue amount (yuan)",
      "Payment terms (days)",
      "Current",
      "1-30 days",
      "31-60 days",
      "61-90 days",
      "Over 90 days",
    ],
    name: (a: Account) => a[1],
  },
];

const HEADER_ROW = 3;

async function main(): Promise<void> {
  const assets = path.join(__dirname, "..", "assets");
  for (const w of WORDING) {
    const workbook = new ExcelJS.Workbook();
    workbook.created = workbook.modified = new Date(Date.UTC(2002, 11, 31));
    workbook.creator = "KAM for Excel sample";
    const sheet = workbook.addWorksheet(w.sheet, {
      views: [{ state: "frozen", ySplit: HEADER_ROW, activeCell: `B${HEADER_ROW + 1}` }],
    });
    sheet.getCell("A1").value = w.title;
    sheet.getCell("A1").font = { bold: true, size: 14 };
    sheet.getRow(HEADER_ROW).values = w.headers;
    sheet.getRow(HEADER_ROW).font = { bold: true };
    CREDIT_ACCOUNTS.forEach((a, i) => {
      const [, , sales, limit, terms, aging] = a;
      const balance = aging.reduce((s, x) => s + x, 0);
      const overdue = balance - aging[0];
      sheet.getRow(HEADER_ROW + 1 + i).values = [
        w.name(a),
        sales,
        limit,
        balance,
        overdue,
        terms ?? null,
        ...aging,
      ];
    });
    w.headers.forEach((header, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = i === 0 ? 26 : Math.max(12, header.length + 4);
      if (i > 0 && i !== 5) column.numFmt = "#,##0";
    });
    await workbook.xlsx.writeFile(path.join(assets, w.file));
    console.log(`assets/${w.file}`);
  }
}

if (require.main === module) void main();
