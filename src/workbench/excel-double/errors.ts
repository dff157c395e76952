/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes (not localised), a
 * message, and `debugInfo`. Code that handles Excel errors reads `code`, so that is what must match.
 */
export type DoubleErrorCode =
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "InvalidOperationInCellEditMode"
  | "NotImplemented"
  | "GeneralException";

const MESSAGES: Record<DoubleErrorCode, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RangeExceedsLimit: "The cell count in range has exceeded the maximum supported number.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  NotImplemented: "The requested feature isn't implemented.",
  GeneralException: "An internal error has occurred.",
};

export class DoubleError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: DoubleErrorCode,
    detail?: string,
    errorLocation?: string
  ) {
    const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export function fail(code: DoubleErrorCode, detail?: string, location?: string): never {
  throw new DoubleError(code, detail, location);
}

export function propertyNotLoaded(property: string): DoubleError {
  return new DoubleError("PropertyNotLoaded", `'${property}'`, property);
}
