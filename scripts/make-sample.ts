/**
 * Writes the sample workbooks of assets/ (run: npx ts-node --transpile-only scripts/make-sample.ts).
 * kam-sample-zh.xlsx has Mr Liu's ledger with Chinese headers and names; kam-sample-en.xlsx is its
 * English twin with the same figures. See sample-shops.ts for how the figures tell the story.
 * Columns J–N (potential and the sales per category) come after the original nine, so every
 * reference to A–I (the README's function examples) still holds.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { CATEGORIES, SHOPS, TOWNSHIPS, WALLET, categorySales } from "./sample-shops";

interface Wording {
  file: string;
  sheet: string;
  title: string;
  note: string;
  headers: string[];
  total: string;
  shop: (zh: string, en: string, town: string) => string;
  town: (i: number) => string;
}

const WORDING: Wording[] = [
  {
    file: "kam-sample-zh.xlsx",
    sheet: "客户台账",
    title: "刘老板农资经营部 客户销售台账（2002 年）",
    note: "湖南某县，24 个乡镇的种子、化肥、农药门店；金额单位：元",
    headers: [
      "门店",
      "乡镇",
      "销售额（元）",
      "上期销售额（元）",
      "信用额度（元）",
      "应收账款（元）",
      "逾期金额（元）",
      "逾期天数",
      "经营理念评分（1-5）",
      "潜力（元）",
      ...CATEGORIES.map((c) => `${c.zh}（元）`),
    ],
    total: "合计",
    // Shops are known by township and name ("城关丰收农资店"), unless the name already starts with it.
    shop: (zh, _en, town) => {
      const place = town.replace(/[镇乡]$/, "");
      return zh.startsWith(place) ? zh : `${place}${zh}`;
    },
    town: (i) => TOWNSHIPS[i].zh,
  },
  {
    file: "kam-sample-en.xlsx",
    sheet: "Customers",
    title: "Mr Liu's farm supplies: customer sales ledger (2002)",
    note: "A county in Hunan: seed, fertiliser and pesticide shops in 24 townships; amounts in yuan",
    headers: [
      "Shop",
      "Township",
      "Sales (yuan)",
      "Prior-period sales (yuan)",
      "Credit limit (yuan)",
      "Balance (yuan)",
      "Overdue amount (yuan)",
      "Days overdue",
      "Business philosophy (1-5)",
      "Potential (yuan)",
      ...CATEGORIES.map((c) => `${c.en} (yuan)`),
    ],
    total: "Total",
    shop: (_zh, en) => en,
    town: (i) => TOWNSHIPS[i].en,
  },
];

const HEADER_ROW = 4;
const MONEY = "#,##0";

function ledger(w: Wording): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates, so generating again gives the same content.
  workbook.created = workbook.modified = new Date(Date.UTC(2002, 11, 31));
  workbook.creator = "KAM for Excel sample";
  const sheet = workbook.addWorksheet(w.sheet, {
    // The cursor starts in the ledger, as a clerk would leave it, so the pane finds the table at once.
    views: [{ state: "frozen", ySplit: HEADER_ROW, activeCell: `B${HEADER_ROW + 1}` }],
  });
  sheet.getCell("A1").value = w.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = w.note;
  sheet.getCell("A2").font = { italic: true, color: { argb: "FF808080" } };
  const header = sheet.getRow(HEADER_ROW);
  header.values = w.headers;
  header.font = { bold: true };
  // The ledger is kept by township, as a distributor's clerk keeps it, not by sales.
  const rows = SHOPS.map((shop, i) => ({ shop, wallet: WALLET[i] })).sort(
    (a, b) => a.shop[2] - b.shop[2] || b.shop[3] - a.shop[3]
  );
  const sums = new Map<string, number>();
  rows.forEach(({ shop: [zh, en, town, ...figures], wallet }, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.values = [
      w.shop(zh, en, TOWNSHIPS[town].zh),
      w.town(town),
      ...figures,
      wallet[0],
      ...categorySales(figures[0], wallet),
    ];
    row.eachCell((cell, column) => {
      const letter = sheet.getColumn(column).letter;
      if (typeof cell.value === "number") sums.set(letter, (sums.get(letter) ?? 0) + cell.value);
    });
  });
  const last = HEADER_ROW + rows.length;
  const total = sheet.getRow(last + 1);
  total.getCell(1).value = w.total;
  total.font = { bold: true };
  for (const col of ["C", "D", "E", "F", "G", "J", "K", "L", "M", "N"]) {
    sheet.getCell(`${col}${last + 1}`).value = {
      formula: `SUM(${col}${HEADER_ROW + 1}:${col}${last})`,
      result: sums.get(col) ?? 0,
    };
  }
  [24, 12, 14, 18, 16, 16, 16, 10, 18, 14, 14, 14, 14, 16].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    if ((i >= 2 && i <= 6) || i >= 9) column.numFmt = MONEY;
  });
  return workbook;
}

async function main(): Promise<void> {
  const assets = path.join(__dirname, "..", "assets");
  for (const w of WORDING) {
    await ledger(w).xlsx.writeFile(path.join(assets, w.file));
    console.log(`assets/${w.file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
