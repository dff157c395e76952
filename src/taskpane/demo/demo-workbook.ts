import type { Lang } from "../../core/language";
import type { CellValue } from "../../core/sheets/sheet-spec";
import type { KamWorkbook, SourceChoice, SourceData, WrittenSheet } from "../../excel/kam-workbook";

/**
 * A workbook for previewing the pane outside Excel: the article's county distributor and the shops of
 * the townships it supplies. One sales figure is text and one shop is listed twice, so the preview
 * also shows how problems are reported. Nothing is written anywhere.
 */
const HEADERS: Record<Lang, CellValue[]> = {
  en: [
    "Customer",
    "Township",
    "Sales",
    "Last year",
    "Credit limit",
    "Balance",
    "Days overdue",
    "Philosophy",
  ],
  "zh-CN": [
    "客户名称",
    "乡镇",
    "销售额",
    "去年销售额",
    "信用额度",
    "应收账款",
    "逾期天数",
    "经营理念",
  ],
};

// [English name, Chinese name, English township, Chinese township, sales, last year, limit, balance, days, score]
type Shop = [string, string, string, string, CellValue, number, number, number, number, number];

const SHOPS: readonly Shop[] = [
  [
    "Chengguan Farm Store",
    "城关农资店",
    "Chengguan",
    "城关镇",
    412000,
    380000,
    120000,
    96000,
    12,
    5,
  ],
  ["Jinji Agri Supply", "金鸡农资", "Jinji", "金鸡乡", 356000, 301000, 100000, 104000, 40, 4],
  ["Xinshi Seeds", "新市种子站", "Xinshi", "新市镇", 298000, 310000, 80000, 52000, 0, 4],
  ["Baishui Plant Care", "白水植保", "Baishui", "白水镇", 241000, 198000, 60000, 30000, 8, 3],
  ["Hetang Growers", "荷塘农资", "Hetang", "荷塘乡", 187000, 205000, 50000, 61000, 95, 2],
  [
    "Shuangfeng Fertiliser",
    "双峰化肥店",
    "Shuangfeng",
    "双峰镇",
    153000,
    120000,
    40000,
    12000,
    0,
    4,
  ],
  ["Jinji Agri Supply", "金鸡农资", "Jinji", "金鸡乡", 64000, 0, 100000, 104000, 40, 4],
  ["Longtan Farm Shop", "龙潭农资", "Longtan", "龙潭镇", 98000, 101000, 30000, 9000, 0, 3],
  ["Qingshan Seeds", "青山种子", "Qingshan", "青山乡", 76000, 88000, 20000, 15000, 15, 3],
  ["Shiqiao Supply", "石桥供销社", "Shiqiao", "石桥镇", "n/a", 54000, 20000, 4000, 0, 3],
  ["Dapu Garden", "大浦园艺", "Dapu", "大浦镇", 52000, 47000, 15000, 3000, 0, 4],
  ["Yangliu Agri", "杨柳农资", "Yangliu", "杨柳乡", 38000, 36000, 10000, 2000, 0, 3],
  ["Maotian Store", "茅田商店", "Maotian", "茅田乡", 21000, 25000, 8000, 1000, 0, 2],
  ["Zhuxi Seeds", "竹溪种子", "Zhuxi", "竹溪乡", 9000, 14000, 5000, 0, 0, 3],
];

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function customers(lang: Lang): SourceData {
  const zh = lang === "zh-CN";
  const rows = SHOPS.map((s) => [zh ? s[1] : s[0], zh ? s[3] : s[2], ...s.slice(4)] as CellValue[]);
  const values = [HEADERS[lang], ...rows];
  const address = `${zh ? "客户" : "Customers"}!A1:H${values.length}`;
  const label = zh ? "客户清单" : "Customers";
  return {
    id: "Customers",
    label,
    kind: "table",
    sheetName: address.split("!")[0],
    address,
    firstRow: 1,
    firstColumn: 1,
    values,
  };
}

function notes(lang: Lang): SourceData {
  const zh = lang === "zh-CN";
  const address = zh ? "备注!A1:B3" : "Notes!A1:B3";
  const values: CellValue[][] = [
    [zh ? "季度" : "Quarter", 2],
    [zh ? "负责人" : "Owner", zh ? "刘经理" : "Mr Liu"],
    [null, null],
  ];
  return {
    id: address,
    label: address,
    kind: "range",
    sheetName: address.split("!")[0],
    address,
    firstRow: 1,
    firstColumn: 1,
    values,
  };
}

export function demoWorkbook(lang: Lang): KamWorkbook {
  const sources = [customers(lang), notes(lang)];
  const find = (id: string) => sources.find((s) => s.id === id) ?? sources[0];
  return {
    detectSource: async () => (await delay(200), sources[0]),
    listSources: async () =>
      sources.map(({ id, label, kind }): SourceChoice => ({ id, label, kind })),
    readSource: async (id) => (await delay(100), find(id)),
    readCriteria: async () => undefined,
    writeSheets: async (specs, onProgress) => {
      // As the Office.js writer reports it: each sheet an equal part of the whole.
      const written: WrittenSheet[] = [];
      for (const [i, spec] of specs.entries()) {
        const steps = spec.charts?.length
          ? ["clearing", "values", "formats", "chart"]
          : ["clearing", "values", "formats"];
        for (const [k, step] of steps.entries()) {
          onProgress?.({ step, fraction: (i + k / steps.length) / specs.length });
          await delay(300);
        }
        written.push({ kind: spec.kind, marker: spec.marker, name: spec.name });
      }
      return written;
    },
    goTo: async () => undefined,
    readTemplates: async () => undefined,
    // The preview writes nothing, so it has no plans to find or update.
    listPlans: async () => [],
    hasSheet: async () => false,
    updatePlans: async () => [],
  };
}
