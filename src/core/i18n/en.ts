import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";
import { formatAmount, formatPercent } from "./format";

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

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
};
