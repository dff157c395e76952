/**
 * The ways a KAM calculation can fail, named after the Excel error each one becomes.
 * Core code never returns NaN or Infinity: it throws (or, inside an array result, returns) a KamError,
 * and each front end (custom functions, task pane, command line) turns it into its own kind of message.
 */
export type KamErrorCode = "value" | "div0" | "num" | "na";

/** Which of the total's failures it is, where a front end words them apart. */
export type TotalProblem = "zero" | "negative" | "tooLarge";

export class KamError extends Error {
  readonly code: KamErrorCode;

  constructor(
    code: KamErrorCode,
    message: string,
    /** Set when the population's total is what failed. */
    readonly total?: TotalProblem
  ) {
    super(message);
    this.name = "KamError";
    this.code = code;
  }
}

/** Text, a boolean or an unknown name where a number or a known word is needed (#VALUE!). */
export const valueError = (message: string): KamError => new KamError("value", message);
/** A total of zero that a share would divide by (#DIV/0!). */
export const divisionError = (message: string): KamError => new KamError("div0", message);
/** A number outside the range that makes sense (#NUM!). */
export const numberError = (message: string): KamError => new KamError("num", message);

export function isKamError(x: unknown): x is KamError {
  return x instanceof KamError;
}
