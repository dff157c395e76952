import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";
import { formatAmount, formatPercent, plural } from "./format";

/** The credit statuses as people read them; the reasons and sheets below use them too. */
const CREDIT_STATUS: Record<CreditStatus, string> = { OK: "OK", WATCH: "WATCH", FAIL: "FAIL" };

/** Every word of the product in English. */
export const en: Catalogue = {
  languageName: "English",
  locale: "en",
  officeLanguages: /^(?!zh\b)/i,

  creditStatus: CREDIT_STATUS,
  // The status code beside reads as a word, so the findings stand alone.
  creditFindingsCell: (_word, findings) => findings,

  // ── sheets: criteria, tiers, credit, portfolio, white space, sheet names, page setup, styles ──
  sheetNames: {
    criteria: "KAM Criteria",
    tiers: "KAM Tiers",
    credit: "KAM Credit",
    templates: "KAM Templates",
    plans: "KAM Plans",
    team: "KAM Team",
    whiteSpace: "KAM White Space",
    portfolio: "KAM Portfolio",
    planPrefix: "Plan - ",
  },
  earlierSheetTitles: {},
  criteriaSheet: {
    title: "KAM criteria",
    intro:
      "The thresholds of the KAM analysis. Change a value and run the analysis again; formulas that pass KAM_Criteria, such as KAM.GRADE(…, KAM_Criteria), use it at once.",
    headers: { name: "Criterion", value: "Value", explanation: "Explanation" },
    nameComment: "KAM criteria: name/value pairs for the criteria argument of the KAM functions",
    explanations: {
      aCutoff: "Class A: the largest accounts that make up this share of sales",
      bCutoff:
        "Class B: the next accounts, up to this cumulative share of sales; the rest are class C",
      abcRule:
        "cover: the account that crosses the A cut-off is in A, so A holds at least the cut-off; within: A stays within it",
      creditFailUtilisation: "Credit FAIL when the balance is above the credit limit × this",
      creditWatchUtilisation: "Credit WATCH when the balance reaches the credit limit × this",
      creditFailDays: "Credit FAIL when an account is more than this many days overdue",
      creditWatchDays: "Credit WATCH when an account is more than this many days overdue",
      creditFailOverdueRatio:
        "Credit FAIL when the overdue amount is more than this share of the balance",
      creditWatchOverdueRatio:
        "Credit WATCH when the overdue amount is more than this share of the balance",
      philosophyGood: "A business-philosophy score (1–5) at or above this does not lower the stars",
      philosophyFair:
        "A score at or above this (but below good) caps a class-A account at 3 stars; a lower score at 2",
      keyMinStars: "Accounts with at least this many stars are key accounts",
      agingWatchShare: "Credit WATCH when more than this share of the aged balance is over 60 days",
      agingFailShare:
        "Credit FAIL when more than this share of the aged balance is over 90 days (or any amount is over 180 days)",
      periodDays:
        "Days in the sales period: 365 for a year, 90 for a quarter (DSO, suggested limits)",
      defaultTermsDays: "Payment terms in days for accounts without a terms figure",
      limitHeadroom4: "Suggested credit limit: headroom over the base for 4-star accounts",
      limitHeadroom3: "Suggested credit limit: headroom over the base for 3-star accounts",
      keyRequiresCredit:
        "any: credit only lowers the stars; not_fail: no key account with credit FAIL; ok: key accounts need credit OK",
      targetGrowth: "A plan's sales target: prior-period sales × (1 + this)",
      weightSize: "Portfolio: weight of size (the account's sales rank) in its attractiveness",
      weightGrowth: "Portfolio: weight of sales growth over the prior period in attractiveness",
      weightPotential:
        "Portfolio: weight of potential (the account's purchases from all suppliers)",
      weightPhilosophy: "Portfolio: weight of the business-philosophy score in attractiveness",
      weightWallet: "Portfolio: weight of our share of the account's wallet in our strength",
      weightStage: "Portfolio: weight of the relationship stage in our strength",
      weightCredit: "Portfolio: weight of the credit status in our strength",
      weightTenure: "Portfolio: weight of the years as a customer in our strength",
      portfolioCut:
        "Portfolio: attractiveness or strength (0–100) from this score up is high; it divides the four quadrants",
      spendPerArea:
        "Spend per unit of crop area (per mu): potential = crop area × this when the table has no potential column; 0 = not used",
      developmentMinHeadroom:
        "Accounts that are not key accounts with at least this headroom (potential − sales) are development accounts; 0 = off",
      healthWeightGrowth: "Account health: weight of sales growth against the prior period",
      healthWeightCredit: "Account health: weight of the credit status (OK 100, WATCH 50, FAIL 0)",
      healthWeightOverdue: "Account health: weight of the plan's overdue tasks",
      healthWeightStage: "Account health: weight of the gap to the target relationship stage",
      healthWeightPhilosophy: "Account health: weight of the business-philosophy score",
      healthGrowthSpan:
        "Account health: growth that scores 100 (its negative scores 0; none scores 50)",
      healthOverdueStep: "Account health: points each overdue task takes off its 100",
      healthStageStep: "Account health: points each stage below the target takes off its 100",
    },
  },
  criteriaLabels: {
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
  tierColumns: {
    headers: {
      account: "Account",
      sales: "Sales",
      rank: "Rank",
      share: "Share",
      cumulativeShare: "Cumulative share",
      abc: "ABC",
      stars: "Stars",
      keyAccount: "Key account",
      reason: "Reason",
    },
    unnamedAccount: (row) => `(no name, row ${row})`,
  },
  tierSheet: {
    title: "KAM tiers: key accounts by sales",
    note: "Created by the KAM add-in; running the analysis again replaces this sheet.",
    summary: {
      totalSales: "Total sales",
      accounts: "Accounts",
      keyAccounts: (n) => `Key accounts (${n}★ or more)`,
      keyAccountShare: "Key accounts' share of sales",
      paretoCount: (cutoff) => `Accounts making up ${formatPercent(cutoff)} of sales`,
      hhi: "Concentration index (HHI)",
      concentration: "Concentration",
      effectiveCustomers: "Same as this many equal customers",
      lostAccounts: "Lost accounts (listed below the table)",
      keyReceivables: "Key accounts' receivables",
      keyOverdue: "Key accounts' overdue",
      keyAtRisk: "Key accounts' exposure (owed with credit WATCH or FAIL)",
    },
    concentrationLevels: {
      low: "low (HHI below 1,000)",
      moderate: "moderate (HHI 1,000–1,800)",
      high: "high (HHI above 1,800)",
    },
    lostHeading: "Lost accounts: sales in the prior period, none now",
    regions: {
      heading:
        "Regions: accounts, sales and key accounts (regions without a key account highlighted)",
      region: "Region",
      sales: "Sales",
      accounts: "Accounts",
      share: "Share of sales",
      keyAccounts: "Key accounts",
      noKeyAccount: "No key account",
      noRegion: "(no region)",
    },
    movement: { up: "↑ up", down: "↓ down", same: "→ same", new: "✚ new", lost: "✖ lost" },
    chartTitle: (shown, accounts) =>
      shown < accounts
        ? `Pareto: top ${formatAmount(shown, 0)} of ${formatAmount(accounts, 0)} accounts`
        : "Pareto: sales and cumulative share",
  },
  tierSheetHeaders: {
    region: "Region",
    rating: "Rating",
    creditStatus: "Credit",
    creditReason: "Credit findings",
    priorSales: "Prior sales",
    priorStars: "Prior stars",
    movement: "Movement",
    potential: "Potential",
    shareOfWallet: "Share of wallet",
    headroom: "Headroom",
    development: "Development account",
  },
  creditSheet: {
    title: "KAM credit: exposure, aging, DSO and suggested limits",
    note: "Created by the KAM add-in from the customer table; running the analysis again replaces this sheet.",
    ledgerAsValues: (limit) =>
      `More than ${formatAmount(limit, 0)} accounts: the ledger's figures below are values as the analysis read them, not formulas over your table (so many formulas would make the workbook slow to open). They do not follow edits of the ledger; running the analysis again refreshes them.`,
    summary: {
      receivables: "Receivables",
      overdue: "Overdue",
      over90: "Over 90 days",
      exposure: (s) => `Owed by accounts with credit ${s}`,
      dso: (days) => `DSO of the book (${days}-day period)`,
    },
    agingByStatus: {
      header: "Aging by credit status",
      status: (s) => s,
      chartTitle: "Aging of the receivables by credit status",
    },
    headers: {
      account: "Account",
      stars: "Stars",
      creditLimit: "Credit limit",
      balance: "Balance",
      utilisation: "Utilisation",
      overdue: "Overdue",
      share: (bucket) => `${bucket} share`,
      creditSales: "Credit sales",
      dso: "DSO",
      status: "Credit",
      reason: "Credit findings",
      suggestedLimit: "Suggested limit",
      action: "Action",
      limitReason: "Why",
    },
  },
  portfolio: {
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
  whiteSpace: {
    title: "KAM white space: what each account buys from us, by product category",
    note: (rankedBy) =>
      `Accounts ranked by ${rankedBy === "potential" ? "potential (their purchases from all suppliers)" : "our sales"}. A shaded cell is white space: a category the account buys none of from us.`,
    summary: {
      sales: "Our sales",
      buyers: "Accounts buying",
      gaps: "Accounts with white space",
    },
    headers: {
      account: "Account",
      region: "Region",
      potential: "Potential",
      stars: "Stars",
      total: "Total",
      gaps: "White spaces",
    },
    regionsTitle: "By region",
    regionHeaders: {
      region: "Region",
      accounts: "Accounts",
      total: "Total",
      gaps: "White spaces",
    },
    noRegion: "(no region)",
  },
  pageSetup: { footer: "Page &P of &N" },
  yesNoFormat: '"Yes";"Yes";"No"',

  // ── reasons and data problems: tier reasons, limits, health, problems in the customer table ──
  tierReasons: {
    credit: {
      noLimit: ({ amount }) => `no credit limit for a balance of ${amount}`,
      utilisation: ({ pct: [a, t] }, op) => `utilisation ${a} ${op} ${t}`,
      daysOverdue: ({ days: [a, t] }, op) => `${a} days overdue ${op} ${t}`,
      overdueRatio: ({ pct: [a, t] }, op) => `overdue ${a} of balance ${op} ${t}`,
      agingOver60: ({ pct: [a, t] }, op) => `${a} of the aged balance over 60 days ${op} ${t}`,
      agingOver90: ({ pct: [a, t] }, op) => `${a} of the aged balance over 90 days ${op} ${t}`,
      agingOver180: ({ amount }) => `${amount} over 180 days`,
    },
    grade: {
      abc: { A: "class A", B: "class B", C: "class C" },
      noSales: "no positive sales",
      // The status code reads as a word in English.
      credit: (status, capped) => `credit ${status}${capped ? " lowers the grade" : ""}`,
      creditNotAssessed: "credit not assessed",
      philosophy: (n, capped) => `philosophy ${n}${capped ? " lowers the grade" : ""}`,
      philosophyNotAssessed: "philosophy not assessed",
    },
    separator: "; ",
  },
  healthReasons: {
    figure: {
      growth: (signed) => `growth ${signed}`,
      credit: (status) => `credit ${status}`,
      overdue: (shown, n) =>
        plural("en", n, { one: `${shown} overdue task`, other: `${shown} overdue tasks` }),
      stage: (shown, n) =>
        plural("en", n, {
          one: `${shown} stage below target`,
          other: `${shown} stages below target`,
        }),
      philosophy: (shown) => `philosophy ${shown}`,
    },
    name: {
      growth: "growth",
      credit: "credit",
      overdue: "overdue tasks",
      stage: "stage",
      philosophy: "philosophy",
    },
    notAssessed: (names) => `not assessed: ${names}`,
    noScore: "no component assessed",
    points: "",
    separator: "; ",
    comma: ", ",
  },
  limitReasons: {
    action: { raise: "raise", keep: "keep", lower: "lower", freeze: "freeze" },
    base: (base, sales, months, terms) =>
      `base ${base} = sales ${sales} ÷ ${months} months × ${terms}/30 days`,
    headroom: (pct, stars, to) => `+${pct} for ${stars}★ → ${to}`,
    defaultTerms: (days) => `no terms given: ${days} days assumed`,
    watch: (current) => `credit WATCH: not above the current limit ${current}`,
    freeze: (limit) =>
      `credit FAIL: frozen at ${limit}, the lower of the current limit and the balance`,
    current: (current) => `current limit ${current}`,
    colon: ": ",
    separator: "; ",
  },
  dataProblems: {
    // [7] → "row 7"; [3, 9] → "rows 3 and 9"; twenty rows → "rows 2, 3, … 9 and 12 more".
    rows: (shown, count) =>
      plural("en", count, {
        one: `row ${shown[0]}`,
        other:
          count > shown.length
            ? `rows ${shown.join(", ")} and ${count - shown.length} more`
            : `rows ${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`,
      }),
    noHeader:
      "No row of column names found. Put names such as “Customer” and “Sales” above the data, or pick another table.",
    missingRequired: (role) => `No ${role.toLowerCase()} column: choose it under Columns.`,
    missingOptional: {
      account: "No account column.",
      sales: "No sales column.",
      priorSales: "No prior-period sales column: tier movements are not shown.",
      region: "No region column: regions are not shown.",
      creditLimit: "No credit-limit column: credit is not assessed.",
      balance: "No balance column: credit use is not assessed.",
      overdue: "No overdue-amount column: the overdue share is not assessed.",
      daysOverdue: "No days-overdue column: days overdue are not assessed.",
      terms: "No payment-terms column: suggested limits assume default_terms_days.",
      creditSales: "No credit-sales column: DSO counts all sales as credit sales.",
      philosophy: "No business-philosophy column: business practice is not assessed.",
      location: "No location column: locations are not shown.",
      shoppers: "No shoppers column: shoppers are not shown.",
      category: "No product-category column: white space is not shown.",
      stage: "No relationship-stage column: the stage does not count in our strength.",
      tenure: "No years-as-customer column: tenure does not count in our strength.",
      potential: "No potential column: share of wallet and headroom are not shown.",
      area: "No crop-area column: the potential cannot be computed from an area.",
    },
    textSales: (rows, examples) =>
      `Text in the sales column on ${rows} (${examples}): these rows are left out.`,
    blankSales: (rows) => `No sales figure on ${rows}: these rows are left out.`,
    negativeSales: (rows) =>
      `Negative sales on ${rows}: returns or credit notes lower the total, so please check them.`,
    blankAccount: (rows) => `No account name on ${rows}: please fill it in.`,
    duplicateAccount: (account, rows) =>
      `${account} appears on ${rows}: their sales are added together.`,
    badNumber: (role, rows) =>
      `Not a number in the ${role.toLowerCase()} column on ${rows}: those cells are ignored.`,
    badPhilosophy: (rows) =>
      `The business-philosophy score on ${rows} is not from 1 to 5: it is ignored.`,
    dateSales: (rows) =>
      `A date in the sales column on ${rows}: a date is not a sales amount, so these rows are left out. Enter the sales figure, or format the cells as numbers.`,
    hiddenRows: (rows) =>
      `Hidden in the sheet (filtered or hidden by hand): ${rows}. They are read and counted like the others.`,
    noPhilosophyScore: (rows) =>
      `No business-philosophy score on ${rows}: business practice is not assessed for these accounts, so it does not limit their stars (they may reach 4 stars).`,
    badAging: (rows) =>
      `An aging bucket on ${rows} is text or negative: it is read as 0, please check it.`,
  },
  columnNames: {
    account: "Account",
    sales: "Sales",
    priorSales: "Prior-period sales",
    region: "Region",
    creditLimit: "Credit limit",
    balance: "Balance (receivables)",
    overdue: "Overdue amount",
    daysOverdue: "Days overdue",
    terms: "Payment terms (days)",
    creditSales: "Credit sales",
    philosophy: "Business philosophy score",
    location: "Location",
    shoppers: "Shoppers",
    category: "Product category",
    stage: "Relationship stage",
    tenure: "Years as a customer",
    potential: "Potential",
    area: "Crop area",
  },
  headerWords: {
    columns: {
      account: [
        "account",
        "account name",
        "customer",
        "customer name",
        "client",
        "client name",
        "name",
        "dealer",
        "distributor",
        "store",
        "shop",
      ],
      sales: ["sales", "revenue", "turnover", "amount", "sales amount", "current sales"],
      priorSales: [
        "prior sales",
        "prior period",
        "prior period sales",
        "prior year",
        "prior year sales",
        "last year",
        "last year sales",
        "previous year",
        "previous year sales",
      ],
      region: ["region", "area", "territory", "town", "township", "district"],
      creditLimit: ["credit limit", "limit"],
      balance: ["balance", "receivables", "accounts receivable", "ar", "owed"],
      overdue: ["overdue", "overdue amount", "past due"],
      daysOverdue: ["days overdue", "days past due"],
      terms: ["terms", "payment terms", "credit terms", "terms days", "days"],
      creditSales: ["credit sales", "sales on credit"],
      philosophy: ["philosophy", "business philosophy", "philosophy score", "management score"],
      location: ["location", "address"],
      shoppers: ["shoppers", "customers served", "consumer group"],
      // Issue 15: a ledger with one row per account and product category (white space); the
      // relationship stage and the years as a customer (our strength with the account).
      category: ["category", "product category", "product line", "product group"],
      stage: ["stage", "relationship stage"],
      tenure: ["tenure", "years as customer", "years as a customer", "customer years"],
      // A shop's purchases of the category from all suppliers: what our sales are a share of.
      potential: [
        "potential",
        "sales potential",
        "market potential",
        "wallet",
        "wallet size",
        "total purchases",
      ],
      // Plain "area" stays a region (a sales area), as before; the crop area is named as such.
      area: ["crop area", "planted area", "farm area", "acreage", "hectares", "mu"],
    },
    units: [
      "yuan",
      "k",
      "000s",
      "thousands",
      "m",
      "millions",
      "days",
      "points",
      "mu",
      "ha",
      "acres",
    ],
    // English ranges are written with a dash ("1-5"), which every language shares.
    rangeTo: [],
    scoreUnits: [],
    totals: { grand: ["total", "grand total", "totals", "sum"], sub: ["subtotal", "sub total"] },
  },
  agingHeaders: {
    units: { d: 1, day: 1, days: 1, m: 30, month: 30, months: 30, y: 365, year: 365, years: 365 },
    noise: [
      "aging",
      "aged",
      "ageing",
      "overdue",
      "pastdue",
      "amount",
      "balance",
      "receivable",
      "receivables",
    ],
    current: ["current", "notdue", "notyetdue", "notoverdue"],
    overBefore: ["over", "morethan", "above"],
    overAfter: ["plus", "andover", "ormore"],
    overBoth: [],
    withinBefore: ["within", "under", "upto", "lessthan"],
    withinAfter: [],
  },
  categoryHeaders: {
    categories: [
      "insecticide",
      "insecticides",
      "fungicide",
      "fungicides",
      "herbicide",
      "herbicides",
      "acaricide",
      "acaricides",
      "foliar fertiliser",
      "foliar fertilizer",
      "fertiliser",
      "fertilizer",
      "fertilisers",
      "fertilizers",
      "plant growth regulator",
      "plant growth regulators",
      "growth regulator",
      "seed",
      "seeds",
      "seed treatment",
    ],
    figure: ["sales", "revenue", "amount", "yuan"],
  },
  // The article's and the Cranfield model's names for the stages.
  ledgerStages: {
    basic: "transactional",
    "buying and selling": "transactional",
    interdependent: "partnership",
    integrated: "embeddedPartnership",
    embedded: "embeddedPartnership",
  },
  numberText: { currencyAfter: [] },

  // ── plans: templates, need rules, vocabulary, team, plan text ──
  planText: {
    title: (account) => `Key-account plan: ${account}`,
    note: "Created by the KAM add-in. Generating plans again updates the profile figures (the row below the Profile heading) and the status note under them, and the priorities, cooperation model and targets only where you have not changed them; everything else on this sheet is yours. Add tasks at the end of the work plan.",
    copyNote:
      "The add-in's copy of the priorities, cooperation model and targets it filled in (do not edit): it fills them again only where yours still equal it.",
    sections: {
      profile: "1. Profile",
      needs: "2. Needs analysis",
      team: "3. Key-account team",
      evaluation: "4. Evaluation",
      workPlan: "5. Work plan",
    },
    profile: {
      account: "Account",
      region: "Region",
      sales: "Sales",
      share: "Share",
      rank: "Rank",
      stars: "Stars",
      keyAccount: "Key account",
      credit: "Credit",
      reason: "Reason",
      asOf: "Figures as of",
      dso: "DSO (days)",
      location: "Location",
      shoppers: "Shoppers",
      currentStage: "Current relationship stage",
      targetStage: "Target relationship stage",
    },
    noLongerKey: (day) => `No longer a key account (analysis of ${day}).`,
    notInAnalysis: (day) => `Not in the customer list analysed on ${day}.`,
    progress: {
      manager: "KA manager",
      tasks: "Tasks",
      done: "Done",
      progress: "Progress",
      overdue: "Overdue",
      nextDue: "Next due",
      nextTask: "Next task",
    },
    needs: {
      need: "Need",
      priority: "Priority",
      reason: "Reason",
      notes: "Notes",
      model: "Cooperation model",
      measures: "Targeted measures",
      measuresText: (high, medium) =>
        [
          high.length ? `First: ${high.join(", ")}.` : "",
          medium.length ? `Then: ${medium.join(", ")}.` : "",
        ]
          .filter(Boolean)
          .join(" "),
    },
    model: {
      level: (stars) => `Service for ${stars}-star accounts`,
      noLevel: "KAM Templates has no service level for this star level",
      portfolio: (quadrant, treatment) => `portfolio: ${quadrant} (${treatment})`,
      withPortfolio: (level, portfolio) => `${level}; ${portfolio}`,
      visitsPerMonth: "Visits per month",
      reviewEveryDays: "Review meeting every (days)",
      supportShare: "Support budget (share of sales)",
      supportBudget: "Support budget",
      creditTermsDays: "Credit terms (days)",
      workForms: "Work forms",
      nextReview: "Next review",
    },
    stageHistory: {
      title: "Relationship stage history",
      date: "Date",
      stage: "Stage",
      note: "Note",
      firstPlan: "First plan",
    },
    contacts: {
      title: "Contacts at the account",
      person: "Person",
      position: "Position",
      buyingRole: "Role in buying",
      attitude: "Attitude",
      influence: "Influence",
      strength: "Relationship strength",
      lastContact: "Last contact",
      positions: ["Owner", "Owner's spouse", "Shop assistant", "Large grower"],
    },
    team: {
      role: "Role",
      person: "Person",
      responsibilities: "Responsibilities",
      authority: "Authority",
      benefit: "Benefit",
      accountableFor: "Accountable for",
    },
    evaluation: {
      measure: "Measure",
      target: "Target",
      actual: "Actual",
      variance: "Variance",
      sales: "Sales",
      share: "Share of sales",
      dso: "DSO (days)",
      credit: "Credit status",
      met: "met",
      notMet: "not met",
      attainment: "Attainment",
      dsoOver: (days) => `DSO (days, over ${days} days)`,
      period: (n) => `Q${n} actual`,
    },
    tasks: {
      workItem: "Work item",
      need: "Need addressed",
      ownerRole: "Owner role",
      person: "Person",
      workForm: "Work form",
      start: "Start",
      due: "Due",
      workload: "Workload (days)",
      status: "Status",
      kpi: "KPI",
      result: "Result",
      startAfter: "Start after (days)",
      duration: "Duration (days)",
    },
    overview: {
      title: "KAM plans",
      note: "Created by the KAM add-in and rewritten each time plans are generated; the figures are formulas over the plan sheets, so they follow every change you make there.",
      stage: "Relationship stage",
      attainment: "Sales attainment",
      nextReview: "Next review",
      growth: "Sales growth",
      philosophy: "Philosophy",
      health: "Health",
      previousHealth: "Health before",
      healthTrend: "Health trend",
      statusNote: "Status note",
      figuresMissing: "The plan's figures cannot be found (its hidden names were removed).",
    },
    templates: {
      title:
        "KAM templates: the team, the stages, the service model, the need rules and the default tasks",
      note: "New plans are filled from these tables. Edit, add or delete rows as you like: the add-in never overwrites this sheet. Days count from the day a plan is generated.",
      roles: "Team roles: responsibility, authority and accountability",
      tasks: "Needs and their default tasks",
      rules:
        "Need priorities from the account's figures: a need takes the highest priority of the rules that fire for it (low when none does)",
      service: "Service model by star level",
      stages: "Relationship stages, in order",
      figure: "Figure",
      test: "Test",
      value: "Value",
      stars: "Stars",
      startStage: "Starting stage",
      targetStage: "Target stage",
      stage: "Relationship stage",
      definition: "Definition",
    },
  },
  planVocabulary: {
    status: {
      notStarted: "not started",
      inProgress: "in progress",
      done: "done",
      blocked: "blocked",
    },
    workForm: {
      groupMeeting: "group meeting",
      onSiteGuidance: "on-site guidance",
      training: "training",
      visit: "visit",
      review: "review",
    },
    stage: {
      transactional: "transactional",
      cooperative: "cooperative",
      partnership: "partnership",
      embeddedPartnership: "embedded partnership",
      disintegrating: "disintegrating",
    },
    priority: { high: "high", medium: "medium", low: "low" },
    attitude: { supporter: "supporter", neutral: "neutral", opponent: "opponent" },
  },
  planRules: {
    figures: {
      sales: "sales",
      priorSales: "prior sales",
      salesGrowth: "sales growth",
      share: "share",
      stars: "stars",
      priorStars: "prior stars",
      newKeyAccount: "new key account",
      credit: "credit",
      philosophy: "philosophy",
      dso: "DSO",
    },
    tests: { "<": "<", "<=": "≤", ">": ">", ">=": "≥", "=": "is", "<>": "is not" },
    testAliases: { is: "=", equals: "=", isnot: "<>", not: "<>" },
    yes: "yes",
    no: "no",
    trueWords: ["true", "yes", "y"],
    falseWords: ["false", "no", "n"],
    noRule: "no rule for this need on KAM Templates",
    fired: (figure, actual, condition) => `${figure}: ${actual} (${condition})`,
    withDetail: (reason, detail) => `${reason}: ${detail}`,
    reasonSeparator: "; ",
  },
  planDefaults: {
    roles: [
      [
        "KA manager",
        "Leads the team serving the account; sets the plan and runs its reviews",
        "Assigns tasks; agrees terms with the account within policy",
        "Sales, share and progress of the plan",
        "Bonus on the account's sales and plan targets met",
      ],
      [
        "Sales support",
        "Guides the customer's selling: range, display and ordering",
        "Gives on-site selling advice; handles orders",
        "Distribution, shelf and sell-out",
        "Commission on the account's sell-out growth",
      ],
      [
        "Marketing support",
        "Marketing strategy and market planning with the account",
        "Spends the promotion budget within the plan",
        "Promotions held and their effect",
        "Bonus when promotions reach their uplift target",
      ],
      [
        "Technical support",
        "Answers technical questions; gives technical training",
        "Decides technical solutions for the account",
        "Technical problems solved; staff trained",
        "Recognition and bonus for problems solved and staff trained",
      ],
      [
        "Finance support",
        "Helps keep the customer's finances healthy: credit, payments, stock",
        "Proposes credit terms within policy",
        "DSO, overdue amounts and credit status",
        "Bonus when DSO and overdue amounts stay within target",
      ],
      [
        "Training support",
        "Systematic training as the customer grows",
        "Plans the training programme",
        "Training delivered and applied",
        "Bonus on training delivered and rated well by the account",
      ],
    ],
    tasks: [
      [
        "management guidance",
        "Kick-off meeting: agree goals and the plan",
        0,
        "groupMeeting",
        0,
        7,
        1,
        "Plan agreed with the account",
      ],
      [
        "management guidance",
        "Business review and improvement plan with the owner",
        0,
        "onSiteGuidance",
        14,
        14,
        2,
        "Improvement plan agreed",
      ],
      [
        "promotion support",
        "Joint promotion plan for the season",
        2,
        "groupMeeting",
        14,
        21,
        3,
        "Promotion held; sales uplift",
      ],
      [
        "technical support",
        "Product and application training for the staff",
        3,
        "training",
        21,
        14,
        2,
        "Staff trained",
      ],
      [
        "financial management",
        "Credit, payment and stock review",
        4,
        "review",
        7,
        14,
        1,
        "DSO at target; nothing overdue",
      ],
      [
        "training",
        "Training programme for the account's team",
        5,
        "training",
        30,
        30,
        3,
        "Sessions held",
      ],
      [
        "distribution",
        "Check the product range in the outlet",
        1,
        "visit",
        7,
        7,
        1,
        "Full range listed",
      ],
      [
        "shelf",
        "Shelf space and display agreement",
        1,
        "onSiteGuidance",
        14,
        14,
        2,
        "Target shelf share reached",
      ],
      ["price", "Price check against the price policy", 1, "visit", 14, 7, 1, "Prices at policy"],
      [
        "in-store promotion",
        "In-store promotion and point-of-sale material",
        2,
        "onSiteGuidance",
        30,
        14,
        2,
        "Promotion running in store",
      ],
      [
        "management guidance",
        "Quarterly review of the plan and its results",
        0,
        "review",
        90,
        7,
        1,
        "Targets met; next plan agreed",
      ],
    ],
    rules: [
      ["financial management", "credit", "=", "WATCH", "high"],
      ["financial management", "credit", "=", "FAIL", "high"],
      ["financial management", "dso", ">", 60, "medium"],
      ["management guidance", "philosophy", "<=", 3, "high"],
      ["management guidance", "stars", ">=", 1, "medium"],
      ["promotion support", "salesGrowth", "<", 0, "high"],
      ["in-store promotion", "salesGrowth", "<", 0, "medium"],
      ["price", "salesGrowth", "<", 0, "medium"],
      ["training", "newKeyAccount", "=", true, "medium"],
      ["training", "philosophy", "<=", 3, "medium"],
      ["distribution", "newKeyAccount", "=", true, "medium"],
      ["distribution", "salesGrowth", ">=", 0.15, "medium"],
      ["shelf", "newKeyAccount", "=", true, "medium"],
      ["technical support", "stars", ">=", 4, "medium"],
    ],
    stages: [
      [
        "transactional",
        "Buying and selling: contact is orders and payment, between a salesperson and the owner",
      ],
      [
        "partnership",
        "Partners: shared goals and a joint plan; several people on each side work together regularly",
      ],
      [
        "embeddedPartnership",
        "Embedded partners: each is built into the other's business (planning, stock, training, finance); hard for either to leave",
      ],
    ],
    workFormSeparator: ", ",
  },
  planEarlierHeaders: { roles: [], tasks: [] },
  planTeam: {
    title: "KAM Team",
    note: "The roster is yours: replace the example people, add people in the empty rows, set the days each can give key accounts per month. The plans' Person dropdowns list it. The workload is every plan's tasks in days, by person and by the month a task starts; a month above the person's days is red.",
    roster: "Roster",
    workload: "Workload (days) by month",
    from: "First month",
    person: "Person",
    role: "Role",
    days: "Days available per month",
    placeholder: (role) => `${role} 1`,
    notCounted: (counted, plans) =>
      `The workload counts the first ${counted} of ${plans} plans: Excel's formulas cannot name more.`,
  },
  planPane: {
    heading: "5. Plans",
    intro:
      "A plan sheet for each account you tick: its needs, the key-account team, tasks with dates, and how the effect is evaluated. Generating again updates the figures and keeps everything you wrote.",
    loading: "Looking for plans in this workbook…",
    accounts: "Accounts to plan",
    filter: "Find an account",
    keyAccount: "key account",
    hasPlan: "has a plan: its figures are updated",
    shown: (shown, total) => `${shown} of ${total} accounts shown: type a name to find the others.`,
    noMatch: "No account matches.",
    generate: "Generate plans",
    generating: "Generating plans…",
    nothingChosen: "Tick at least one account.",
    progress: "Progress",
    steps: {
      reading: "Reading the templates and the plans…",
      writingPlans: "Writing the plan sheets…",
      updating: "Updating the figures in existing plans…",
      overview: "Writing the KAM Plans overview…",
    },
    done: (created, updated) =>
      `${plural("en", created, { one: "1 new plan", other: `${created} new plans` })}; ${plural("en", updated, { one: "1 plan", other: `${updated} plans` })} updated.`,
    overview: "Open the KAM Plans overview",
    newPlans: "New plans",
    goTo: (sheet) => `Go to the sheet “${sheet}”`,
    templatesWritten:
      "The KAM Templates sheet was added: change its tasks and roles there, and new plans follow them.",
    templatesUnreadable:
      "The KAM Templates sheet could not be read (no role or task found), so the default tasks and roles were used. The sheet was left as it is.",
    missing: (count) =>
      `The figures of ${plural("en", count, { one: "1 plan", other: `${count} plans` })} could not be updated: the hidden names that locate them were removed.`,
  },

  // ── pane, workbench, command line, Office errors, function help ──
  /** The task pane. */
  pane: {
    title: "KAM: key account management",
    intro:
      "Find the customers that carry your sales and grade them by share, credit and business practice.",
    demoNotice:
      "Preview with a sample table. Open KAM from the Home tab in Excel to analyse your own customer list.",
    loading: "Looking for your customer list…",
    stepHeadings: {
      data: "1. Your customer list",
      criteria: "2. Criteria",
      analyse: "3. Analyse",
      results: "4. Results",
    },
    source: {
      label: "Table or range",
      refresh: "Read again",
      kind: { table: "table", range: "range" },
      found: (label) => `Found: ${label}`,
      headerAt: (row) => `Column names on row ${row}`,
      changed: "The table changed since it was read: check the columns, then analyse again.",
    },
    mapping: {
      heading: "Columns",
      notUsed: "— not used —",
      column: (letter, header) => (header ? `${letter}: ${header}` : letter),
      recognised: "Column names KAM recognises",
    },
    preview: {
      heading: "Preview",
      row: "Row",
      shown: (shown, total) =>
        `The first ${shown} of ${total} ${plural("en", total, { one: "row", other: "rows" })}, as they will be read`,
      empty: "No rows can be read with these columns.",
    },
    problems: {
      heading: "Before you analyse",
      none: "No problems found in the data.",
    },
    criteria: {
      groups: {
        abc: "Classes by share of sales (ABC)",
        credit: "Credit",
        stars: "Business practice and key accounts",
        finance: "Aging, DSO and credit limits",
        wallet: "Potential and development accounts",
        health: "Account health score",
        portfolio: "Portfolio matrix",
      },
      fields: {
        aCutoff: {
          label: "A cut-off (% of sales)",
          hint: "Class A: the largest accounts that together make up this share of sales.",
        },
        bCutoff: {
          label: "B cut-off (% of sales)",
          hint: "Class B: the next accounts, up to this cumulative share; the rest are C.",
        },
        creditWatchUtilisation: {
          label: "WATCH from credit use (%)",
          hint: "WATCH when the balance reaches this share of the credit limit.",
        },
        creditFailUtilisation: {
          label: "FAIL above credit use (%)",
          hint: "FAIL when the balance is above this share of the credit limit.",
        },
        creditWatchDays: {
          label: "WATCH after days overdue",
          hint: "WATCH when a payment is more than this many days overdue.",
        },
        creditFailDays: {
          label: "FAIL after days overdue",
          hint: "FAIL when a payment is more than this many days overdue.",
        },
        creditWatchOverdueRatio: {
          label: "WATCH above overdue share (%)",
          hint: "WATCH when the overdue amount is more than this share of the balance.",
        },
        creditFailOverdueRatio: {
          label: "FAIL above overdue share (%)",
          hint: "FAIL when the overdue amount is more than this share of the balance.",
        },
        philosophyGood: {
          label: "Good business practice from (score 1–5)",
          hint: "From this score up, the business-philosophy score does not limit the stars.",
        },
        philosophyFair: {
          label: "Fair business practice from (score 1–5)",
          hint: "Fair: a class-A account gets at most 3 stars; below fair, at most 2.",
        },
        keyMinStars: {
          label: "Key accounts from (stars)",
          hint: "Accounts with at least this many stars are key accounts.",
        },
        targetGrowth: {
          label: "Sales growth target (%)",
          hint: "A plan's sales target is the prior period's sales plus this growth.",
        },
      },
      keyCredit: {
        any: { label: "Any", hint: "Credit only lowers the stars." },
        not_fail: { label: "Not high risk", hint: "No key account has credit FAIL." },
        ok: { label: "OK only", hint: "Key accounts need credit OK." },
      },
      percentLabel: (label) => `${label} (%)`,
      relativeHint: (explanation) =>
        `${explanation}. A relative weight: only its size against the other weights counts.`,
      rule: {
        label: "Where class A ends",
        cover: {
          label: "Cover the cut-off",
          hint: "The account that crosses the cut-off is in A, so A makes up at least the cut-off.",
        },
        within: {
          label: "Stay within the cut-off",
          hint: "Only accounts whose cumulative share stays within the cut-off are in A.",
        },
      },
      reset: "Reset to defaults",
      fromWorkbook: "Loaded from the KAM Criteria sheet in this workbook.",
      unreadable:
        "The criteria saved in this workbook could not be read, so the defaults are shown.",
      invalid: {
        number: "Enter a number.",
        range: (min, max) => `Enter a value from ${min} to ${max}.`,
        atLeast: (min) => `Enter ${min} or more.`,
        above: (min) => `Enter a value above ${min}.`,
        aboveUpTo: (min, max) => `Enter a value above ${min}, up to ${max}.`,
        noHealthWeight: "At least one health weight must be above 0.",
        aBelowB: "The A cut-off must be below the B cut-off.",
        watchNotAboveFail: "WATCH must not be above FAIL.",
        fairNotAboveGood: "Fair must not be above good.",
        wholeStars: "Enter a whole number of stars from 1 to 4.",
      },
    },
    analyse: {
      button: "Analyse",
      running: "Analysing…",
      progress: "Progress",
      steps: {
        reading: "Reading your table…",
        analysing: "Grading the accounts…",
        writingCriteria: "Writing the KAM Criteria sheet…",
        writingTiers: "Writing the KAM Tiers sheet…",
        chart: "Adding the Pareto chart…",
      },
      blockedByData: "Fix the problems in red above first.",
      blockedByCriteria: "Correct the criteria first.",
    },
    results: {
      written: (sheets) => `Written to ${sheets}.`,
      totalSales: "Total sales",
      accounts: "Accounts",
      keyAccounts: "Key accounts",
      keyShare: (share) => `${share} of sales`,
      pareto: (cutoff) => `Accounts making up ${cutoff}`,
      paretoOf: (accounts) =>
        `of ${accounts} ${plural("en", accounts, { one: "account", other: "accounts" })}`,
      hhi: "Concentration (HHI)",
      concentration: {
        low: "Low: sales are spread over many customers.",
        moderate: "Moderate: a few customers matter a lot.",
        high: "High: your sales depend on a few customers.",
      },
      effective: (customers) => `Like ${customers} customers of equal size.`,
      keyList: (stars) => `Key accounts (${"★".repeat(stars)} and more)`,
      keyListEmpty: (stars) =>
        `No account has ${stars} ${plural("en", stars, { one: "star", other: "stars" })} or more with these criteria.`,
      more: (count) => `…and ${count} more on the tier sheet.`,
      goTo: (account) => `Go to ${account} in the tier sheet`,
      accountLine: (share, abc) => `${share} of sales · class ${abc}`,
      lost: "Lost since the prior period",
      next: "Next: plan the key accounts",
      nextNote: "Coming next: a plan sheet for each key account.",
    },
    errors: {
      title: "That did not work",
      generic:
        "Something unexpected went wrong. Try again; if it happens again, the details below say what failed.",
      details: "Details",
      zeroTotal:
        "The sales add up to 0, so there are no shares to compute. Check the sales column.",
      badTotal: "The sales add up to less than 0 or are too large to add. Check the sales column.",
    },
    functions: {
      heading: "Formulas to try",
      tiers: "the whole tier table: rank, share, class, stars, key account",
      hhi: "how concentrated your sales are",
      grade: "the first account's stars; fill it down for the others",
      creditWhy: "why the first account's credit is not OK (empty when it is)",
    },
  },
  /** What the pane says for each workbook error. */
  engineErrors: {
    quotedText: (text) => `the text "${text}"`,
    notANumberValue: "a value that is not a number",
    notANumber: (value) => `not a number: ${value}`,
    mustBeNumber: (what, value) => `${what} must be a number, not ${value}`,
    mustBeText: (what, value) => `${what} must be text, not ${value}`,
    required: (what) => `${what} is required`,
    singleCell: (what) => `${what} must be a single cell, not a range`,
    argumentNegative: (what, value) => `${what} cannot be negative (${value})`,
    sameSizeAsValues: (what, rows, cols, gotRows, gotCols) =>
      `${what} must be one cell or a range of the same size as the values (${rows}×${cols}), not ${gotRows}×${gotCols}`,
    accountsSameSize: "accounts must be a range of the same size as values",
    resultTooLarge: "the result is too large for a number: check the figures",
    sharesTooLargeToSquare: "the shares are too large to square: check the sales figures",
    cutoffRange: (cutoff) => `the cut-off must be more than 0 and at most 1 (got ${cutoff})`,
    overdueTasksNegative: (value) => `overdue tasks cannot be negative (got ${value})`,
    philosophyScore: (score) => `a business-philosophy score is from 1 to 5 (got ${score})`,
    bucketLowerBounds: (buckets, got) =>
      `bucket_days must give one lower bound per bucket (${buckets}), not ${got}`,
    agingBucketNegative: (amount) => `an aging bucket cannot be negative (${amount})`,
    agingBucketNotNumber: (value) => `aging bucket must be a number, not ${value}`,
    bucketDaysNegative: (days) => `a bucket's lower bound in days cannot be negative (${days})`,
    creditLimitNegative: (value) => `the credit limit cannot be negative (${value})`,
    overdueNegative: (value) => `the overdue amount cannot be negative (${value})`,
    daysOverdueNegative: (value) => `days overdue cannot be negative (${value})`,
    currentLimitNegative: (value) => `the current credit limit cannot be negative (${value})`,
    termsNegative: (value) => `payment terms cannot be negative (${value})`,
    creditSalesZero: "credit sales are 0, so DSO is undefined",
    creditSalesNegative: (value) => `credit sales cannot be negative (${value})`,
    receivablesNegative: (value) => `receivables cannot be negative (${value})`,
    daysPositive: (days) => `the number of days must be positive (${days})`,
    dsoTooLarge: "DSO is too large to compute: check the figures",
    potentialNegative: (value) => `the potential cannot be negative (${value})`,
    potentialZero: "the potential is 0, so there is no share of wallet",
    scoreRange: (name, score) => `${name} must be a score from 0 to 100 (got ${score})`,
    unknownAbcRule: (text) => `unknown ABC rule "${text}": use "cover" or "within"`,
    cutoffOrder: (a, b) => `cut-offs must satisfy 0 < a_cutoff < b_cutoff ≤ 1 (got ${a} and ${b})`,
    criteriaShape: "criteria must be a range of two columns: name and value",
    unknownCriterion: (name, suggestion) =>
      `unknown criterion "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
    abcRuleChoice: (value) => `abc_rule must be "cover" or "within", not ${value}`,
    keyCreditChoice: (value) =>
      `key_requires_credit must be "any", "not_fail" or "ok", not ${value}`,
    criteriaOutOfRange: (problems) => `criteria out of range: ${problems.join("; ")}`,
    outOfRange: {
      creditUtilisation: "0 < credit_watch_utilisation ≤ credit_fail_utilisation",
      creditDays: "0 ≤ credit_watch_days ≤ credit_fail_days",
      overdueRatio: "0 ≤ credit_watch_overdue_ratio ≤ credit_fail_overdue_ratio",
      philosophy: "1 ≤ philosophy_fair ≤ philosophy_good ≤ 5",
      keyMinStars: "key_min_stars is a whole number from 1 to 4",
      agingShares: "aging_watch_share and aging_fail_share are 0% or more",
      periodDays: "period_days > 0 and default_terms_days ≥ 0",
      limitHeadroom: "limit_headroom_4 and limit_headroom_3 are 0% or more",
      targetGrowth: "target_growth > -100%",
      portfolioWeights: "the weights are 0 or more",
      portfolioCut: "0 ≤ portfolio_cut ≤ 100",
      spend: "spend_per_area and development_min_headroom are 0 or more",
      healthWeights: "the health_weight_ criteria are 0 or more, and not all 0",
      healthSteps: "health_growth_span > 0, health_overdue_step ≥ 0 and health_stage_step ≥ 0",
    },
    salesTooLarge: "the sales figures are too large to add up",
    totalZero: "the total of the population is 0, so there are no shares",
    totalNegative: (total) =>
      `the total of the population is negative (${total}): shares need positive sales`,
    inRow: (row, message) => `row ${row}: ${message}`,
    agingRows: (count) =>
      `aging must have one row of buckets per account (${count}), beside a column of credit figures`,
    bucketDaysNeeded: (buckets) =>
      `${buckets} aging buckets need bucket_days (each bucket's lower bound in days); without it KAM expects 5: current, 1–30, 31–60, 61–90, over 90`,
    bucketDaysCount: (buckets) => `bucket_days must give one number per aging bucket (${buckets})`,
    starsRange: (stars) =>
      `stars are a whole number from 1 to 4 (as KAM.GRADE gives), not ${stars}`,
    creditCode: (value) => `credit must be OK, WATCH or FAIL (as KAM.CREDIT gives), not ${value}`,
    internalError: (message) => `KAM internal error: ${message}`,
    notFinite: "the result is not a finite number",
  },
  officeErrors: {
    cellEditMode: "Excel is busy editing a cell. Finish editing the cell, then try again.",
    payloadTooLarge:
      "That is more data than Excel accepts in one go. Select a smaller range, or split the list, then try again.",
    itemNotFound:
      "The sheet, table or range is no longer there (it may have been renamed or deleted). Pick the data again.",
    noData:
      "There is no data here. Click a cell inside your customer list, or select it, then try again.",
    unsupported:
      "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web.",
    nameTaken:
      "The workbook has a name of its own (below) that the add-in marks its sheets with. Nothing was written, as the add-in never writes over your sheets or names: rename or delete that name in Formulas > Name Manager, then try again.",
    generic:
      "Excel could not complete the request. Try again; if it fails again, save and reopen the workbook.",
  },
  /** The workbook the pane previews outside Excel. */
  demo: {
    headers: [
      "Customer",
      "Township",
      "Sales",
      "Last year",
      "Credit limit",
      "Balance",
      "Days overdue",
      "Philosophy",
    ],
    customersSheet: "Customers",
    customersLabel: "Customers",
    shops: {
      chengguan: { name: "Chengguan Farm Store", township: "Chengguan" },
      jinji: { name: "Jinji Agri Supply", township: "Jinji" },
      xinshi: { name: "Xinshi Seeds", township: "Xinshi" },
      baishui: { name: "Baishui Plant Care", township: "Baishui" },
      hetang: { name: "Hetang Growers", township: "Hetang" },
      shuangfeng: { name: "Shuangfeng Fertiliser", township: "Shuangfeng" },
      longtan: { name: "Longtan Farm Shop", township: "Longtan" },
      qingshan: { name: "Qingshan Seeds", township: "Qingshan" },
      shiqiao: { name: "Shiqiao Supply", township: "Shiqiao" },
      dapu: { name: "Dapu Garden", township: "Dapu" },
      yangliu: { name: "Yangliu Agri", township: "Yangliu" },
      maotian: { name: "Maotian Store", township: "Maotian" },
      zhuxi: { name: "Zhuxi Seeds", township: "Zhuxi" },
    },
    notesSheet: "Notes",
    quarter: "Quarter",
    owner: "Owner",
    ownerName: "Mr Liu",
  },
  /** The workbench around the pane. */
  workbench: {
    title: "KAM workbench",
    subtitle: "The task pane on an in-memory Excel",
    paneLabel: "KAM task pane",
    open: "Open .xlsx…",
    sample: "Sample",
    download: "Download .xlsx",
    downloadHint: "The workbook as shown, written by the command line's .xlsx writer",
    downloadFailed: "The workbook could not be written as .xlsx:",
    language: "Pane language",
    dark: "Dark theme",
    sheets: "Sheets",
    allSheets: "All sheets",
    previousSheets: "Scroll the sheet tabs left",
    nextSheets: "Scroll the sheet tabs right",
    nameBox: "Name box",
    formulaBar: "Formula bar",
    errorMessage: "Why the cell shows an error",
    loading: "Opening the workbook…",
    openFailed: "This file could not be opened:",
    notXlsx: "it is not an .xlsx workbook.",
    encrypted: "it is protected with a password; save a copy without one.",
    oldFormat: "it is an Excel 97–2003 (.xls) file; save it as .xlsx.",
    unreadable: "it is damaged or cannot be read.",
    notFound: "it cannot be found.",
    isDirectory: "it is a folder, not a workbook.",
    noPermission: "you have no permission to read it.",
    refusedTitle: "Excel would refuse this request",
    refusedHint: "The add-in sent a request Excel rejects; in Excel it would fail the same way.",
    dismiss: "Dismiss",
    listRefusedTitle: "Microsoft Excel",
    listRefused:
      "This value doesn't match the data validation restrictions defined for this cell. Allowed:",
    retry: "Retry",
    cancel: "Cancel",
    chart: "Chart",
    spill: (range, rows, columns, blocker) =>
      `the result needs ${range} (${rows} ${plural("en", rows, { one: "row", other: "rows" })} × ${columns} ${plural("en", columns, { one: "column", other: "columns" })}) but ${blocker} is not empty: clear it and the result spills there`,
    languageNames: { en: "English", "zh-CN": "Chinese" },
    ownName: "English",
    sampleOf: (name, ownName) => (ownName ? `${name} sample (${ownName})` : `${name} sample`),
    sampleWorkbook: "assets/kam-sample-en.xlsx",
    officeDisplayLanguage: "en-US",
  },
  /** The command line's messages. */
  cli: {
    read: {
      notFound: "no such file",
      isDirectory: "is a folder, not a workbook: name the .xlsx file inside it",
      noPermission:
        "you have no permission to read this file: check its permissions, or copy it somewhere you can read it",
      encrypted:
        "the workbook is password-protected: remove the password in Excel (File > Info > Protect Workbook), save it and try again",
      oldFormat:
        "password-protected, or not an .xlsx workbook (an Excel 97–2003 .xls file?): save it as .xlsx without a password",
      notXlsx: "not an .xlsx workbook",
      unreadable: "cannot be read as a workbook; the file may be damaged",
    },
    emptySheet: (sheet) => `sheet "${sheet}" is empty`,
    emptyWorkbook: "every sheet is empty",
    noHeader: (sheets) =>
      `no row of column names found in the first 10 rows of ${sheets}: put names such as "Customer" and "Sales" above the data, or name the sheet with --sheet`,
    missingColumn: (sheet, row, role) =>
      `sheet "${sheet}" has column names on row ${row} but no ${role.toLowerCase()} column`,
    noRows: (sheet) => `sheet "${sheet}" has column names but no customer rows below them`,
    zeroTotal: "the sales add up to zero or less, so there are no shares to compute",
    salesTooLarge:
      "the sales figures are too large to add up (their total is beyond the largest number a spreadsheet can hold): check the sales column for misplaced digits",
    badSavedCriteria: (detail) =>
      `the criteria on the KAM Criteria sheet cannot be used (${detail}): correct them, or pass --criteria`,
    cannotWrite: (detail) => `cannot write the output (${detail})`,
    noSheet: (sheet, sheets) => `no sheet named "${sheet}" (the sheets are ${sheets})`,
    sameFile: "--out must name another file: the input is never modified",
    outNotXlsx: "--out must name an .xlsx file",
    badCriteria: (detail) => `--criteria: ${detail}`,
    criteriaNotText:
      'not a criteria file: expected JSON such as {"a_cutoff": 0.8} or a CSV of name,value lines (UTF-8 text)',
    seeHelp: "Run `kam analyze --help` for the options.",
    templatesUnreadable:
      "the KAM Templates sheet has no roles or tasks that can be read: the default templates were used",
    planNamesMissing: (names) =>
      `some plan figures could not be updated, because their hidden names are gone: ${names}`,
    markerTaken: (name, ref) =>
      `the workbook has a name of its own, ${name} (${ref}), which the add-in marks its sheets with; nothing was written, as the add-in never writes over your sheets: rename or delete that name (Excel: Formulas > Name Manager; LibreOffice: Sheet > Named Ranges and Expressions > Manage), then run again`,
    nameKept: (name, ref, read) =>
      read
        ? `your own name ${name} (${ref}) was read as the criteria and left as it is`
        : `your own name ${name} (${ref}) was left as it is`,
    tooManyPlans: (count, limit) =>
      `--plans would create ${count} plan sheets, more than the limit of ${limit}: choose the accounts with --plans-top N (the N largest key accounts) or --plans-for "name1,name2", or raise the limit with --plans-limit`,
    unknownPlanAccounts: (names) => `--plans-for: no account named ${names} in the customer table`,
    notWholeNumber: "must be a whole number of 1 or more",
    warning: "note",
    progress: {
      reading: (mb) => `Reading the workbook (${mb} MB)…`,
      analysing: (rows) =>
        `Analysing ${formatAmount(rows, 0)} ${plural("en", rows, { one: "row", other: "rows" })}…`,
      writing: (sheet, done, total) =>
        `Writing ${sheet}: ${formatAmount(done, 0)} of ${formatAmount(total, 0)} ${plural("en", total, { one: "row", other: "rows" })}`,
      saving: "Saving the workbook…",
    },
    summary: {
      heading: (source) => `KAM analysis: ${source}`,
      keyHeading: "Key accounts",
      more: (n) => `… and ${n} more`,
      none: "(none)",
      written: (out) => `Written: ${out}`,
    },
    keyColumns: {
      account: "Account",
      sales: "Sales",
      share: "Share",
      abc: "ABC",
      stars: "Stars",
      credit: "Credit",
    },
    help: {
      kam: "Key account management on .xlsx workbooks: find, grade and plan your key accounts.",
      analyze:
        "Read the customer table of INPUT and write the KAM Criteria and KAM Tiers sheets into a copy of it.",
      input: "the workbook with the customer list (.xlsx); it is never modified",
      sheet:
        "the sheet with the customer list (default: the first sheet with column names KAM recognises)",
      out: "where to write the result (default: INPUT-kam.xlsx beside the input)",
      plans: "also write a plan sheet per key account and the KAM Plans overview",
      plansTop: "plans for the N largest key accounts only (implies --plans)",
      plansFor:
        'plans for these accounts, key accounts or not: "name1,name2" (repeatable; implies --plans)',
      plansLimit: (limit) => `the most new plan sheets one run may create (default: ${limit})`,
      lang: "the language of the sheets and messages",
      langDefault: "from LANG",
      criteria: 'criteria as JSON ({"a_cutoff": 0.8}) or a two-column CSV of name,value',
      json: "print the summary as JSON instead of a table",
    },
    listItem: (name) => `"${name}"`,
    listSeparator: ", ",
  },
  /** The KAM functions' help in Excel's formula autocomplete. */
  functionHelp: {
    SHARE: {
      description:
        "Share of the total: each value divided by the sum of the population. Spills when given a range.",
      parameters: {
        values: "Sales of one account (B2) or of many (B2:B25).",
        population:
          "All accounts' sales (B$2:B$25). Defaults to values. Blanks and text are skipped, as SUM does.",
      },
    },
    CUMSHARE: {
      description:
        "Cumulative share: the share of total sales held by the accounts selling at least as much as this one.",
      parameters: {
        values: "Sales of one account (B2) or of many (B2:B25).",
        population: "All accounts' sales (B$2:B$25). Defaults to values.",
      },
    },
    RANK: {
      description:
        "Rank by sales, largest first: 1 + the number of accounts selling more (as RANK.EQ). Equal sales share a rank.",
      parameters: {
        values: "Sales of one account (B2) or of many (B2:B25).",
        population: "All accounts' sales (B$2:B$25). Defaults to values.",
      },
    },
    ABC: {
      description:
        "Pareto (ABC) class: A for the largest accounts that make up a_cutoff of sales, B up to b_cutoff, C for the rest.",
      parameters: {
        values: "Sales of one account (B2) or of many (B2:B25).",
        population: "All accounts' sales (B$2:B$25). Defaults to values.",
        a_cutoff: "Share of sales that class A makes up, e.g. 0.7 (the default) for 70%.",
        b_cutoff:
          "Cumulative share up to which accounts are class B, e.g. 0.9 (the default). Must be above a_cutoff and at most 1.",
        rule: '"cover" (default): the account that crosses the cut-off is still A, so A covers at least 70%. "within": A only while the cumulative share stays within the cut-off.',
      },
    },
    PARETO: {
      description:
        'How many of the largest accounts together make up the cut-off share of sales (class A, "cover" rule).',
      parameters: {
        values: "All accounts' sales (B2:B25).",
        cutoff:
          'Share of sales to cover, e.g. 0.7 (the default) for "the customers that make up 70% of sales".',
      },
    },
    TOPSHARE: {
      description: "Share of total sales held by the n largest accounts.",
      parameters: {
        values: "All accounts' sales (B2:B25).",
        n: "How many of the largest accounts to add up, e.g. 6.",
      },
    },
    HHI: {
      description:
        "Herfindahl–Hirschman index of customer concentration: the sum of squared percentage shares, from 10,000/N (all equal) to 10,000 (one customer). Above 1,800 is highly concentrated; 1,000–1,800 moderately.",
      parameters: {
        values: "All accounts' sales (B2:B25).",
      },
    },
    CREDIT: {
      description:
        "Credit status: FAIL when over the limit, more than 90 days or more than 30% of the balance overdue; WATCH from 80% of the limit, 30 days or 10% overdue.",
      parameters: {
        credit_limit:
          "Credit limit granted to the customer (C2). Blank or 0 with money owed is FAIL.",
        balance: "What the customer owes now: receivables (D2). Nothing owed is OK.",
        overdue: "Amount past its due date (E2).",
        days_overdue: "Days the oldest unpaid invoice is past due (F2).",
        criteria:
          "Two-column range of criterion names and values (KAM_Criteria) to change the thresholds.",
        aging:
          "Aging buckets of the account, one row per account (I2:M2); their rules join the others.",
        bucket_days:
          "Each bucket's lower bound in days, when the buckets are not current, 1–30, 31–60, 61–90, over 90.",
      },
    },
    CREDITWHY: {
      description:
        'Why the credit status is not OK: each rule broken, with the figures, e.g. "utilisation 104% > 100%; 45 days overdue > 30".',
      parameters: {
        credit_limit: "Credit limit granted to the customer (C2).",
        balance: "What the customer owes now (D2).",
        overdue: "Amount past its due date (E2).",
        days_overdue: "Days the oldest unpaid invoice is past due (F2).",
        criteria: "Two-column range of criterion names and values (KAM_Criteria).",
        aging: "Aging buckets of the account, one row per account (I2:M2).",
        bucket_days:
          "Each bucket's lower bound in days, when the buckets are not the default five.",
      },
    },
    AGING: {
      description:
        "Credit status from an aging row: WATCH when more than 10% of the aged balance is over 60 days; FAIL when more than 10% is over 90 days or anything is over 180 days.",
      parameters: {
        buckets: "Aging buckets of one account (I2:M2) or of many, one row each (I2:M25).",
        bucket_days:
          "Each bucket's lower bound in days, e.g. {0,1,31,61,91} (the default: current, 1–30, 31–60, 61–90, over 90).",
        criteria:
          "Two-column range of criterion names and values (KAM_Criteria), e.g. aging_watch_share.",
      },
    },
    LIMIT: {
      description:
        "Suggested credit limit: period sales ÷ months × terms ÷ 30 days, with headroom by stars; WATCH never above the current limit; FAIL frozen at the lower of the current limit and the balance.",
      parameters: {
        sales: "Sales of the account in the period (B2), period_days long (365).",
        terms_days: "Payment terms in days (N2). Blank = default_terms_days (30).",
        stars: "Stars 1–4, e.g. from KAM.GRADE: 4★ +20%, 3★ +10%.",
        credit: "Credit status OK, WATCH or FAIL (G2). Blank = not assessed.",
        current_limit: "The credit limit granted now (C2).",
        criteria: "Two-column range of criterion names and values (KAM_Criteria).",
        balance: "What the account owes now (D2): a FAIL limit is frozen at it.",
      },
    },
    LIMITWHY: {
      description:
        "The action on the credit limit (raise, keep, lower, freeze) and why, with the figures.",
      parameters: {
        sales: "Sales of the account in the period (B2).",
        terms_days: "Payment terms in days (N2). Blank = default_terms_days.",
        stars: "Stars 1–4, e.g. from KAM.GRADE.",
        credit: "Credit status OK, WATCH or FAIL (G2).",
        current_limit: "The credit limit granted now (C2).",
        criteria: "Two-column range of criterion names and values (KAM_Criteria).",
        balance: "What the account owes now (D2).",
      },
    },
    DSO: {
      description: "Days sales outstanding: how many days of credit sales are still unpaid.",
      parameters: {
        receivables: "Receivables at the end of the period (D2).",
        credit_sales: "Credit sales in the period (B2).",
        days: "Days in the period: 365 (default) for a year, 90 for a quarter, 30 for a month.",
      },
    },
    WALLET: {
      description:
        "Share of wallet: our sales to the account divided by its potential (what it buys from all suppliers).",
      parameters: {
        sales: "Our sales to one account (C5) or to many (C5:C40).",
        potential:
          "The account's potential: its purchases of the category from all suppliers, or an estimate (J5 or J5:J40). Blank = not assessed.",
      },
    },
    HEADROOM: {
      description:
        "Headroom: what the account buys from other suppliers, the room to grow: potential minus our sales.",
      parameters: {
        sales: "Our sales to one account (C5) or to many (C5:C40).",
        potential:
          "The account's potential: its purchases of the category from all suppliers, or an estimate (J5 or J5:J40). Blank = not assessed.",
      },
    },
    PORTFOLIO: {
      description:
        "The account's quadrant on the key-account portfolio matrix: strategic (invest and plan), status (maintain), opportunistic (selective) or streamline (serve efficiently).",
      parameters: {
        attractiveness:
          "The account's attractiveness, a score from 0 to 100 (one cell, or a column of them).",
        strength:
          "Our strength with the account, a score from 0 to 100, beside the attractiveness.",
        criteria:
          "Two-column range of criterion names and values (KAM_Criteria): portfolio_cut (50) is where a side becomes high.",
      },
    },
    GRADE: {
      description:
        "Key-account stars, 1 to 4: 4 = class A with credit OK and a good business philosophy; 3 = class A with credit WATCH or philosophy 3; 2 = class B, or A with credit FAIL or philosophy 2 or less; 1 = class C.",
      parameters: {
        values: "Sales of one account (B2) or of many (B2:B25).",
        population: "All accounts' sales (B$2:B$25).",
        credit:
          "Credit status OK, WATCH or FAIL, e.g. from KAM.CREDIT (G2). Blank = not assessed, which never lowers the grade.",
        philosophy:
          "Business-philosophy score from 1 (poor) to 5 (excellent) (H2). Blank = not assessed.",
        criteria:
          "Two-column range of criterion names and values (KAM_Criteria) for the cut-offs and thresholds.",
      },
    },
    ISKEY: {
      description:
        "Whether an account is a key account: its stars reach the key-account minimum (3 by default).",
      parameters: {
        values: "Sales of one account (B2) or of many (B2:B25).",
        population: "All accounts' sales (B$2:B$25).",
        credit: "Credit status OK, WATCH or FAIL (G2). Blank = not assessed.",
        philosophy: "Business-philosophy score from 1 to 5 (H2). Blank = not assessed.",
        criteria:
          "Two-column range of criterion names and values (KAM_Criteria), e.g. key_min_stars.",
      },
    },
    TIERS: {
      description:
        "The whole tier table in one spill: account, sales, rank, share, cumulative share, ABC, stars, key account and reason, largest first. Rows with the same account name are added together.",
      parameters: {
        accounts: "Account names (A2:A25).",
        values: "Sales, beside the names (B2:B25). Rows without a number are left out.",
        credit: "Credit statuses OK, WATCH or FAIL beside them (G2:G25). Blank = not assessed.",
        philosophy: "Business-philosophy scores 1–5 beside them (H2:H25). Blank = not assessed.",
        criteria: "Two-column range of criterion names and values (KAM_Criteria).",
      },
    },
    HEALTH: {
      description:
        "Account health, 0 to 100: the weighted mean of sales growth, credit, overdue tasks, the gap to the target relationship stage and business philosophy (weights on KAM Criteria).",
      parameters: {
        sales: "Sales of the account in the period (B2), or of many accounts (B2:B25).",
        prior_sales: "Sales in the prior period (C2). Blank = growth not assessed.",
        credit: "Credit status OK, WATCH or FAIL, e.g. from KAM.CREDIT (G2). Blank = not assessed.",
        overdue_tasks:
          "Tasks of the account's plan past their due date and not done. Blank = not assessed.",
        stage_gap:
          "Target relationship stage minus the current one, in stages (0 = at the target). Blank = not assessed.",
        philosophy: "Business-philosophy score from 1 to 5 (H2). Blank = not assessed.",
        criteria: "Two-column range of criterion names and values (KAM_Criteria) for the weights.",
      },
    },
    HEALTHWHY: {
      description:
        "What makes up the account health: each component's score, share of the weights and points.",
      parameters: {
        sales: "Sales of the account in the period (B2).",
        prior_sales: "Sales in the prior period (C2).",
        credit: "Credit status OK, WATCH or FAIL (G2).",
        overdue_tasks: "Tasks of the account's plan past their due date and not done.",
        stage_gap: "Target relationship stage minus the current one, in stages.",
        philosophy: "Business-philosophy score from 1 to 5 (H2).",
        criteria: "Two-column range of criterion names and values (KAM_Criteria).",
      },
    },
  },
};
