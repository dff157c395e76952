import type { CreditStatus } from "../credit";
import type { TierColumnText } from "../tier-columns";
import type { CreditSheetText } from "../sheets/credit-sheet-text";
import type { CriteriaLabels } from "../sheets/criteria-labels";
import type { PageSetupText } from "../sheets/page-setup";
import type { PortfolioText } from "../sheets/portfolio-text";
import type { SheetKind } from "../sheets/sheet-spec";
import type { SheetNames } from "../sheets/sheet-names";
import type { CriteriaSheetText, TierSheetOnlyHeaders, TierSheetText } from "../sheets/sheet-text";
import type { WhiteSpaceText } from "../sheets/white-space-text";
import type { DefaultTemplateRows } from "../plans/default-templates";
import type { NeedRuleWords } from "../plans/need-rules";
import type { PlanText } from "../plans/plan-text";
import type { PlanVocabulary } from "../plans/plan-vocabulary";
import type { TeamText } from "../plans/team-text";
import type { EarlierTemplateHeaders } from "../plans/template-columns";
import type { PlanPaneStrings } from "../../taskpane/plan-strings";
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
import type { CliText } from "../../cli/cli-text";
import type { OfficeErrorWords } from "../../excel/office-error-text";
import type { EngineErrorWords } from "../engine-error-words";
import type { FunctionHelp } from "../../functions/function-help";
import type { DemoWords } from "../../taskpane/demo/demo-workbook";
import type { PaneWords } from "../../taskpane/i18n";
import type { WorkbenchText } from "../../workbench/workbench-text";

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
  /** The names of the add-in's new sheets (its sheets are found by their marks, never by name). */
  sheetNames: SheetNames;
  /** Titles earlier versions wrote in A1, still recognised as the add-in's (see add-in-marks.ts). */
  earlierSheetTitles: Partial<Record<SheetKind, readonly string[]>>;
  /** The KAM Criteria sheet, and each criterion's name in words. */
  criteriaSheet: CriteriaSheetText;
  criteriaLabels: CriteriaLabels;
  /** The tier table's headers (KAM.TIERS and the tier sheet) and the name of an unnamed account. */
  tierColumns: TierColumnText;
  /** The KAM Tiers sheet, and the headers of the columns only the sheet shows. */
  tierSheet: TierSheetText;
  tierSheetHeaders: TierSheetOnlyHeaders;
  creditSheet: CreditSheetText;
  portfolio: PortfolioText;
  whiteSpace: WhiteSpaceText;
  /** How a generated sheet prints: its footer. */
  pageSetup: PageSetupText;
  /** A number format that shows 1 as yes and 0 as no in words, the cell keeping its number. */
  yesNoFormat: string;

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
  /** Plan sheets, the KAM Plans overview and the KAM Templates sheet (src/core/plans/plan-text.ts). */
  planText: PlanText;
  /** The words a plan's dropdowns offer: task status, work form, stage, priority, attitude. */
  planVocabulary: PlanVocabulary;
  /** The need rules' figures, tests and reasons (src/core/plans/need-rules.ts). */
  planRules: NeedRuleWords;
  /** The templates a workbook starts with: roles, tasks, rules and stages in words. */
  planDefaults: DefaultTemplateRows;
  /** Template headers an earlier version wrote, still read back. */
  planEarlierHeaders: EarlierTemplateHeaders;
  /** The KAM Team sheet. */
  planTeam: TeamText;
  /** The pane's Plans step. */
  planPane: PlanPaneStrings;

  // ── pane, workbench, command line, Office errors, function help ──
  /** The task pane's own words (src/taskpane/i18n.ts). */
  pane: PaneWords;
  /** The engine's error messages (Excel's error tooltips, the command line, the pane). */
  engineErrors: EngineErrorWords;
  /** What the pane says for each workbook error: what happened and what to do (src/excel). */
  officeErrors: OfficeErrorWords;
  /** The workbook the pane previews outside Excel (src/taskpane/demo). */
  demo: DemoWords;
  /** The workbench around the pane (src/workbench). */
  workbench: WorkbenchText;
  /** The command line's messages (src/cli). */
  cli: CliText;
  /** The KAM functions' help in formula autocomplete: functions.json and functions.<lang>.json. */
  functionHelp: FunctionHelp;
}
