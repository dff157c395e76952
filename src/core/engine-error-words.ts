/**
 * The words of the engine's error messages, one entry per kind of failure (the catalogues hold them).
 * `what` is an argument or criterion name the user types (credit_limit, a_cutoff): it stays as written.
 * A value is given already described (EngineErrorWords.quotedText …), numbers as the engine has them.
 */
export interface EngineErrorWords {
  /** A text cell, quoting the user's text. */
  quotedText(text: string): string;
  /** A cell that is neither number, text nor boolean. */
  notANumberValue: string;
  notANumber(value: string): string;
  mustBeNumber(what: string, value: string): string;
  mustBeText(what: string, value: string): string;
  required(what: string): string;
  singleCell(what: string): string;
  argumentNegative(what: string, value: number): string;
  sameSizeAsValues(
    what: string,
    rows: number,
    cols: number,
    gotRows: number,
    gotCols: number
  ): string;
  accountsSameSize: string;
  resultTooLarge: string;
  sharesTooLargeToSquare: string;
  cutoffRange(cutoff: number): string;
  overdueTasksNegative(value: number): string;
  philosophyScore(score: number): string;
  bucketLowerBounds(buckets: number, got: number): string;
  agingBucketNegative(amount: number): string;
  agingBucketNotNumber(value: string): string;
  bucketDaysNegative(days: number): string;
  creditLimitNegative(value: number): string;
  overdueNegative(value: number): string;
  daysOverdueNegative(value: number): string;
  currentLimitNegative(value: number): string;
  termsNegative(value: number): string;
  creditSalesZero: string;
  creditSalesNegative(value: number): string;
  receivablesNegative(value: number): string;
  daysPositive(days: number): string;
  dsoTooLarge: string;
  potentialNegative(value: number): string;
  potentialZero: string;
  scoreRange(name: string, score: number): string;
  unknownAbcRule(text: string): string;
  cutoffOrder(a: number, b: number): string;
  criteriaShape: string;
  /** `suggestion` is the closest criterion name, when one is close. */
  unknownCriterion(name: string, suggestion?: string): string;
  abcRuleChoice(value: string): string;
  keyCreditChoice(value: string): string;
  criteriaOutOfRange(problems: readonly string[]): string;
  /** One rule of the criteria that the values break (listed by criteriaOutOfRange). */
  outOfRange: {
    creditUtilisation: string;
    creditDays: string;
    overdueRatio: string;
    philosophy: string;
    keyMinStars: string;
    agingShares: string;
    periodDays: string;
    limitHeadroom: string;
    targetGrowth: string;
    portfolioWeights: string;
    portfolioCut: string;
    spend: string;
    healthWeights: string;
    healthSteps: string;
  };
  salesTooLarge: string;
  totalZero: string;
  totalNegative(total: number): string;
  /** A failure in one row of a range (row is 1-based). */
  inRow(row: number, message: string): string;
  agingRows(count: number): string;
  bucketDaysNeeded(buckets: number): string;
  bucketDaysCount(buckets: number): string;
  starsRange(stars: string): string;
  creditCode(value: string): string;
  /** A bug of ours, with what failed (English, as the runtime gives it). */
  internalError(message: string): string;
  /** A result that is NaN or infinite, caught before it reaches a cell. */
  notFinite: string;
}
