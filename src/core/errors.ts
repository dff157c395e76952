import type { EngineErrorWords } from "./engine-error-words";
import { DEFAULT_LANG, Lang, words } from "./i18n/languages";

/**
 * The ways a KAM calculation can fail, named after the Excel error each one becomes.
 * Core code never returns NaN or Infinity: it throws (or, inside an array result, returns) a KamError,
 * and each front end (custom functions, task pane, command line) turns it into its own kind of message.
 */
export type KamErrorCode = "value" | "div0" | "num" | "na";

/** Which of the total's failures it is, where a front end words them apart. */
export type TotalProblem = "zero" | "negative" | "tooLarge";

/** How an error words itself, given a language's engine error words (the catalogues hold them). */
export type ErrorWording = (w: EngineErrorWords) => string;

export class KamError extends Error {
  readonly code: KamErrorCode;

  constructor(
    code: KamErrorCode,
    /** Kept, not just the message, so a front end can word the failure in its reader's language. */
    readonly wording: ErrorWording,
    /** Set when the population's total is what failed. */
    readonly total?: TotalProblem
  ) {
    // `message` is the default language's, for logs and callers that name no language.
    super(wording(words(DEFAULT_LANG).engineErrors));
    this.name = "KamError";
    this.code = code;
  }

  /** The message in a language. */
  messageIn(lang: Lang): string {
    return this.wording(words(lang).engineErrors);
  }
}

/** Text, a boolean or an unknown name where a number or a known word is needed (#VALUE!). */
export const valueError = (wording: ErrorWording): KamError => new KamError("value", wording);
/** A total of zero that a share would divide by (#DIV/0!). */
export const divisionError = (wording: ErrorWording): KamError => new KamError("div0", wording);
/** A number outside the range that makes sense (#NUM!). */
export const numberError = (wording: ErrorWording): KamError => new KamError("num", wording);

export function isKamError(x: unknown): x is KamError {
  return x instanceof KamError;
}

/** Any failure's message in a language: a KamError's own wording, anything else's message as it is. */
export function errorMessageIn(error: unknown, lang: Lang): string {
  if (isKamError(error)) return error.messageIn(lang);
  return error instanceof Error ? error.message : String(error);
}
