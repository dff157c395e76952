import { promises as fs } from "fs";
import { analyseCustomers } from "../core/analysis";
import type { Analysis } from "../core/analysis-types";
import { type Criteria, DEFAULT_CRITERIA } from "../core/criteria";
import { errorMessageIn, isKamError } from "../core/errors";
import { type Lang, formatAmount } from "../core/language";
import { LedgerSource, ledgerSource } from "../core/sheets/ledger-source";
import { analysisSheetBatches } from "../core/sheets/analysis-sheets";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import { problemSeverity } from "../core/table/customer-types";
import { problemText, sortProblems } from "../core/table/problem-text";
import { readCustomers } from "../core/table/read-customers";
import { CRITERIA_RANGE_NAME } from "../core/sheets/sheet-names";
import { MarkerNameTaken } from "../xlsx/add-in-sheets";
import { type LoadedWorkbook, WorkbookReadError, loadWorkbook } from "../xlsx/read-workbook";
import {
  type PackageSource,
  type SheetBatch,
  type WorkbookChanges,
  packageSource,
  saveWorkbook,
} from "../xlsx/save-workbook";
import { sheetFacts } from "../xlsx/sheet-values";
import { cliText, sheetList } from "./cli-text";
import { DEFAULT_PLAN_LIMIT, PlanChoiceError } from "./plan-choice";
import { EXIT, fileProblem } from "./cli-error";
import { CriteriaFileError, readCriteriaFile } from "./criteria-file";
import { findTable } from "./find-table";
import { outputPath } from "./output-path";
import { type PlanChanges, planChanges } from "./plans";
import { PROGRESS_ROWS, stderrProgress } from "./progress";
import { savedCriteria } from "./saved-criteria";
import { jsonSummary, textSummary } from "./summary";

export interface AnalyzeOptions {
  input: string;
  sheet?: string;
  out?: string;
  plans: boolean;
  /** --plans-top N: plans for the N largest key accounts. */
  plansTop?: number;
  /** --plans-for: plans for the accounts named. */
  plansFor?: string[];
  /** --plans-limit: the most new plan sheets a run may create. */
  plansLimit?: number;
  lang: Lang;
  criteria?: string;
  json: boolean;
}

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal, so progress may rewrite its line. */
  terminal: boolean;
}

async function load(
  options: AnalyzeOptions,
  reading: (bytes: number) => void
): Promise<LoadedWorkbook> {
  const text = cliText(options.lang);
  const stat = await fs.stat(options.input).catch(() => undefined);
  if (stat) reading(stat.size);
  try {
    return await loadWorkbook(options.input);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    const code = error.reason === "notFound" ? EXIT.usage : EXIT.data;
    throw fileProblem(code, options.input, text.read[error.reason]);
  }
}

/** --criteria first, then the criteria saved in the workbook by an earlier run, then the defaults. */
async function chooseCriteria(
  options: AnalyzeOptions,
  loaded: LoadedWorkbook
): Promise<Criteria | undefined> {
  const text = cliText(options.lang);
  try {
    if (options.criteria !== undefined) return await readCriteriaFile(options.criteria);
  } catch (error) {
    const file = options.criteria as string;
    if (error instanceof CriteriaFileError)
      throw fileProblem(
        EXIT.usage,
        file,
        error.reason === "notText"
          ? text.badCriteria(text.criteriaNotText)
          : text.read[error.reason]
      );
    throw fileProblem(EXIT.usage, file, text.badCriteria(errorMessageIn(error, options.lang)));
  }
  try {
    return savedCriteria(loaded);
  } catch (error) {
    throw fileProblem(
      EXIT.data,
      options.input,
      text.badSavedCriteria(errorMessageIn(error, options.lang))
    );
  }
}

/** --plans with its choice of accounts and its limit; a choice that cannot be made is exit 2. */
function choosePlans(options: AnalyzeOptions, analysis: Analysis, loaded: LoadedWorkbook) {
  const text = cliText(options.lang);
  try {
    return planChanges(analysis, loaded, options.lang, new Date(), {
      top: options.plansTop,
      names: options.plansFor,
      limit: options.plansLimit ?? DEFAULT_PLAN_LIMIT,
    });
  } catch (error) {
    if (!(error instanceof PlanChoiceError)) throw error;
    const { names = [], count = 0, limit = 0 } = error.detail;
    throw fileProblem(
      EXIT.usage,
      options.input,
      error.kind === "unknown"
        ? text.unknownPlanAccounts(sheetList(names, options.lang))
        : text.tooManyPlans(formatAmount(count, 0), formatAmount(limit, 0))
    );
  }
}

/** What a run writes, with the input's package; the workbook ExcelJS read is no longer held. */
interface Prepared {
  analysis: Analysis;
  sheetName: string;
  /** Where the ledger's figures are, for KAM Credit's formulas over them. */
  ledger: LedgerSource;
  warnings: string[];
  plans?: PlanChanges;
  source: PackageSource;
}

/** What the analysis needs of the input, read by ExcelJS. */
interface ReadInput {
  rows: ReturnType<typeof readCustomers>["rows"];
  criteria?: Criteria;
  sheetName: string;
  ledger: LedgerSource;
  warnings: string[];
  source: PackageSource;
  /** The workbook as ExcelJS read it, kept only when plans are asked for (they read its plans). */
  forPlans?: LoadedWorkbook;
}

/**
 * Reads the input's customer table. A function of its own, so ExcelJS's copy of the workbook
 * (hundreds of megabytes for 100,000 rows) is garbage before the analysis runs, unless plans need it.
 */
async function readInput(
  options: AnalyzeOptions,
  progress: ReturnType<typeof stderrProgress>
): Promise<ReadInput> {
  const { lang } = options;
  const text = cliText(lang);
  let bytesSeen = 0;
  const loaded = await load(options, (bytes) => {
    bytesSeen = bytes;
    progress.enable(bytes > 1048576);
    progress.reading(bytes);
  });
  const found = findTable(loaded, options.input, lang, options.sheet);
  progress.enable(found.values.length > PROGRESS_ROWS || bytesSeen > 1048576);
  const criteria = await chooseCriteria(options, loaded);
  const table = readCustomers(found.values, found.detected, 1, lang, sheetFacts(found.sheet));
  const problems = sortProblems(table.problems);
  const warnings = problems
    .filter((p) => problemSeverity(p) !== "error")
    .map((p) => problemText(p, lang));
  if (table.rows.length === 0)
    throw fileProblem(EXIT.data, options.input, text.noRows(found.sheet.name));
  return {
    rows: table.rows,
    criteria,
    sheetName: found.sheet.name,
    ledger: ledgerSource(found.sheet.name, found.detected, found.values),
    warnings,
    source: packageSource(loaded),
    ...(options.plans ? { forPlans: loaded } : {}),
  };
}

/**
 * Reads the input and analyses it. Everything read through ExcelJS (the workbook's cells, the table's
 * values) stays in readInput, so its memory is free again before the analysis runs (before the
 * output is written, with plans).
 */
async function prepare(
  options: AnalyzeOptions,
  progress: ReturnType<typeof stderrProgress>
): Promise<Prepared> {
  const { lang } = options;
  const text = cliText(lang);
  const { rows, criteria, sheetName, ledger, warnings, source, forPlans } = await readInput(
    options,
    progress
  );
  progress.analysing(rows.length);
  let analysis: Analysis;
  try {
    analysis = analyseCustomers(rows, criteria ?? { ...DEFAULT_CRITERIA }, lang);
  } catch (error) {
    if (isKamError(error))
      throw fileProblem(
        EXIT.data,
        options.input,
        error.total === "tooLarge" ? text.salesTooLarge : text.zeroTotal
      );
    throw error;
  }
  const plans = forPlans ? choosePlans(options, analysis, forPlans) : undefined;
  if (plans?.templatesUnreadable) warnings.push(text.templatesUnreadable);

  return { analysis, sheetName, ledger, warnings, plans, source };
}

/**
 * `kam analyze`: reads the customer table, grades the accounts with the engine, and writes the
 * workbook with the add-in's sheets added or replaced. Throws CliError for anything the user must fix.
 */
export async function analyze(options: AnalyzeOptions, io: CommandIo): Promise<void> {
  const { lang } = options;
  const text = cliText(lang);
  const out = await outputPath(options.input, options.out, lang);
  const progress = stderrProgress(lang, io.stderr, io.terminal);
  const { analysis, sheetName, ledger, warnings, plans, source } = await prepare(options, progress);
  // A batch per sheet, each built when it is written, so the large specs never sit in memory together.
  const sheets: SheetBatch[] = analysisSheetBatches(analysis, lang, ledger);
  const changes: WorkbookChanges = {
    batches: [...sheets, ...(plans?.batches ?? [])],
    named: plans?.named,
  };
  try {
    const saved = await saveWorkbook(source, changes, out, (step, spec?, done?, total?) =>
      step === "saving"
        ? progress.saving()
        : progress.writing(spec as SheetSpec, done as number, total as number)
    );
    if (saved.missing.length > 0) warnings.push(text.planNamesMissing(saved.missing.join(", ")));
    for (const kept of saved.keptNames) {
      const read =
        kept.name.toUpperCase() === CRITERIA_RANGE_NAME.toUpperCase() &&
        options.criteria === undefined;
      warnings.push(text.nameKept(kept.name, kept.ref, read));
    }
  } catch (error) {
    // Thrown before anything is written: the input is the user's to change.
    if (error instanceof MarkerNameTaken)
      throw fileProblem(EXIT.data, options.input, text.markerTaken(error.takenName, error.ref));
    throw fileProblem(EXIT.data, out, text.cannotWrite((error as Error).message));
  }
  progress.done();
  if (options.json)
    io.stdout(`${JSON.stringify(jsonSummary(analysis, warnings, lang, plans?.plans), null, 2)}\n`);
  else {
    for (const warning of warnings) io.stderr(`${text.warning}: ${warning}\n`);
    io.stdout(
      `${textSummary(analysis, lang, `${options.input} (${sheetName})`)}\n\n${text.summary.written(out)}\n`
    );
  }
}
