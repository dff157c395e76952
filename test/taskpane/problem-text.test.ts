import type { DataProblem } from "../../src/core/table/customer-types";
import { paneText } from "../../src/taskpane/i18n";
import { hasBlockingProblem, problemText, sortProblems } from "../../src/taskpane/problem-text";

const en = paneText("en");
const zh = paneText("zh-CN");

describe("problemText", () => {
  it.each<[DataProblem, string, string]>([
    [
      { kind: "textSales", rows: [7, 12], examples: ["n/a", "-"] },
      'Text in the sales column on rows 7 and 12 ("n/a", "-"): these rows are left out.',
      '销售额列第 7、12 行是文本（"n/a", "-"）：这些行不计入。',
    ],
    [
      { kind: "duplicateAccount", account: "Shop A", rows: [3, 9] },
      "Shop A appears on rows 3 and 9: their sales are added together.",
      "Shop A 出现在第 3、9 行：销售额已合并计算。",
    ],
    [
      { kind: "missingOptional", role: "creditLimit" },
      "No credit-limit column: credit is not assessed.",
      "没有信用额度列：不评估信用。",
    ],
    [
      { kind: "missingRequired", role: "sales" },
      "No sales column: choose it under Columns.",
      "没有“销售额”列：请在“列”中选择。",
    ],
    [
      { kind: "blankSales", rows: [4] },
      "No sales figure on row 4: these rows are left out.",
      "第 4 行没有销售额：这些行不计入。",
    ],
    [
      { kind: "negativeSales", rows: [5, 6, 8] },
      "Negative sales on rows 5, 6 and 8: returns or credit notes lower the total, so please check them.",
      "第 5、6、8 行的销售额为负数：退货或贷项会减少总额，请核对。",
    ],
    [
      { kind: "badNumber", role: "daysOverdue", rows: [11] },
      "Not a number in the days overdue column on row 11: those cells are ignored.",
      "“逾期天数”列第 11 行不是数字：这些单元格不予考虑。",
    ],
    [
      { kind: "badPhilosophy", rows: [2] },
      "The business-philosophy score on row 2 is not from 1 to 5: it is ignored.",
      "第 2 行的经营理念评分不在 1 到 5 之间：不予考虑。",
    ],
    [
      { kind: "blankAccount", rows: [14] },
      "No account name on row 14: please fill it in.",
      "第 14 行没有客户名称：请补上。",
    ],
  ])("words %j in both languages", (problem, english, chinese) => {
    expect(problemText(problem, en)).toBe(english);
    expect(problemText(problem, zh)).toBe(chinese);
  });

  it("shortens a long list of rows and says how many more", () => {
    const rows = Array.from({ length: 20 }, (_, i) => i + 2);
    expect(problemText({ kind: "blankSales", rows }, en)).toBe(
      "No sales figure on rows 2, 3, 4, 5, 6, 7, 8, 9 and 12 more: these rows are left out."
    );
    expect(problemText({ kind: "blankSales", rows }, zh)).toBe(
      "第 2、3、4、5、6、7、8、9 行等 20 行没有销售额：这些行不计入。"
    );
  });

  it("words every kind of problem in every language", () => {
    const kinds: DataProblem[] = [
      { kind: "noHeader" },
      ...(
        [
          "account",
          "sales",
          "priorSales",
          "region",
          "creditLimit",
          "balance",
          "overdue",
          "daysOverdue",
          "philosophy",
          "location",
          "shoppers",
        ] as const
      ).map((role): DataProblem => ({ kind: "missingOptional", role })),
    ];
    for (const strings of [en, zh])
      for (const problem of kinds) expect(problemText(problem, strings)).toMatch(/\S/);
  });
});

describe("sortProblems", () => {
  it("puts errors first, then warnings, then what is not assessed", () => {
    const problems: DataProblem[] = [
      { kind: "missingOptional", role: "region" },
      { kind: "blankSales", rows: [3] },
      { kind: "missingRequired", role: "sales" },
      { kind: "duplicateAccount", account: "A", rows: [2, 4] },
    ];
    expect(sortProblems(problems).map((p) => p.kind)).toEqual([
      "missingRequired",
      "blankSales",
      "duplicateAccount",
      "missingOptional",
    ]);
    expect(hasBlockingProblem(problems)).toBe(true);
    expect(hasBlockingProblem(problems.slice(0, 2))).toBe(false);
  });
});
