import { COLUMN_ROLES, ColumnMapping, ColumnRole } from "../../../src/core/table/columns";
import { COLUMN_SYNONYMS } from "../../../src/core/table/column-synonyms";
import { CellValue } from "../../../src/core/table/customer-types";
import { HEADER_SEARCH_ROWS, detectColumns } from "../../../src/core/table/header-detection";
import { matchHeader, normaliseHeader, totalLabel } from "../../../src/core/table/header-match";

/** The mapping of a lone header row (with one data row under it, as a sheet would have). */
const mapOf = (headers: CellValue[]): ColumnMapping | undefined =>
  detectColumns([headers, headers.map(() => 1)])?.mapping;

describe("detectColumns: whole tables", () => {
  test("English headers, every role, header in the first row", () => {
    const headers = [
      "Customer",
      "Region",
      "Sales",
      "Prior sales",
      "Credit limit",
      "Balance",
      "Overdue amount",
      "Days overdue",
      "Philosophy score",
      "Location",
      "Shoppers",
    ];
    const values: CellValue[][] = [headers, ["Acme", "North", 100, 90, 50, 20, 0, 0, 4, "Main St", "farmers"]];
    expect(detectColumns(values)).toEqual({
      headerRow: 0,
      headers,
      mapping: {
        account: 0,
        region: 1,
        sales: 2,
        priorSales: 3,
        creditLimit: 4,
        balance: 5,
        overdue: 6,
        daysOverdue: 7,
        philosophy: 8,
        location: 9,
        shoppers: 10,
      },
    });
  });

  test("Chinese headers under a title row, a date row and a blank row, with units in brackets", () => {
    const headers = [
      "序号",
      "客户名称",
      "乡镇",
      "本年销售额（元）",
      "去年销售额（元）",
      "信用额度（万元）",
      "应收账款",
      "逾期金额",
      "逾期天数",
      "经营理念评分（1-5分）",
      "地理位置",
      "消费人群",
    ];
    const values: CellValue[][] = [
      ["2024年客户销售额统计表", null, null, null],
      ["制表日期：2024-12-31"],
      [],
      headers,
      [1, "刘氏农资", "城关镇", 500000, 400000, 60, 30000, 0, 0, 5, "县城", "种植户"],
    ];
    expect(detectColumns(values)).toEqual({
      headerRow: 3,
      headers,
      mapping: {
        account: 1,
        region: 2,
        sales: 3,
        priorSales: 4,
        creditLimit: 5,
        balance: 6,
        overdue: 7,
        daysOverdue: 8,
        philosophy: 9,
        location: 10,
        shoppers: 11,
      },
    });
  });

  test("blank cells in the header (the rest of a merged cell) keep the other columns' positions", () => {
    const values: CellValue[][] = [
      ["Key accounts 2024", null, null, null, null],
      ["Dealer", null, "Revenue", "", "Area"],
      ["Acme", null, 10, null, "N"],
    ];
    const detected = detectColumns(values);
    expect(detected?.headerRow).toBe(1);
    expect(detected?.mapping).toEqual({ account: 0, sales: 2, region: 4 });
    expect(detected?.headers).toEqual(["Dealer", "", "Revenue", "", "Area"]);
  });

  test("headers cover the widest row, as written (not trimmed)", () => {
    const detected = detectColumns([[" Customer ", "Sales"], ["a", 1, "note"]]);
    expect(detected?.headers).toEqual([" Customer ", "Sales", ""]);
  });

  test("the row naming the most roles wins over a row above that names fewer", () => {
    const values: CellValue[][] = [
      ["Customer report", "Sales team"],
      ["Customer", "Sales", "Region", "Balance"],
    ];
    expect(detectColumns(values)?.headerRow).toBe(1);
  });

  test.each<[string, CellValue[][]]>([
    ["no rows", []],
    ["numbers only", [[1, 2], [3, 4]]],
    ["an account-like header but no sales", [["Customer", "Region"], ["a", "b"]]],
    ["a sales-like header but no account", [["Sales", "Region"], [1, "b"]]],
    ["both words in one (title) cell", [["Customer sales 2024"], ["a"]]],
  ])("no header: %s", (_label, values) => {
    expect(detectColumns(values)).toBeUndefined();
  });

  test(`the header must be within the first ${HEADER_SEARCH_ROWS} rows`, () => {
    const filler: CellValue[][] = Array.from({ length: HEADER_SEARCH_ROWS }, () => ["note"]);
    expect(detectColumns([...filler, ["Customer", "Sales"]])).toBeUndefined();
    expect(detectColumns([...filler.slice(1), ["Customer", "Sales"]])?.headerRow).toBe(HEADER_SEARCH_ROWS - 1);
  });
});

describe("detectColumns: ambiguous headers", () => {
  test.each<[string, CellValue[], ColumnMapping]>([
    ["overdue vs days overdue", ["Customer", "Sales", "Overdue", "Days overdue"], { account: 0, sales: 1, overdue: 2, daysOverdue: 3 }],
    ["days overdue first", ["Customer", "Sales", "Days overdue", "Overdue"], { account: 0, sales: 1, overdue: 3, daysOverdue: 2 }],
    ["overdue amount vs overdue: the longer exact synonym wins", ["Customer", "Sales", "Overdue", "Overdue amount"], { account: 0, sales: 1, overdue: 3 }],
    ["逾期 vs 逾期天数", ["客户", "销售额", "逾期天数", "逾期"], { account: 0, sales: 1, overdue: 3, daysOverdue: 2 }],
    ["销售额 vs 上期销售额", ["客户", "上期销售额", "销售额"], { account: 0, sales: 2, priorSales: 1 }],
    ["sales vs sales (prior year)", ["Customer", "Sales (prior year)", "Sales"], { account: 0, sales: 2, priorSales: 1 }],
    ["customer vs customer name", ["Customer", "Customer name", "Sales"], { account: 1, sales: 2 }],
    ["amount is sales only when nothing names sales better", ["Customer", "Overdue amount", "Amount"], { account: 0, sales: 2, overdue: 1 }],
    ["years: the latest is sales, the one before the prior period", ["客户", "2023年销售额", "2024年销售额"], { account: 0, sales: 2, priorSales: 1 }],
    ["years in English, latest first", ["Customer", "Sales 2024", "Sales 2023", "Sales 2022"], { account: 0, sales: 1, priorSales: 2 }],
    ["a named prior column beats a year guess", ["Customer", "Sales 2024", "Last year", "Sales 2023"], { account: 0, sales: 1, priorSales: 2 }],
    ["short words only as whole words: 'year' is not AR", ["Customer", "Sales", "Year"], { account: 0, sales: 1 }],
    ["AR as a whole word is the balance", ["Customer", "Sales", "A/R"], { account: 0, sales: 1, balance: 2 }],
    ["case, underscores and spaces do not matter", ["CUSTOMER_NAME", "  sales   amount ", "credit-limit"], { account: 0, sales: 1, creditLimit: 2 }],
    ["units after a slash or in brackets", ["客户", "销售额/万元", "逾期天数/天", "Credit limit ($)"], { account: 0, sales: 1, daysOverdue: 2, creditLimit: 3 }],
    ["账龄 (aging) alone is not days overdue", ["客户", "销售额", "账龄", "账龄/天"], { account: 0, sales: 1 }],
    ["terms and credit sales", ["客户", "销售额", "赊销额", "账期（天）"], { account: 0, sales: 1, creditSales: 2, terms: 3 }],
    ["terms and credit sales in English", ["Customer", "Sales", "Credit sales", "Payment terms"], { account: 0, sales: 1, creditSales: 2, terms: 3 }],
    ["aging buckets are not the overdue column", ["客户", "销售额", "逾期金额", "逾期1-30天", "逾期31-60天"], { account: 0, sales: 1, overdue: 2 }],
    ["full-width text", ["ＣＵＳＴＯＭＥＲ", "Ｓａｌｅｓ（元）"], { account: 0, sales: 1 }],
    // 销量 is a quantity, not money (issue 14): the sales column is the amount, never the quantity.
    ["销量 is not sales", ["客户", "销量", "销售额"], { account: 0, sales: 2 }],
    ["a column gets one role: 应收金额 is the balance once 销售额 is taken", ["客户", "应收金额", "销售额"], { account: 0, sales: 2, balance: 1 }],
    ["unknown headers are left unmapped", ["No.", "Customer", "Sales", "Remarks"], { account: 1, sales: 2 }],
    ["potential and crop area in Chinese, units in brackets", ["门店", "乡镇", "销售额（元）", "潜力（元）", "种植面积（亩）"], { account: 0, region: 1, sales: 2, potential: 3, area: 4 }],
    ["总采购额 and 市场容量 name the potential", ["客户", "销售额", "总采购额"], { account: 0, sales: 1, potential: 2 }],
    ["市场容量", ["客户", "销售额", "市场容量", "面积"], { account: 0, sales: 1, potential: 2, area: 3 }],
    ["potential in English; a plain Area stays the region", ["Shop", "Area", "Sales", "Total purchases", "Crop area (mu)"], { account: 0, region: 1, sales: 2, potential: 3, area: 4 }],
    ["wallet names the potential; category columns are left unmapped", ["Customer", "Sales", "Wallet", "Insecticide", "杀菌剂"], { account: 0, sales: 1, potential: 2 }],
  ])("%s", (_label, headers, mapping) => {
    expect(mapOf(headers)).toEqual(mapping);
  });
});

describe("the synonyms table", () => {
  test.each(COLUMN_ROLES.flatMap((role) => COLUMN_SYNONYMS[role].map((s) => [role, s] as [ColumnRole, string])))(
    "%s: %s matches its own role exactly",
    (role, synonym) => {
      const [best] = matchHeader(synonym);
      expect(best).toMatchObject({ role, exact: true });
    }
  );

  test("every role has English and Chinese synonyms", () => {
    for (const role of COLUMN_ROLES) {
      expect(COLUMN_SYNONYMS[role].some((s) => /^[a-z ]+$/.test(s))).toBe(true);
      expect(COLUMN_SYNONYMS[role].some((s) => /[\u4e00-\u9fff]/.test(s))).toBe(true);
    }
  });

  test.each([
    ["销售额（万元）", "销售额"],
    ["Sales ($)", "sales"],
    ["Sales (prior year)", "salesprioryear"],
    ["经营理念（1～5分）", "经营理念"],
    ["Sales (2024)", "sales2024"],
    ["  Customer   Name ", "customername"],
  ])("normaliseHeader(%s) → %s", (text, compact) => {
    expect(normaliseHeader(text).compact).toBe(compact);
  });

  test.each([
    ["合计", "grand"],
    ["Grand Total", "grand"],
    [" TOTAL ", "grand"],
    ["小计", "sub"],
    ["Sub-total", "sub"],
    ["Total Petroleum", undefined],
    ["合计门市", undefined],
  ])("totalLabel(%s) → %s", (name, kind) => {
    expect(totalLabel(name)).toBe(kind);
  });
});
