import { type Lang, words } from "../../core/language";
import type { CellValue } from "../../core/sheets/sheet-spec";
import type { KamWorkbook, SourceChoice, SourceData, WrittenSheet } from "../../excel/kam-workbook";

/** The demo's shops, by a name of their own: the catalogues give each its name and township. */
export type DemoShop =
  | "chengguan"
  | "jinji"
  | "xinshi"
  | "baishui"
  | "hetang"
  | "shuangfeng"
  | "longtan"
  | "qingshan"
  | "shiqiao"
  | "dapu"
  | "yangliu"
  | "maotian"
  | "zhuxi";

/** The demo workbook's words in one language: a section of each language's catalogue. */
export interface DemoWords {
  /** The customer table's column names, in the order of SHOPS' figures. */
  headers: readonly string[];
  /** The customer list's sheet and the name the pane shows for it. */
  customersSheet: string;
  customersLabel: string;
  shops: Record<DemoShop, { name: string; township: string }>;
  /** A second sheet with a small range of notes, so the pane has a choice of sources. */
  notesSheet: string;
  quarter: string;
  owner: string;
  ownerName: string;
}

/**
 * A workbook for previewing the pane outside Excel: the article's county distributor and the shops of
 * the townships it supplies. One sales figure is text and one shop is listed twice, so the preview
 * also shows how problems are reported. Nothing is written anywhere.
 */
// [shop, sales, last year, limit, balance, days, score]
type Shop = [DemoShop, CellValue, number, number, number, number, number];

const SHOPS: readonly Shop[] = [
  ["chengguan", 412000, 380000, 120000, 96000, 12, 5],
  ["jinji", 356000, 301000, 100000, 104000, 40, 4],
  ["xinshi", 298000, 310000, 80000, 52000, 0, 4],
  ["baishui", 241000, 198000, 60000, 30000, 8, 3],
  ["hetang", 187000, 205000, 50000, 61000, 95, 2],
  ["shuangfeng", 153000, 120000, 40000, 12000, 0, 4],
  ["jinji", 64000, 0, 100000, 104000, 40, 4],
  ["longtan", 98000, 101000, 30000, 9000, 0, 3],
  ["qingshan", 76000, 88000, 20000, 15000, 15, 3],
  ["shiqiao", "n/a", 54000, 20000, 4000, 0, 3],
  ["dapu", 52000, 47000, 15000, 3000, 0, 4],
  ["yangliu", 38000, 36000, 10000, 2000, 0, 3],
  ["maotian", 21000, 25000, 8000, 1000, 0, 2],
  ["zhuxi", 9000, 14000, 5000, 0, 0, 3],
];

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function customers(lang: Lang): SourceData {
  const text = words(lang).demo;
  const rows = SHOPS.map(([shop, ...figures]): CellValue[] => {
    const { name, township } = text.shops[shop];
    return [name, township, ...figures];
  });
  const values = [[...text.headers], ...rows];
  const address = `${text.customersSheet}!A1:H${values.length}`;
  const label = text.customersLabel;
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
  const text = words(lang).demo;
  const address = `${text.notesSheet}!A1:B3`;
  const values: CellValue[][] = [
    [text.quarter, 2],
    [text.owner, text.ownerName],
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
