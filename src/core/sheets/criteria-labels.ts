import type { Criteria } from "../criteria";
import type { Lang } from "../language";

/*
 * Each criterion's name in words, for the label column of the criteria sheet (issue 14). The
 * criterion names (a_cutoff, …) stay the keys every reader and KAM function looks up; the label
 * is for people, in the user's language.
 */

export interface CriteriaLabels {
  header: string;
  labels: Record<keyof Criteria, string>;
}

export const CRITERIA_LABELS: Record<Lang, CriteriaLabels> = {
  en: {
    header: "In words",
    labels: {
      aCutoff: "Class A cut-off",
      bCutoff: "Class B cut-off",
      abcRule: "Class A boundary rule",
      creditFailUtilisation: "High risk: limit used above",
      creditWatchUtilisation: "Watch: limit used from",
      creditFailDays: "High risk: days overdue above",
      creditWatchDays: "Watch: days overdue above",
      creditFailOverdueRatio: "High risk: overdue share above",
      creditWatchOverdueRatio: "Watch: overdue share above",
      philosophyGood: "Good business philosophy from",
      philosophyFair: "Fair business philosophy from",
      keyMinStars: "Fewest stars of a key account",
      agingWatchShare: "Watch: share over 60 days above",
      agingFailShare: "High risk: share over 90 days above",
      periodDays: "Days in the sales period",
      defaultTermsDays: "Default payment terms (days)",
      limitHeadroom4: "Limit headroom, 4 stars",
      limitHeadroom3: "Limit headroom, 3 stars",
      keyRequiresCredit: "Credit a key account needs",
      targetGrowth: "Sales growth target",
    },
  },
  "zh-CN": {
    header: "中文名称",
    labels: {
      aCutoff: "A 类界线（累计销售额占比）",
      bCutoff: "B 类界线（累计销售额占比）",
      abcRule: "A 类边界规则",
      creditFailUtilisation: "额度使用率超过即高风险",
      creditWatchUtilisation: "额度使用率达到即关注",
      creditFailDays: "逾期天数超过即高风险",
      creditWatchDays: "逾期天数超过即关注",
      creditFailOverdueRatio: "逾期金额占比超过即高风险",
      creditWatchOverdueRatio: "逾期金额占比超过即关注",
      philosophyGood: "经营理念良好的最低分",
      philosophyFair: "经营理念一般的最低分",
      keyMinStars: "重点客户最低星级",
      agingWatchShare: "账龄超 60 天占比超过即关注",
      agingFailShare: "账龄超 90 天占比超过即高风险",
      periodDays: "销售期间天数",
      defaultTermsDays: "默认账期（天）",
      limitHeadroom4: "4 星客户额度上浮比例",
      limitHeadroom3: "3 星客户额度上浮比例",
      keyRequiresCredit: "重点客户的信用要求",
      targetGrowth: "销售增长目标",
    },
  },
};
