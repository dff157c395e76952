import type { CreditStatus } from "../credit";
import type { HealthWords } from "../health-reasons";
import type { LimitWords } from "../limit-reasons";
import type { TierReasonWords } from "../reasons";
import type { AgingWords } from "../table/aging-headers";
import type { CategoryWords } from "../table/category-headers";
import type { HeaderWords } from "../table/column-synonyms";
import type { ColumnRole } from "../table/columns";
import type { NumberTextWords } from "../table/numeric-text";
import type { ProblemWording } from "../table/problem-text";
import type { StageWords } from "../table/stage-text";

/*
 * Every word the product shows or writes — pane, sheets, command line, function help, workbench — in
 * one language. There is one catalogue per language (`en.ts`, `zh-CN.ts`), each typed by this
 * interface, so a missing or extra key is a compile error; `languages.ts` registers them. The modules
 * that use words declare the shape they need (an interface next to the code) and read their section
 * with `words(lang).section`; no other file knows which languages exist.
 *
 * A catalogue imports only types and `./format`, never a module that reads the catalogue (that would
 * be an import cycle).
 */
export interface Catalogue {
  /** The language's name in itself, for a language menu. */
  languageName: string;
  /** The BCP 47 tag for Intl (plural rules). */
  locale: string;
  /** Office display languages ("zh-CN", "zh-TW", "en-US", …) that get this catalogue. */
  officeLanguages: RegExp;

  /** The credit statuses as people read them (the cells formulas test hold the codes). */
  creditStatus: Record<CreditStatus, string>;
  /** The findings cell beside a credit status: the status word and the findings. */
  creditFindingsCell: (word: string, findings: string) => string;

  // ── sheets: criteria, tiers, credit, portfolio, white space, sheet names, page setup, styles ──

  // ── reasons and data problems: tier reasons, limits, health, problems in the customer table ──
  /** Why an account has its stars, and the credit rules it broke (reasons.ts). */
  tierReasons: TierReasonWords;
  /** How a health score is made up (health-reasons.ts). */
  healthReasons: HealthWords;
  /** The suggested credit limit's action and why (limit-reasons.ts). */
  limitReasons: LimitWords;
  /** The problems found in a customer table (table/problem-text.ts). */
  dataProblems: ProblemWording;
  /** What each column role is called, as the mapping and the problems name it. */
  columnNames: Record<ColumnRole, string>;
  /**
   * What the table reader recognises in a ledger written in this language: header names, units and
   * total rows; aging buckets; product categories; relationship stages; currency after a figure.
   * The reader recognises these words of every language, whichever one the product speaks.
   */
  headerWords: HeaderWords;
  agingHeaders: AgingWords;
  categoryHeaders: CategoryWords;
  ledgerStages: StageWords;
  numberText: NumberTextWords;

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
}
