/**
 * Excel errors as the pane words them. Office.js rejects with an OfficeExtension.Error whose `code` is
 * one of Excel.ErrorCodes (never localised); the pane must never show that error itself, so every
 * failure of src/excel leaves as an OfficeWorkbookError with a message key the pane translates.
 */

/** What went wrong, in the terms of what the user can do about it. */
export type OfficeErrorKey =
  /** Excel refuses every request while a cell is being edited: finish editing, then try again. */
  | "cellEditMode"
  /** A request or response was over Excel on the web's 5 MB limit (or a read over five million cells). */
  | "payloadTooLarge"
  /** A sheet, table or name the pane asked for is gone (deleted or renamed since it was listed). */
  | "itemNotFound"
  /** There is no data where the pane looked: an empty sheet, or a blank cell with nothing around it. */
  | "noData"
  /** This version of Excel lacks an API the add-in needs. */
  | "unsupported"
  /** The workbook has a name of its own that the add-in marks its sheets with (see isAddInMark). */
  | "nameTaken"
  | "generic";

/** Excel.ErrorCodes (and OfficeExtension's) → our keys; any other code is "generic". */
const KEY_BY_CODE: Record<string, OfficeErrorKey> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  RangeExceedsLimit: "payloadTooLarge",
  ItemNotFound: "itemNotFound",
  ApiNotFound: "unsupported",
  UnsupportedOperation: "unsupported",
};

export class OfficeWorkbookError extends Error {
  readonly name = "OfficeWorkbookError";
  /** What the user needs to act on the message (the name and where it points, for nameTaken). */
  readonly detail?: string;

  constructor(
    readonly messageKey: OfficeErrorKey,
    /** Excel's error code, when Excel raised it: for the details line and for logs, never as the message. */
    readonly code?: string,
    options?: { cause?: unknown; detail?: string }
  ) {
    super(code ? `${messageKey} (${code})` : messageKey);
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
    this.detail = options?.detail;
  }
}

/** The Excel error code of anything thrown, if it has one (OfficeExtension.Error and look-alikes). */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export function officeErrorKey(error: unknown): OfficeErrorKey {
  if (error instanceof OfficeWorkbookError) return error.messageKey;
  const code = excelErrorCode(error);
  return (code && KEY_BY_CODE[code]) || "generic";
}

/** Whatever was thrown, as an OfficeWorkbookError. */
export function toOfficeWorkbookError(error: unknown): OfficeWorkbookError {
  if (error instanceof OfficeWorkbookError) return error;
  return new OfficeWorkbookError(officeErrorKey(error), excelErrorCode(error), { cause: error });
}

export interface RetryOptions {
  /** How long to wait before the one retry when Excel is in cell-edit mode. */
  cellEditWaitMs: number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs an Excel operation and turns its failure into an OfficeWorkbookError. When Excel is in
 * cell-edit mode it waits a moment and tries once more: the user may just have pressed Enter.
 * The operation is awaited inside the try, so a rejected Excel.run is caught here.
 */
export async function guarded<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  try {
    return await operation();
  } catch (first) {
    if (officeErrorKey(first) !== "cellEditMode") throw toOfficeWorkbookError(first);
    await wait(options.cellEditWaitMs);
    try {
      return await operation();
    } catch (second) {
      throw toOfficeWorkbookError(second);
    }
  }
}
