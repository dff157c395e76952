import type { Analysis } from "../core/analysis-types";
import { type Lang, formatAmount, formatPercent } from "../core/language";
import { textWidth } from "../core/sheets/sheet-styles";
import { ratingText, tierSheetText } from "../core/sheets/sheet-text";
import type { PlanJson } from "../core/plans/plan-model";
import { cliText } from "./cli-text";
import { AccountCreditJson, CreditJson, creditJson } from "./credit-json";
import { PortfolioJson, WhiteSpaceJson, portfolioJson, whiteSpaceJson } from "./growth-json";
import { type RegionSummary, hasRegions, summariseRegions } from "../core/regions";

/** The summary --json prints: the figures a script needs, and the key accounts. */
export interface JsonSummary {
  accounts: number;
  totalSales: number;
  paretoCount: number;
  hhi: number;
  keyAccounts: {
    account: string;
    sales: number;
    share: number;
    abc: string;
    stars: number;
    /** OK, WATCH or FAIL; null when the table has no credit columns (not assessed). */
    credit: string | null;
  }[];
  /**
   * Per region (township), largest sales first: accounts, sales, key accounts, share of all sales and
   * whether it has no key account; region "" holds the accounts without one. Empty without a region column.
   */
  regions: RegionSummary[];
  /** Product categories by account, gaps and totals (issue 15); null without categories. */
  whiteSpace: WhiteSpaceJson | null;
  /** The portfolio matrix per account (issue 15); null when no KAM Portfolio sheet is written. */
  portfolio: PortfolioJson | null;
  /** With --plans: what each key account's plan says (needs, tasks, service model, targets). */
  plans?: PlanJson[];
  warnings: string[];
}

/** With a credit column: the book's credit and each account's (key accounts carry theirs too). */
export type JsonSummaryWithCredit = JsonSummary &
  Partial<CreditJson> & { keyAccounts: Partial<Omit<AccountCreditJson, "account">>[] };

export function jsonSummary(
  analysis: Analysis,
  warnings: string[],
  lang: Lang,
  plans?: PlanJson[]
): JsonSummaryWithCredit {
  const { summary } = analysis;
  const finance = creditJson(analysis, lang);
  const creditOf = (account: string) => {
    const found = finance?.byAccount.get(account);
    if (!found) return {};
    const { status, reasons, dso, suggestedLimit, limitAction } = found;
    return { status, reasons, dso, suggestedLimit, limitAction };
  };
  return {
    accounts: summary.accounts,
    totalSales: summary.totalSales,
    paretoCount: summary.paretoCount,
    hhi: summary.hhi,
    keyAccounts: analysis.accounts
      .filter((a) => a.keyAccount)
      .map((a) => ({
        account: a.account,
        sales: a.sales,
        share: a.share,
        abc: a.abc,
        stars: a.stars,
        credit: a.creditStatus ?? null,
        ...creditOf(a.account),
      })),
    regions: hasRegions(analysis.accounts)
      ? summariseRegions(analysis.accounts, summary.totalSales)
      : [],
    whiteSpace: whiteSpaceJson(analysis),
    portfolio: portfolioJson(analysis),
    ...(plans ? { plans } : {}),
    warnings,
    ...(finance?.json ?? {}),
  };
}

/** Pads by display width, so Chinese names (two columns each) line up. */
function pad(text: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return right ? fill + text : text + fill;
}

function table(rows: string[][], rightAligned: boolean[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => textWidth(r[c]))));
  return rows.map((r) =>
    `  ${r.map((cell, c) => pad(cell, widths[c], rightAligned[c])).join("  ")}`.trimEnd()
  );
}

/** At most this many key accounts are listed; a workbook of 100,000 rows can have thousands. */
const MAX_LISTED = 15;

/** The summary the command prints: the figures of the tier sheet's summary block, then the key accounts. */
export function textSummary(analysis: Analysis, lang: Lang, source: string): string {
  const cli = cliText(lang);
  const sheet = tierSheetText(lang);
  const { summary, criteria } = analysis;
  const figures = table(
    [
      [sheet.summary.accounts, formatAmount(summary.accounts, 0)],
      [sheet.summary.totalSales, formatAmount(summary.totalSales)],
      [sheet.summary.keyAccounts(criteria.keyMinStars), formatAmount(summary.keyAccounts, 0)],
      [sheet.summary.keyAccountShare, formatPercent(summary.keyAccountShare)],
      [sheet.summary.paretoCount(summary.paretoCutoff), formatAmount(summary.paretoCount, 0)],
      [
        sheet.summary.hhi,
        `${formatAmount(summary.hhi, 0)}  ${sheet.concentrationLevels[summary.concentration]}`,
      ],
    ],
    [false, false]
  );
  const keys = analysis.accounts.filter((a) => a.keyAccount);
  const k = cli.keyColumns;
  const listed = keys
    .slice(0, MAX_LISTED)
    .map((a) => [
      a.account,
      formatAmount(a.sales),
      formatPercent(a.share),
      a.abc,
      ratingText(a.stars),
      a.creditStatus ?? "–",
    ]);
  const lines = [cli.summary.heading(source), ...figures, "", `${cli.summary.keyHeading}`];
  if (keys.length === 0) lines.push(`  ${cli.summary.none}`);
  else
    lines.push(
      ...table(
        [[k.account, k.sales, k.share, k.abc, k.stars, k.credit], ...listed],
        [false, true, true, false, false, false]
      )
    );
  if (keys.length > MAX_LISTED)
    lines.push(`  ${cli.summary.more(formatAmount(keys.length - MAX_LISTED, 0))}`);
  return lines.join("\n");
}
