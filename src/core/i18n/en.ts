import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";
import { plural } from "./format";

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

  // ── pane, workbench, command line, Office errors, function help ──
};
