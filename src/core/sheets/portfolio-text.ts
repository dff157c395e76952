import type { Lang } from "../language";
import type { Quadrant } from "../portfolio/quadrant";
import type { PortfolioRuleKey } from "../portfolio/rules/rule";

/** The words of the KAM Portfolio sheet and of the quadrants wherever they are shown (issue 15). */
export interface PortfolioText {
  title: string;
  note: string;
  quadrant: Record<Quadrant, string>;
  treatment: Record<Quadrant, string>;
  legendHeaders: { quadrant: string; treatment: string; accounts: string; sales: string };
  cut: string;
  weight: string;
  headers: {
    account: string;
    stars: string;
    sales: string;
    attractiveness: string;
    strength: string;
    quadrant: string;
    treatment: string;
  } & Record<PortfolioRuleKey, string>;
  chartTitle: string;
}

const TEXT: Record<Lang, PortfolioText> = {
  en: {
    title: "KAM portfolio: account attractiveness against our strength",
    note: "Each criterion scores 0–100; attractiveness and strength are their weighted means (weights on KAM Criteria; a blank criterion is not assessed and gives its weight to the others). A side is high from the cut-off up.",
    quadrant: {
      strategic: "Strategic",
      status: "Status",
      opportunistic: "Opportunistic",
      streamline: "Streamline",
    },
    treatment: {
      strategic: "Invest and plan: a full key-account plan and team",
      status: "Maintain: keep the relationship and the service level",
      opportunistic: "Selective: invest where the account will grow with us",
      streamline: "Serve efficiently: standard service at low cost",
    },
    legendHeaders: {
      quadrant: "Quadrant",
      treatment: "Treatment",
      accounts: "Accounts",
      sales: "Sales",
    },
    cut: "High from (cut-off)",
    weight: "Weight",
    headers: {
      account: "Account",
      stars: "Stars",
      sales: "Sales",
      size: "Size",
      growth: "Growth",
      potential: "Potential",
      philosophy: "Philosophy",
      attractiveness: "Attractiveness",
      wallet: "Share of wallet",
      stage: "Stage",
      credit: "Credit",
      tenure: "Tenure",
      strength: "Our strength",
      quadrant: "Quadrant",
      treatment: "Treatment",
    },
    chartTitle: "Accounts: attractiveness against our strength (bubble size = sales)",
  },
  "zh-CN": {
    title: "KAM 客户组合：客户吸引力与我方地位",
    note: "每项标准按 0–100 打分；吸引力和我方地位为各项的加权平均（权重见 KAM 评级标准；空白的标准不作评估，其权重由其他标准分摊）。达到分界分数即为“高”。",
    quadrant: {
      strategic: "战略型",
      status: "维持型",
      opportunistic: "机会型",
      streamline: "精简型",
    },
    treatment: {
      strategic: "投入并制定计划：完整的大客户计划和团队",
      status: "维持：保持关系和服务水平",
      opportunistic: "有选择地投入：投向能与我方共同成长的客户",
      streamline: "高效服务：低成本的标准服务",
    },
    legendHeaders: { quadrant: "象限", treatment: "对策", accounts: "客户数", sales: "销售额" },
    cut: "高分界（分数）",
    weight: "权重",
    headers: {
      account: "客户",
      stars: "星级",
      sales: "销售额",
      size: "规模",
      growth: "增长",
      potential: "潜力",
      philosophy: "经营理念",
      attractiveness: "吸引力",
      wallet: "钱包份额",
      stage: "关系阶段",
      credit: "信用",
      tenure: "合作年限",
      strength: "我方地位",
      quadrant: "象限",
      treatment: "对策",
    },
    chartTitle: "客户分布：吸引力与我方地位（气泡大小 = 销售额）",
  },
};

export function portfolioText(lang: Lang): PortfolioText {
  return TEXT[lang];
}
