import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";
import { formatAmount } from "./format";

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

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
  /** The task pane. */
  pane: {
    title: "KAM 重点客户管理",
    intro: "找出支撑销售的客户，按销售份额、财务信誉和经营理念给客户分级。",
    demoNotice: "这是示例表格的预览。请在 Excel 的“开始”选项卡中打开 KAM，分析您自己的客户清单。",
    loading: "正在查找客户清单…",
    stepHeadings: {
      data: "1. 客户清单",
      criteria: "2. 标准",
      analyse: "3. 分析",
      results: "4. 结果",
    },
    source: {
      label: "表格或区域",
      refresh: "重新读取",
      kind: { table: "表格", range: "区域" },
      found: (label) => `已找到：${label}`,
      headerAt: (row) => `列名在第 ${row} 行`,
      changed: "读取后表格已更改：请检查各列，然后重新分析。",
    },
    mapping: {
      heading: "列",
      notUsed: "— 不使用 —",
      column: (letter, header) => (header ? `${letter}：${header}` : letter),
      recognised: "KAM 能识别的列名",
    },
    preview: {
      heading: "预览",
      row: "行",
      shown: (shown, total) => `将按此读取：共 ${total} 行中的前 ${shown} 行`,
      empty: "按当前的列设置读不到任何行。",
    },
    problems: {
      heading: "分析前请注意",
      none: "数据中没有发现问题。",
    },
    criteria: {
      groups: { abc: "按销售份额分类（ABC）", credit: "信用", stars: "经营理念与重点客户" },
      fields: {
        aCutoff: { label: "A 类界线（销售额 %）", hint: "A 类：合计占到这一销售份额的最大客户。" },
        bCutoff: {
          label: "B 类界线（销售额 %）",
          hint: "B 类：其后的客户，直到累计份额达到此值；其余为 C 类。",
        },
        creditWatchUtilisation: {
          label: "额度使用达到（%）即关注",
          hint: "欠款余额达到信用额度的这一比例时为 WATCH（关注）。",
        },
        creditFailUtilisation: {
          label: "额度使用超过（%）即高风险",
          hint: "欠款余额超过信用额度的这一比例时为 FAIL（高风险）。",
        },
        creditWatchDays: {
          label: "逾期超过（天）即关注",
          hint: "逾期天数超过此值时为 WATCH（关注）。",
        },
        creditFailDays: {
          label: "逾期超过（天）即高风险",
          hint: "逾期天数超过此值时为 FAIL（高风险）。",
        },
        creditWatchOverdueRatio: {
          label: "逾期比例超过（%）即关注",
          hint: "逾期金额占欠款余额的比例超过此值时为 WATCH（关注）。",
        },
        creditFailOverdueRatio: {
          label: "逾期比例超过（%）即高风险",
          hint: "逾期金额占欠款余额的比例超过此值时为 FAIL（高风险）。",
        },
        philosophyGood: {
          label: "经营理念良好（评分 1–5）",
          hint: "评分达到此值时，经营理念不限制星级。",
        },
        philosophyFair: {
          label: "经营理念一般（评分 1–5）",
          hint: "一般：A 类客户最多 3 星；低于一般，最多 2 星。",
        },
        keyMinStars: { label: "重点客户最低星级", hint: "星级达到此值的客户为重点客户。" },
        targetGrowth: {
          label: "销售增长目标（%）",
          hint: "计划的销售目标为上期销售额加上此增长。",
        },
      },
      rule: {
        label: "A 类的边界",
        cover: {
          label: "含跨线客户",
          hint: "跨过界线的那个客户也算 A 类，因此 A 类的销售额至少达到界线。",
        },
        within: { label: "不含跨线客户", hint: "只有累计份额不超过界线的客户才算 A 类。" },
      },
      reset: "恢复默认值",
      fromWorkbook: "已从本工作簿的“KAM 评级标准”工作表读取。",
      unreadable: "无法读取本工作簿中保存的标准，现显示默认值。",
      invalid: {
        number: "请输入数字。",
        range: (min, max) => `请输入 ${min} 到 ${max} 之间的值。`,
        aBelowB: "A 类界线必须小于 B 类界线。",
        watchNotAboveFail: "“关注”不能高于“高风险”。",
        fairNotAboveGood: "“一般”不能高于“良好”。",
        wholeStars: "请输入 1 到 4 之间的整数星级。",
      },
    },
    analyse: {
      button: "分析",
      running: "正在分析…",
      progress: "进度",
      steps: {
        reading: "正在读取表格…",
        analysing: "正在给客户分级…",
        writingCriteria: "正在写入“KAM 评级标准”工作表…",
        writingTiers: "正在写入“KAM 客户分级”工作表…",
        chart: "正在添加帕累托图…",
      },
      blockedByData: "请先解决上方红色标出的问题。",
      blockedByCriteria: "请先更正标准。",
    },
    results: {
      written: (sheets) => `已写入 ${sheets}。`,
      totalSales: "销售总额",
      accounts: "客户数",
      keyAccounts: "重点客户",
      keyShare: (share) => `占销售额 ${share}`,
      pareto: (cutoff) => `累计达销售额 ${cutoff} 所需客户数`,
      paretoOf: (accounts) => `共 ${accounts} 个客户`,
      hhi: "集中度（HHI）",
      concentration: {
        low: "低：销售分散在众多客户中。",
        moderate: "中等：少数客户举足轻重。",
        high: "高：销售依赖少数几个客户。",
      },
      effective: (customers) => `等效客户数（10000÷HHI）：${customers}。`,
      keyList: (stars) => `重点客户（${"★".repeat(stars)} 及以上）`,
      keyListEmpty: (stars) => `按当前标准，没有客户达到 ${stars} 星。`,
      more: (count) => `……另有 ${count} 个，见分级表。`,
      goTo: (account) => `转到分级表中的 ${account}`,
      accountLine: (share, abc) => `占销售额 ${share} · ${abc} 类`,
      lost: "与上期相比流失的客户",
      next: "下一步：制定重点客户计划",
      nextNote: "即将推出：为每个重点客户生成计划工作表。",
    },
    errors: {
      title: "操作未成功",
      generic: "发生了意外错误。请重试；如果再次出现，下方的详细信息说明了出错的地方。",
      details: "详细信息",
      zeroTotal: "销售额合计为 0，无法计算份额。请检查销售额列。",
      badTotal: "销售额合计小于 0 或过大，无法相加。请检查销售额列。",
    },
    functions: {
      heading: "试试这些公式",
      tiers: "一次生成完整分级表：排名、份额、ABC 类、星级、是否重点客户",
      hhi: "客户集中度（赫芬达尔指数）",
      grade: "第一个客户的星级；向下填充即得其他客户的星级",
      creditWhy: "第一个客户的信用为何不是 OK（信用正常时为空）",
    },
  },
  /** What the pane says for each workbook error. */
  officeErrors: {
    cellEditMode: "Excel 正在编辑单元格。请先完成单元格编辑，然后重试。",
    payloadTooLarge: "数据量超过了 Excel 单次能处理的上限。请选择较小的区域或拆分列表后重试。",
    itemNotFound: "找不到该工作表、表格或区域（可能已被重命名或删除）。请重新选择数据。",
    noData: "此处没有数据。请单击客户列表中的任一单元格或选中该列表，然后重试。",
    unsupported: "当前版本的 Excel 缺少加载项所需的功能。请更新 Office，或使用 Excel 网页版。",
    nameTaken:
      "工作簿中有一个您自己的名称（见下方），本加载项用这个名称标记它的工作表。为了不改写您的工作表和名称，未写入任何内容：请在“公式 > 名称管理器”中将该名称改名或删除，然后重试。",
    generic: "Excel 无法完成此请求。请重试；如果仍然失败，请保存并重新打开工作簿。",
  },
  /** The workbook the pane previews outside Excel. */
  demo: {
    headers: [
      "客户名称",
      "乡镇",
      "销售额",
      "去年销售额",
      "信用额度",
      "应收账款",
      "逾期天数",
      "经营理念",
    ],
    customersSheet: "客户",
    customersLabel: "客户清单",
    shops: {
      chengguan: { name: "城关农资店", township: "城关镇" },
      jinji: { name: "金鸡农资", township: "金鸡乡" },
      xinshi: { name: "新市种子站", township: "新市镇" },
      baishui: { name: "白水植保", township: "白水镇" },
      hetang: { name: "荷塘农资", township: "荷塘乡" },
      shuangfeng: { name: "双峰化肥店", township: "双峰镇" },
      longtan: { name: "龙潭农资", township: "龙潭镇" },
      qingshan: { name: "青山种子", township: "青山乡" },
      shiqiao: { name: "石桥供销社", township: "石桥镇" },
      dapu: { name: "大浦园艺", township: "大浦镇" },
      yangliu: { name: "杨柳农资", township: "杨柳乡" },
      maotian: { name: "茅田商店", township: "茅田乡" },
      zhuxi: { name: "竹溪种子", township: "竹溪乡" },
    },
    notesSheet: "备注",
    quarter: "季度",
    owner: "负责人",
    ownerName: "刘经理",
  },
  /** The workbench around the pane. */
  workbench: {
    title: "KAM 工作台",
    subtitle: "在内存中的 Excel 上运行任务窗格",
    paneLabel: "KAM 任务窗格",
    open: "打开 .xlsx…",
    sample: "示例",
    download: "下载 .xlsx",
    downloadHint: "按当前显示的工作簿，由命令行的 .xlsx 写入器生成",
    downloadFailed: "无法将工作簿写成 .xlsx：",
    language: "窗格语言",
    dark: "深色主题",
    sheets: "工作表",
    allSheets: "所有工作表",
    previousSheets: "向左滚动工作表标签",
    nextSheets: "向右滚动工作表标签",
    nameBox: "名称框",
    formulaBar: "编辑栏",
    errorMessage: "单元格显示错误的原因",
    loading: "正在打开工作簿…",
    openFailed: "无法打开此文件：",
    notXlsx: "这不是 .xlsx 工作簿。",
    encrypted: "文件设有密码保护；请另存一份无密码的副本。",
    oldFormat: "这是 Excel 97–2003（.xls）文件；请另存为 .xlsx。",
    unreadable: "文件已损坏或无法读取。",
    notFound: "找不到该文件。",
    isDirectory: "这是文件夹，不是工作簿。",
    noPermission: "没有读取该文件的权限。",
    refusedTitle: "Excel 会拒绝此请求",
    refusedHint: "加载项发送了 Excel 会拒绝的请求；在 Excel 中同样会失败。",
    dismiss: "关闭",
    listRefusedTitle: "Microsoft Excel",
    listRefused: "此值与此单元格定义的数据验证限制不匹配。允许的值：",
    retry: "重试",
    cancel: "取消",
    chart: "图表",
    spill: (range, rows, columns, blocker) =>
      `结果需要 ${range}（${rows} 行 × ${columns} 列），但 ${blocker} 不是空的：清空它，结果就会溢出到这些单元格`,
    languageNames: { en: "英文", "zh-CN": "中文" },
    ownName: "中文",
    sampleOf: (name, ownName) => (ownName ? `${name}示例 (${ownName})` : `${name}示例`),
    sampleWorkbook: "assets/kam-sample-zh.xlsx",
    officeDisplayLanguage: "zh-CN",
  },
  /** The command line's messages. */
  cli: {
    read: {
      notFound: "文件不存在",
      isDirectory: "这是文件夹，不是工作簿：请指定其中的 .xlsx 文件",
      noPermission: "没有读取此文件的权限：请检查文件权限，或将其复制到可读取的位置",
      encrypted:
        "工作簿设有密码保护：请在 Excel 中取消密码（文件 > 信息 > 保护工作簿）并保存后再试",
      oldFormat:
        "设有密码保护，或不是 .xlsx 工作簿（Excel 97–2003 的 .xls 文件？）：请另存为不带密码的 .xlsx",
      notXlsx: "不是 .xlsx 工作簿",
      unreadable: "无法作为工作簿读取，文件可能已损坏",
    },
    emptySheet: (sheet) => `工作表“${sheet}”是空的`,
    emptyWorkbook: "所有工作表都是空的",
    noHeader: (sheets) =>
      `在${sheets}的前 10 行中未找到列名行：请在数据上方写上“客户”“销售额”等列名，或用 --sheet 指定工作表`,
    missingColumn: (sheet, row, role) => `工作表“${sheet}”第 ${row} 行有列名，但没有“${role}”列`,
    noRows: (sheet) => `工作表“${sheet}”有列名，但下方没有客户数据`,
    zeroTotal: "销售额合计为零或负数，无法计算占比",
    salesTooLarge:
      "销售额数值过大，无法求和（合计超出电子表格能表示的最大数）：请检查销售额列是否多输了位数",
    badSavedCriteria: (detail) =>
      `“KAM 评级标准”工作表中的评级标准无法使用（${detail}）：请改正，或使用 --criteria`,
    cannotWrite: (detail) => `无法写入输出文件（${detail}）`,
    noSheet: (sheet, sheets) => `没有名为“${sheet}”的工作表（现有工作表：${sheets}）`,
    sameFile: "--out 必须是另一个文件：输入文件从不修改",
    outNotXlsx: "--out 必须是 .xlsx 文件",
    badCriteria: (detail) => `--criteria：${detail}`,
    criteriaNotText:
      '不是评级标准文件：应为 JSON（如 {"a_cutoff": 0.8}）或每行“名称,数值”的 CSV（UTF-8 文本）',
    seeHelp: "运行 `kam analyze --help` 查看可用选项。",
    templatesUnreadable: "“KAM 计划模板”工作表中读不到角色或任务：已使用默认模板",
    planNamesMissing: (names) => `部分计划的数据无法更新，因为其隐藏名称已不存在：${names}`,
    markerTaken: (name, ref) =>
      `工作簿中有您自己的名称 ${name}（${ref}），本加载项用这个名称标记它的工作表；为了不改写您的工作表，未写入任何内容：请将该名称改名或删除（Excel：“公式 > 名称管理器”；LibreOffice：“工作表 > 命名区域和表达式 > 管理”），然后重新运行`,
    nameKept: (name, ref, read) =>
      read
        ? `已按您自己的名称 ${name}（${ref}）读取评级标准，该名称保持不变`
        : `您自己的名称 ${name}（${ref}）保持不变`,
    tooManyPlans: (count, limit) =>
      `--plans 将生成 ${count} 个计划工作表，超过上限 ${limit} 个：请用 --plans-top N（销售额最大的 N 个重点客户）或 --plans-for "客户1,客户2" 选择客户，或用 --plans-limit 提高上限`,
    unknownPlanAccounts: (names) => `--plans-for：客户表中没有名为${names}的客户`,
    notWholeNumber: "必须是 1 或更大的整数",
    warning: "注意",
    progress: {
      reading: (mb) => `正在读取工作簿（${mb} MB）…`,
      analysing: (rows) => `正在分析 ${formatAmount(rows, 0)} 行…`,
      writing: (sheet, done, total) =>
        `正在写入 ${sheet}：第 ${formatAmount(done, 0)} / ${formatAmount(total, 0)} 行`,
      saving: "正在保存工作簿…",
    },
    summary: {
      heading: (source) => `KAM 分析：${source}`,
      keyHeading: "重点客户",
      more: (n) => `……另有 ${n} 个`,
      none: "（无）",
      written: (out) => `已写入：${out}`,
    },
    keyColumns: {
      account: "客户",
      sales: "销售额",
      share: "占比",
      abc: "ABC分类",
      stars: "星级",
      credit: "信用",
    },
    help: {
      kam: "在 .xlsx 工作簿上做重点客户管理：找出、分级并规划您的重点客户。",
      analyze: "读取 INPUT 中的客户表，把“KAM 评级标准”和“KAM 客户分级”工作表写入它的副本。",
      input: "包含客户清单的工作簿（.xlsx）；它从不被修改",
      sheet: "包含客户清单的工作表（默认：第一个带有 KAM 能识别的列名的工作表）",
      out: "结果的写入位置（默认：输入文件旁的 INPUT-kam.xlsx）",
      plans: "同时为每个重点客户写一张计划工作表，并写入“KAM 计划一览”",
      plansTop: "只为销售额最大的 N 个重点客户制定计划（隐含 --plans）",
      plansFor: '为这些客户制定计划，不论是否重点客户："客户1,客户2"（可重复；隐含 --plans）',
      plansLimit: (limit) => `一次运行最多新建的计划工作表数（默认：${limit}）`,
      lang: "工作表和提示信息的语言",
      langDefault: "取自 LANG",
      criteria: '评级标准：JSON（{"a_cutoff": 0.8}）或“名称,数值”两列的 CSV',
      json: "以 JSON 而不是表格输出摘要",
    },
    listItem: (name) => `“${name}”`,
    listSeparator: "、",
  },
  /** The KAM functions' help in Excel's formula autocomplete. */
  functionHelp: {
    SHARE: {
      description: "销售份额：除以全部客户销售额合计。给出区域时结果会溢出到相邻单元格。",
      parameters: {
        values: "一个客户（B2）或多个客户（B2:B25）的销售额。",
        population: "全部客户的销售额（B$2:B$25）。默认为 values。空白和文本会像 SUM 一样被跳过。",
      },
    },
    CUMSHARE: {
      description: "累计份额：销售额不低于该客户的所有客户（含本客户）占销售总额的份额。",
      parameters: {
        values: "一个客户（B2）或多个客户（B2:B25）的销售额。",
        population: "全部客户的销售额（B$2:B$25）。默认为 values。",
      },
    },
    RANK: {
      description:
        "按销售额从大到小排名：1 + 销售额更高的客户数（同 RANK.EQ）。销售额相同则名次相同。",
      parameters: {
        values: "一个客户（B2）或多个客户（B2:B25）的销售额。",
        population: "全部客户的销售额（B$2:B$25）。默认为 values。",
      },
    },
    ABC: {
      description:
        "帕累托（ABC）分类：占销售额 a_cutoff 的最大客户为 A 类，累计到 b_cutoff 的为 B 类，其余为 C 类。",
      parameters: {
        values: "一个客户（B2）或多个客户（B2:B25）的销售额。",
        population: "全部客户的销售额（B$2:B$25）。默认为 values。",
        a_cutoff: "A 类客户占销售额的份额，例如 0.7（默认）表示 70%。",
        b_cutoff:
          "累计份额达到此值之前的客户为 B 类，例如 0.9（默认）。须大于 a_cutoff 且不超过 1。",
        rule: '"cover"（默认）：跨过分界线的客户仍为 A 类，A 类至少覆盖 70%。"within"：累计份额不超过分界线时才为 A 类。',
      },
    },
    PARETO: {
      description: '多少个最大的客户合计达到分界份额的销售额（A 类，"cover" 规则）。',
      parameters: {
        values: "全部客户的销售额（B2:B25）。",
        cutoff: "要覆盖的销售份额，例如 0.7（默认），即“占销售额 70% 的客户”。",
      },
    },
    TOPSHARE: {
      description: "前 n 个最大客户占销售总额的份额。",
      parameters: {
        values: "全部客户的销售额（B2:B25）。",
        n: "要相加的最大客户数，例如 6。",
      },
    },
    HHI: {
      description: "客户集中度的赫芬达尔-赫希曼指数：各客户百分比份额的平方和。",
      parameters: {
        values: "全部客户的销售额（B2:B25）。",
      },
    },
    CREDIT: {
      description:
        "信用状态：超过额度、逾期超过 90 天或逾期金额超过欠款 30% 为 FAIL；额度使用率达 80%、逾期超过 30 天或逾期超过 10% 为 WATCH。",
      parameters: {
        credit_limit: "给予客户的信用额度（C2）。有欠款但额度为空或 0 时为 FAIL。",
        balance: "客户当前欠款，即应收账款（D2）。没有欠款为 OK。",
        overdue: "已过到期日的金额（E2）。",
        days_overdue: "最早一笔未付发票逾期的天数（F2）。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria，用于修改阈值。",
        aging: "客户的账龄区间金额，每个客户一行（I2:M2）；账龄规则与其他规则一起判断。",
        bucket_days:
          "各账龄区间的起始天数，账龄区间不是 未到期、1-30、31-60、61-90、90天以上 时填写。",
      },
    },
    CREDITWHY: {
      description:
        "信用状态不是 OK 的原因：列出违反的每条规则及数字，例如“额度使用率 104% > 100%；逾期 45 天 > 30 天”。",
      parameters: {
        credit_limit: "给予客户的信用额度（C2）。",
        balance: "客户当前欠款（D2）。",
        overdue: "已过到期日的金额（E2）。",
        days_overdue: "最早一笔未付发票逾期的天数（F2）。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria。",
        aging: "客户的账龄区间金额，每个客户一行（I2:M2）；账龄规则与其他规则一起判断。",
        bucket_days:
          "各账龄区间的起始天数，账龄区间不是 未到期、1-30、31-60、61-90、90天以上 时填写。",
      },
    },
    AGING: {
      description:
        "由账龄判断信用状态：账龄超过 60 天的金额超过账龄合计的 10% 为 WATCH；超过 90 天的超过 10% 或有任何超过 180 天的金额为 FAIL。",
      parameters: {
        buckets: "一个客户的账龄区间金额（I2:M2），或多个客户，每行一个（I2:M25）。",
        bucket_days:
          "各区间的起始天数，例如 {0,1,31,61,91}（默认：未到期、1-30、31-60、61-90、90天以上）。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria，例如 aging_watch_share。",
      },
    },
    LIMIT: {
      description:
        "建议信用额度：期间销售额 ÷ 月数 × 账期 ÷ 30 天，按星级上浮；WATCH 不高于现额度；FAIL 冻结在现额度与欠款中较低者。",
      parameters: {
        sales: "客户在期间内的销售额（B2），期间长度为 period_days（365）。",
        terms_days: "账期天数（N2）。空白 = default_terms_days（30）。",
        stars: "星级 1–4，例如来自 KAM.GRADE：4 星上浮 20%，3 星上浮 10%。",
        credit: "信用状态 OK、WATCH 或 FAIL（G2）。空白 = 未评估。",
        current_limit: "现有信用额度（C2）。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria。",
        balance: "客户当前欠款（D2）：FAIL 时额度冻结在此。",
      },
    },
    LIMITWHY: {
      description: "信用额度的处理（调增、维持、调减、冻结）及原因和数字。",
      parameters: {
        sales: "客户在期间内的销售额（B2）。",
        terms_days: "账期天数（N2）。空白 = default_terms_days。",
        stars: "星级 1–4，例如来自 KAM.GRADE。",
        credit: "信用状态 OK、WATCH 或 FAIL（G2）。",
        current_limit: "现有信用额度（C2）。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria。",
        balance: "客户当前欠款（D2）。",
      },
    },
    DSO: {
      description: "应收账款周转天数（DSO）：相当于多少天的赊销额尚未收回。",
      parameters: {
        receivables: "期末应收账款（D2）。",
        credit_sales: "本期赊销额（B2）。",
        days: "本期天数：一年 365（默认），一季度 90，一个月 30。",
      },
    },
    WALLET: {
      description: "客户钱包份额：我们对该客户的销售额除以其潜力（它向所有供应商的采购总额）。",
      parameters: {
        sales: "我们对一个客户（C5）或多个客户（C5:C40）的销售额。",
        potential:
          "客户的潜力：它向所有供应商采购该品类的总额或估计值（J5 或 J5:J40）。空白 = 不评估。",
      },
    },
    HEADROOM: {
      description: "增长空间：客户向其他供应商的采购额，即潜力减去我们的销售额。",
      parameters: {
        sales: "我们对一个客户（C5）或多个客户（C5:C40）的销售额。",
        potential:
          "客户的潜力：它向所有供应商采购该品类的总额或估计值（J5 或 J5:J40）。空白 = 不评估。",
      },
    },
    PORTFOLIO: {
      description:
        "客户在大客户组合矩阵中的象限：strategic 战略型（投入并制定计划）、status 维持型（维持）、opportunistic 机会型（有选择地投入）或 streamline 精简型（高效服务）。",
      parameters: {
        attractiveness: "客户吸引力，0 到 100 的分数（一个单元格或一列）。",
        strength: "我方在该客户的地位，0 到 100 的分数，与吸引力并列。",
        criteria: "标准名称与数值的两列区域（KAM_Criteria）：portfolio_cut（50）为“高”的分界。",
      },
    },
    GRADE: {
      description:
        "重点客户星级 1–4：4 = A 类且信用 OK、经营理念良好；3 = A 类但信用 WATCH 或理念 3 分；2 = B 类，或 A 类但信用 FAIL 或理念 2 分及以下；1 = C 类。",
      parameters: {
        values: "一个客户（B2）或多个客户（B2:B25）的销售额。",
        population: "全部客户的销售额（B$2:B$25）。",
        credit:
          "信用状态 OK、WATCH 或 FAIL，例如来自 KAM.CREDIT（G2）。空白 = 未评估，不会降低星级。",
        philosophy: "经营理念评分，1（差）到 5（优）（H2）。空白 = 未评估。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria，用于分界线和阈值。",
      },
    },
    ISKEY: {
      description: "是否为重点客户：星级达到重点客户最低星级（默认 3）。",
      parameters: {
        values: "一个客户（B2）或多个客户（B2:B25）的销售额。",
        population: "全部客户的销售额（B$2:B$25）。",
        credit: "信用状态 OK、WATCH 或 FAIL（G2）。空白 = 未评估。",
        philosophy: "经营理念评分 1–5（H2）。空白 = 未评估。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria，例如 key_min_stars。",
      },
    },
    TIERS: {
      description:
        "一次溢出完整的分级表：客户、销售额、排名、占比、累计占比、ABC、星级、重点客户和评级理由，按销售额从大到小。同名客户先合并相加。",
      parameters: {
        accounts: "客户名称（A2:A25）。",
        values: "名称旁边的销售额（B2:B25）。没有数字的行不计入。",
        credit: "旁边的信用状态 OK、WATCH 或 FAIL（G2:G25）。空白 = 未评估。",
        philosophy: "旁边的经营理念评分 1–5（H2:H25）。空白 = 未评估。",
        criteria: "标准表（名称、数值两列），如 KAM_Criteria。",
      },
    },
    HEALTH: {
      description:
        "客户健康度 0–100：销售增长、信用、逾期任务、与目标关系阶段的差距和经营理念的加权平均（权重见 KAM 评级标准）。",
      parameters: {
        sales: "客户在期间内的销售额（B2），或多个客户的销售额（B2:B25）。",
        prior_sales: "上期销售额（C2）。空白 = 不评估增长。",
        credit: "信用状态 OK、WATCH 或 FAIL，例如来自 KAM.CREDIT（G2）。空白 = 未评估。",
        overdue_tasks: "客户计划中已过截止日期且未完成的任务数。空白 = 未评估。",
        stage_gap: "目标关系阶段减去当前阶段的级数（0 = 已达目标）。空白 = 未评估。",
        philosophy: "经营理念评分 1–5（H2）。空白 = 未评估。",
        criteria: "两列的标准名称和值区域（KAM_Criteria），用于权重。",
      },
    },
    HEALTHWHY: {
      description: "客户健康度的构成：每一项的得分、权重占比和贡献的分数。",
      parameters: {
        sales: "客户在期间内的销售额（B2）。",
        prior_sales: "上期销售额（C2）。",
        credit: "信用状态 OK、WATCH 或 FAIL（G2）。",
        overdue_tasks: "客户计划中已过截止日期且未完成的任务数。",
        stage_gap: "目标关系阶段减去当前阶段的级数。",
        philosophy: "经营理念评分 1–5（H2）。",
        criteria: "两列的标准名称和值区域（KAM_Criteria）。",
      },
    },
  },
};
