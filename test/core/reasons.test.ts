import { creditWhyFormula } from "../../src/core/formulas/credit-formulas";
import { gradeReason } from "../../src/core/reasons";
import { gradeAccount, GradeInput } from "../../src/core/grade";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { formatAmount, formatPercent, languageOf, Lang } from "../../src/core/language";
import { tierHeaders, unnamedAccount } from "../../src/core/tier-columns";

type Why = [string, number | null, number | null, number | null, number | null, string];

describe("CREDITWHY wording", () => {
  const en: Why[] = [
    ["issue example", 100, 104, null, 45, "utilisation 104% > 100%; 45 days overdue > 30"],
    ["OK is empty", 100, 50, 0, 0, ""],
    ["nothing owed is empty", null, 0, null, 400, ""],
    ["exactly at the watch level says ≥", 100, 80, null, null, "utilisation 80% ≥ 80%"],
    ["no limit", null, 1234.5, null, null, "no credit limit for a balance of 1,234.5"],
    ["no limit of 0", 0, 1000000, null, null, "no credit limit for a balance of 1,000,000"],
    ["overdue ratio fail", 1000, 100, 40, null, "overdue 40% of balance > 30%"],
    [
      "days fail and ratio watch",
      1000,
      100,
      20,
      100,
      "100 days overdue > 90; overdue 20% of balance > 10%",
    ],
    [
      "three watch rules, one decimal",
      100,
      90,
      15,
      31,
      "utilisation 90% > 80%; 31 days overdue > 30; overdue 16.7% of balance > 10%",
    ],
  ];
  const zh: Why[] = [
    ["issue example", 100, 104, null, 45, "额度使用率 104% > 100%；逾期 45 天 > 30 天"],
    ["OK is empty", 100, 50, 0, 0, ""],
    ["exactly at the watch level says ≥", 100, 80, null, null, "额度使用率 80% ≥ 80%"],
    ["no limit", null, 1234.5, null, null, "欠款 1,234.5 但无信用额度"],
    ["overdue ratio fail", 1000, 100, 40, null, "逾期金额占欠款 40% > 30%"],
    [
      "days fail and ratio watch",
      1000,
      100,
      20,
      100,
      "逾期 100 天 > 90 天；逾期金额占欠款 20% > 10%",
    ],
  ];
  const cases: [Lang, ...Why][] = [
    ...en.map((w) => ["en", ...w] as [Lang, ...Why]),
    ...zh.map((w) => ["zh-CN", ...w] as [Lang, ...Why]),
  ];
  test.each(cases)("%s: %s", (lang, _l, limit, balance, overdue, days, expected) => {
    expect(creditWhyFormula(lang, limit, balance, overdue, days)).toEqual([[expected]]);
  });

  test("a utilisation just over 100% never reads as '100% > 100%'", () => {
    // 100.04 of 100 is FAIL; the figure shown must still be over the limit shown (language.ts promises this)
    const text = creditWhyFormula("en", 100, 100.04)[0][0] as string;
    const [shown, limit] = [...text.matchAll(/([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(shown).toBeGreaterThan(limit);
  });

  test.each([
    [30.001, 30],
    [90.004, 90],
  ])("%p days overdue never reads as 'N days overdue > N' (threshold %p)", (days, limit) => {
    // fractional days come from =NOW()-due; the figure shown must still be over the threshold shown
    const text = creditWhyFormula("en", 1000, 100, null, days)[0][0] as string;
    const shown = Number(text.match(/([\d.,]+) days overdue/)![1]);
    expect(shown).toBeGreaterThan(limit);
  });

  test("a column of accounts gives one reason per row", () => {
    const out = creditWhyFormula("en", 100, [[50], [120], [null]] as never);
    expect(out).toEqual([[""], ["utilisation 120% > 100%"], [""]]);
  });
});

describe("grade reasons", () => {
  const reason = (input: GradeInput, lang: Lang, sales?: number) =>
    gradeReason(input, gradeAccount(input, DEFAULT_CRITERIA), lang, sales);
  test.each([
    [
      { abc: "A", credit: "OK", philosophy: 5 },
      10,
      "class A; credit OK; philosophy 5",
      "A类；信用正常；经营理念 5 分",
    ],
    [
      { abc: "A", credit: "WATCH", philosophy: 5 },
      10,
      "class A; credit WATCH lowers the grade; philosophy 5",
      "A类；信用关注，降为 3 星；经营理念 5 分",
    ],
    [
      { abc: "A", credit: "OK", philosophy: 3 },
      10,
      "class A; credit OK; philosophy 3 lowers the grade",
      "A类；信用正常；经营理念 3 分，降为 3 星",
    ],
    [
      { abc: "A", credit: "FAIL", philosophy: 2 },
      10,
      "class A; credit FAIL lowers the grade; philosophy 2 lowers the grade",
      "A类；信用高风险，降为 2 星；经营理念 2 分，降为 2 星",
    ],
    [
      { abc: "A" },
      10,
      "class A; credit not assessed; philosophy not assessed",
      "A类；信用未评估；经营理念未评估",
    ],
    [{ abc: "B", credit: "FAIL", philosophy: 1 }, 10, "class B", "B类"],
    [{ abc: "C", credit: "OK", philosophy: 5 }, 10, "class C", "C类"],
    [{ abc: "C" }, 0, "class C; no positive sales", "C类；无正销售额"],
    [{ abc: "C" }, -5, "class C; no positive sales", "C类；无正销售额"],
  ] as [GradeInput, number, string, string][])("%p with sales %p", (input, sales, en, zh) => {
    expect(reason(input, "en", sales)).toBe(en);
    expect(reason(input, "zh-CN", sales)).toBe(zh);
  });
});

describe("language helpers", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH", "zh-CN"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [null, "en"],
    [undefined, "en"],
    ["", "en"],
  ])("languageOf(%p) = %s", (display, lang) => expect(languageOf(display)).toBe(lang));

  test.each([
    [12345.678, "12,345.68"],
    [0, "0"],
    [1000000, "1,000,000"],
    [-1234.5, "-1,234.5"],
  ])("formatAmount(%p) = %s", (n, text) => expect(formatAmount(n)).toBe(text));

  test.each([
    [1.0449, "104.5%"],
    [0.8, "80%"],
    [0.16666, "16.7%"],
    [1, "100%"],
    [0, "0%"],
  ])("formatPercent(%p) = %s", (n, text) => expect(formatPercent(n)).toBe(text));

  test("tier headers in both languages, in the issue's column order", () => {
    expect(tierHeaders("en")).toEqual([
      "Account",
      "Sales",
      "Rank",
      "Share",
      "Cumulative share",
      "ABC",
      "Stars",
      "Key account",
      "Reason",
    ]);
    expect(tierHeaders("zh-CN")).toEqual([
      "客户",
      "销售额",
      "排名",
      "占比",
      "累计占比",
      "ABC分类",
      "星级",
      "重点客户",
      "评级理由",
    ]);
    expect(unnamedAccount(5, "en")).toBe("(no name, row 5)");
    expect(unnamedAccount(5, "zh-CN")).toBe("（无名称，第 5 行）");
  });
});
