import { CREDIT_STATUSES } from "../../src/core/credit";
import { creditFindingsCell, creditStatusWord } from "../../src/core/credit-words";
import { creditReason } from "../../src/core/reasons";

const overdue = creditReason(
  [{ rule: "daysOverdue", level: "WATCH", actual: 45, threshold: 30, inclusive: false }],
  "zh-CN"
);

describe("credit statuses as people read them", () => {
  test("Chinese: the findings cell names the status in Chinese, with the findings in brackets", () => {
    expect(overdue).toBe("逾期 45 天 > 30 天");
    expect(creditFindingsCell("WATCH", overdue, "zh-CN")).toBe("关注（逾期 45 天 > 30 天）");
    expect(creditFindingsCell("OK", "", "zh-CN")).toBe("正常");
    expect(creditFindingsCell("FAIL", "", "zh-CN")).toBe("高风险");
  });

  test("English: the findings alone, as the status code beside them reads as a word", () => {
    expect(creditFindingsCell("WATCH", "45 days overdue > 30", "en")).toBe("45 days overdue > 30");
    expect(creditFindingsCell(undefined, "", "zh-CN")).toBe("");
  });

  test("every status has a word in each language, and the Chinese words hold no Latin letter", () => {
    for (const status of CREDIT_STATUSES) {
      expect(creditStatusWord(status, "en")).toBe(status);
      expect(creditStatusWord(status, "zh-CN")).toMatch(/^[^A-Za-z]+$/);
    }
    expect(creditStatusWord("FAIL", "zh-CN")).toBe("高风险");
  });
});
