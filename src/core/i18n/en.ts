import type { CreditStatus } from "../credit";
import type { Catalogue } from "./catalogue";
import { formatAmount, plural } from "./format";

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

  // ── plans: templates, need rules, vocabulary, team, plan text ──

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
        "Herfindahl–Hirschman index of customer concentration: the sum of squared percentage shares.",
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
