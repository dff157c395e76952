/**
 * Excel's `CustomFunctions` global, as far as the KAM functions use it, for the workbench page, which
 * has no Excel runtime: the functions build their errors with it, and the build adds
 * `CustomFunctions.associate` calls to their module, run when it loads. A global that exists already
 * (a test's stub) is left alone. Imported before the functions, so it is there when they load.
 */
class WorkbenchFunctionError {
  readonly type = "CustomFunctionsError";
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

const target = globalThis as unknown as Record<string, unknown>;
if (target.CustomFunctions === undefined)
  target.CustomFunctions = {
    Error: WorkbenchFunctionError,
    ErrorCode: ERROR_CODES,
    // The engine registers the functions itself, under the same ids (see kam-functions.ts).
    associate: () => undefined,
  };

export {};
