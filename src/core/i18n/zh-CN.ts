import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";

/** The credit statuses as people read them; the reasons and sheets below use them too. */
const CREDIT_STATUS: Record<CreditStatus, string> = { OK: "正常", WATCH: "关注", FAIL: "高风险" };

/** 产品的全部中文用语。Every word of the product in Simplified Chinese. */
export const zhCN: Catalogue = {
  languageName: "中文 (简体)",
  locale: "zh-CN",
  officeLanguages: /^zh\b/i,

  creditStatus: CREDIT_STATUS,
  // A Chinese reader never has to read the code: the word, with the findings in brackets.
  creditFindingsCell: (word, findings) => (findings === "" ? word : `${word}（${findings}）`),

  // ── sheets: criteria, tiers, credit, portfolio, white space, sheet names, page setup, styles ──

  // ── reasons and data problems: tier reasons, limits, health, problems in the customer table ──
  tierReasons: {
    credit: {
      noLimit: ({ amount }) => `欠款 ${amount} 但无信用额度`,
      utilisation: ({ pct: [a, t] }, op) => `额度使用率 ${a} ${op} ${t}`,
      daysOverdue: ({ days: [a, t] }, op) => `逾期 ${a} 天 ${op} ${t} 天`,
      overdueRatio: ({ pct: [a, t] }, op) => `逾期金额占欠款 ${a} ${op} ${t}`,
      agingOver60: ({ pct: [a, t] }, op) => `账龄超过 60 天的金额占 ${a} ${op} ${t}`,
      agingOver90: ({ pct: [a, t] }, op) => `账龄超过 90 天的金额占 ${a} ${op} ${t}`,
      agingOver180: ({ amount }) => `账龄超过 180 天的金额 ${amount}`,
    },
    grade: {
      abc: { A: "A类", B: "B类", C: "C类" },
      noSales: "无正销售额",
      credit: (status, capped, stars) =>
        `信用${CREDIT_STATUS[status]}${capped ? `，降为 ${stars} 星` : ""}`,
      creditNotAssessed: "信用未评估",
      philosophy: (n, capped, stars) => `经营理念 ${n} 分${capped ? `，降为 ${stars} 星` : ""}`,
      philosophyNotAssessed: "经营理念未评估",
    },
    separator: "；",
  },
  healthReasons: {
    figure: {
      growth: (signed) => `销售增长 ${signed}`,
      credit: (status) => `信用 ${status}`,
      overdue: (shown) => `逾期任务 ${shown} 项`,
      stage: (shown) => `低于目标阶段 ${shown} 级`,
      philosophy: (shown) => `经营理念 ${shown} 分`,
    },
    name: {
      growth: "销售增长",
      credit: "信用",
      overdue: "逾期任务",
      stage: "关系阶段",
      philosophy: "经营理念",
    },
    notAssessed: (names) => `未评估：${names}`,
    noScore: "没有可评估的项目",
    points: " 分",
    separator: "；",
    comma: "、",
  },
  limitReasons: {
    action: { raise: "调增", keep: "维持", lower: "调减", freeze: "冻结" },
    base: (base, sales, months, terms) =>
      `基础额度 ${base} = 销售额 ${sales} ÷ ${months} 个月 × 账期 ${terms}/30 天`,
    headroom: (pct, stars, to) => `${stars} 星上浮 ${pct} → ${to}`,
    defaultTerms: (days) => `未给出账期，按 ${days} 天计算`,
    watch: (current) => `信用 WATCH：不高于现额度 ${current}`,
    freeze: (limit) => `信用 FAIL：冻结在 ${limit}（现额度与欠款中较低者）`,
    current: (current) => `现额度 ${current}`,
    colon: "：",
    separator: "；",
  },
  dataProblems: {
    // [3, 9] → "第 3、9 行"; twenty rows → "第 2、3、…、9 行等 20 行".
    rows: (shown, count) =>
      `第 ${shown.join("、")} 行${count > shown.length ? `等 ${count} 行` : ""}`,
    noHeader: "未找到列名行。请在数据上方写上“客户”“销售额”等列名，或选择其他表格。",
    missingRequired: (role) => `没有“${role}”列：请在“列”中选择。`,
    missingOptional: {
      account: "没有客户列。",
      sales: "没有销售额列。",
      priorSales: "没有上期销售额列：不显示级别变化。",
      region: "没有区域列：不显示区域。",
      creditLimit: "没有信用额度列：不评估信用。",
      balance: "没有应收账款余额列：不评估额度使用。",
      overdue: "没有逾期金额列：不评估逾期比例。",
      daysOverdue: "没有逾期天数列：不评估逾期天数。",
      terms: "没有账期列：建议额度按 default_terms_days 计算。",
      creditSales: "没有赊销额列：DSO 以全部销售额为赊销额。",
      philosophy: "没有经营理念评分列：不评估经营理念。",
      location: "没有地理位置列：不显示地理位置。",
      shoppers: "没有服务农户/主要作物列：不显示此项。",
      category: "没有产品品类列：不显示空白机会。",
      stage: "没有关系阶段列：关系阶段不计入我方地位。",
      tenure: "没有合作年限列：合作年限不计入我方地位。",
      potential: "没有潜力列：不显示钱包份额和增长空间。",
      area: "没有种植面积列：无法按面积计算潜力。",
    },
    textSales: (rows, examples) => `销售额列${rows}是文本（${examples}）：这些行不计入。`,
    blankSales: (rows) => `${rows}没有销售额：这些行不计入。`,
    negativeSales: (rows) => `${rows}的销售额为负数：退货或贷项会减少总额，请核对。`,
    blankAccount: (rows) => `${rows}没有客户名称：请补上。`,
    duplicateAccount: (account, rows) => `${account} 出现在${rows}：销售额已合并计算。`,
    badNumber: (role, rows) => `“${role}”列${rows}不是数字：这些单元格不予考虑。`,
    badPhilosophy: (rows) => `${rows}的经营理念评分不在 1 到 5 之间：不予考虑。`,
    dateSales: (rows) =>
      `销售额列${rows}是日期：日期不是销售金额，这些行不计入。请填入销售额，或把单元格格式设为数字。`,
    hiddenRows: (rows) => `${rows}在表中被隐藏：仍照常读取并计入分析。`,
    noPhilosophyScore: (rows) =>
      `${rows}没有经营理念评分：这些客户的经营理念不作评估，因此不会限制其星级（可达 4 星）。`,
    badAging: (rows) => `${rows}的账龄金额是文本或负数：按 0 计算，请核对。`,
  },
  columnNames: {
    account: "客户",
    sales: "销售额",
    priorSales: "上期销售额",
    region: "区域",
    creditLimit: "信用额度",
    balance: "应收账款余额",
    overdue: "逾期金额",
    daysOverdue: "逾期天数",
    terms: "账期（天）",
    creditSales: "赊销额",
    philosophy: "经营理念评分",
    location: "地理位置",
    shoppers: "服务农户/主要作物",
    category: "产品品类",
    stage: "关系阶段",
    tenure: "合作年限",
    potential: "潜力",
    area: "种植面积",
  },
  headerWords: {
    columns: {
      account: ["客户", "客户名称", "经销商", "门店", "店名", "零售店", "名称"],
      sales: ["销售额", "金额", "销售金额", "本期销售额", "本年销售额", "今年销售额"],
      priorSales: ["上期", "上期销售额", "去年", "去年销售额", "上年", "上年销售额"],
      region: ["区域", "地区", "乡镇", "片区"],
      creditLimit: ["信用额度", "授信额度", "额度"],
      balance: ["应收账款", "欠款", "应收", "余额"],
      overdue: ["逾期金额", "逾期"],
      // "账龄" (aging) is the age of a receivable, not days past due: it names no column alone, and
      // "账龄1-30天" and the like are aging buckets (agingHeaders).
      daysOverdue: ["逾期天数"],
      terms: ["账期", "账期天数", "信用期", "信用期限", "信用天数", "付款期"],
      creditSales: ["赊销", "赊销额", "赊销金额", "信用销售额"],
      philosophy: ["经营理念", "经营理念评分", "理念"],
      location: ["地理位置", "位置", "地址"],
      shoppers: ["消费人群", "客群", "服务农户", "主要作物"],
      category: ["品类", "产品类别", "产品品类", "产品大类", "类别", "品种"],
      stage: ["关系阶段", "合作阶段", "客户关系"],
      tenure: ["合作年限", "合作年数", "客户年限", "年限"],
      potential: ["潜力", "销售潜力", "市场潜力", "总采购额", "采购总额", "年采购额", "市场容量"],
      area: ["面积", "种植面积", "耕地面积", "亩数", "亩"],
    },
    // "销售额（万元）", "账龄/天".
    units: ["元", "万元", "千元", "百万元", "亿元", "万", "千", "天", "日", "分", "亩"],
    rangeTo: ["至", "到"],
    // "1～5分".
    scoreUnits: ["分"],
    totals: { grand: ["合计", "总计", "总合计", "共计"], sub: ["小计"] },
  },
  // 金蝶/用友 账龄分析表: "未到期", "1-30天", "31~60天", "90天以上", "账龄1-2年".
  agingHeaders: {
    units: { 天: 1, 日: 1, 个月: 30, 月: 30, 年: 365 },
    // Money units too: "(元)".
    noise: ["账龄", "逾期", "应收", "金额", "余额", "欠款", "万元", "元"],
    current: ["未到期", "未逾期", "信用期内", "账期内"],
    overBefore: ["大于", "超过", "超"],
    overAfter: ["以上"],
    // "超过90天以上".
    overBoth: ["以上"],
    withinBefore: [],
    withinAfter: ["以内", "以下", "内"],
  },
  categoryHeaders: {
    categories: [
      "杀虫剂",
      "杀菌剂",
      "除草剂",
      "叶面肥",
      "植物生长调节剂",
      "调节剂",
      "杀螨剂",
      "种衣剂",
      "种子",
      "化肥",
      "复合肥",
      "有机肥",
      "水溶肥",
      "肥料",
      "农膜",
    ],
    // "杀虫剂销售额（元）".
    figure: ["销售额", "销售金额", "销量", "金额", "万元", "元"],
  },
  // The article's names for the stages.
  ledgerStages: {
    买卖: "transactional",
    合作伙伴: "partnership",
    镶嵌式合作伙伴关系: "embeddedPartnership",
    镶嵌式: "embeddedPartnership",
  },
  numberText: { currencyAfter: ["元"] },

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
};
