import type { CreditStatus } from "../credit";
import type { CliText } from "../../cli/cli-text";
import type { OfficeErrorWords } from "../../excel/office-error-text";
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

  // ── reasons and data problems: tier reasons, limits, health, problems in the customer table ──

  // ── plans: templates, need rules, vocabulary, team, plan text ──

  // ── pane, workbench, command line, Office errors, function help ──
  /** The task pane's own words (src/taskpane/i18n.ts). */
  pane: PaneWords;
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
