import type { CreditStatus } from "../credit";
import { type Lang, words } from "../language";

/**
 * Every string the KAM Credit sheet writes, from each language's catalogue (src/core/i18n); none
 * starts with "=", "+", "-" or "@".
 */
export interface CreditSheetText {
  title: string;
  note: string;
  /** Under the note when the book has more accounts than `limit`: the ledger's figures are values. */
  ledgerAsValues: (limit: number) => string;
  summary: {
    receivables: string;
    overdue: string;
    over90: string;
    exposure: (status: CreditStatus) => string;
    dso: (days: number) => string;
  };
  /** The aging-by-status table beside the totals and its stacked bar chart. */
  agingByStatus: {
    header: string;
    /** A status group as a bar's label: the code, with its word where the language has one. */
    status: (status: CreditStatus) => string;
    chartTitle: string;
  };
  headers: {
    account: string;
    stars: string;
    creditLimit: string;
    balance: string;
    utilisation: string;
    overdue: string;
    share: (bucket: string) => string;
    creditSales: string;
    dso: string;
    status: string;
    reason: string;
    suggestedLimit: string;
    action: string;
    limitReason: string;
  };
}

export function creditSheetText(lang: Lang): CreditSheetText {
  return words(lang).creditSheet;
}
