import type { Analysis } from "../core/analysis-types";
import { AccountFinance, financeView, hasFinance } from "../core/finance";
import type { Lang } from "../core/language";

/** One account's credit in the --json summary; the action is a stable code (raise/keep/lower/freeze). */
export interface AccountCreditJson {
  account: string;
  status: string;
  /** Each credit rule broken, with its figures, in the analysis language. */
  reasons: string[];
  dso: number | null;
  suggestedLimit: number;
  limitAction: string;
}

export interface CreditJson {
  credit: {
    receivables: number;
    overdue: number;
    over90: number | null;
    dso: number | null;
    exposure: { OK: number; WATCH: number; FAIL: number };
  };
  accountsCredit: AccountCreditJson[];
}

/** The separators creditReason joins findings with, in either language. */
const FINDING_SEPARATOR = /; |；/;

function accountJson(a: AccountFinance): AccountCreditJson {
  return {
    account: a.account,
    status: a.status,
    reasons: a.reason === "" ? [] : a.reason.split(FINDING_SEPARATOR),
    dso: a.dso ?? null,
    suggestedLimit: a.suggestion.limit,
    limitAction: a.suggestion.action,
  };
}

/**
 * The finance part of --json (issue 11): the book's totals, every account with a balance, and each
 * account's credit by name (for the key accounts). Undefined when the table has no credit column, so
 * such a summary stays as it was. Reasons and actions are in the run's language, like the warnings.
 */
export function creditJson(
  analysis: Analysis,
  lang: Lang
): { json: CreditJson; byAccount: Map<string, AccountCreditJson> } | undefined {
  if (!hasFinance(analysis)) return undefined;
  const view = financeView(analysis, lang);
  const t = view.totals;
  const all = view.accounts.map(accountJson);
  return {
    json: {
      credit: {
        receivables: t.receivables,
        overdue: t.overdue,
        over90: t.over90 ?? null,
        dso: t.dso ?? null,
        exposure: { ...t.exposure },
      },
      accountsCredit: all.filter((_a, i) => view.accounts[i].balance !== 0),
    },
    byAccount: new Map(all.map((a) => [a.account, a])),
  };
}
