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
      spendPerArea: "Spend per mu of crop area",
      developmentMinHeadroom: "Development account: headroom from",
      healthWeightGrowth: "Health weight: sales growth",
      healthWeightCredit: "Health weight: credit",
      healthWeightOverdue: "Health weight: overdue tasks",
      healthWeightStage: "Health weight: stage gap",
      healthWeightPhilosophy: "Health weight: business philosophy",
      healthGrowthSpan: "Health: growth that scores 100",
      healthOverdueStep: "Health: points off per overdue task",
      healthStageStep: "Health: points off per stage below target",
      weightSize: "Portfolio weight: size",
      weightGrowth: "Portfolio weight: growth",
      weightPotential: "Portfolio weight: potential",
      weightPhilosophy: "Portfolio weight: business philosophy",
      weightWallet: "Portfolio weight: share of wallet",
      weightStage: "Portfolio weight: relationship stage",
      weightCredit: "Portfolio weight: credit",
      weightTenure: "Portfolio weight: years as a customer",
      portfolioCut: "Portfolio: high from this score",
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
      spendPerArea: "每亩用药金额（按面积估算潜力）",
      developmentMinHeadroom: "发展客户的最低增长空间",
      healthWeightGrowth: "健康度权重：销售增长",
      healthWeightCredit: "健康度权重：信用",
      healthWeightOverdue: "健康度权重：逾期任务",
      healthWeightStage: "健康度权重：关系阶段差距",
      healthWeightPhilosophy: "健康度权重：经营理念",
      healthGrowthSpan: "健康度：得满分的增长率",
      healthOverdueStep: "健康度：每个逾期任务扣分",
      healthStageStep: "健康度：每低一个阶段扣分",
      weightSize: "组合矩阵权重：规模",
      weightGrowth: "组合矩阵权重：增长",
      weightPotential: "组合矩阵权重：潜力",
      weightPhilosophy: "组合矩阵权重：经营理念",
      weightWallet: "组合矩阵权重：钱包份额",
      weightStage: "组合矩阵权重：关系阶段",
      weightCredit: "组合矩阵权重：信用",
      weightTenure: "组合矩阵权重：合作年限",
      portfolioCut: "组合矩阵：达到此分为高",
    },
  },
};
