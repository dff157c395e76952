/**
 * A stand-in for Excel's CustomFunctions global, enough to run the functions outside Excel:
 * `associate` records each registration, and `Error` carries the code and message Excel would show.
 */
export class StubExcelError {
  readonly type = "CustomFunctionsError";
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface CustomFunctionsStub {
  associated: Map<string, (...args: unknown[]) => unknown>;
  global: {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
    Error: typeof StubExcelError;
    ErrorCode: Record<string, string>;
  };
}

export function makeCustomFunctionsStub(): CustomFunctionsStub {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    associated,
    global: {
      associate: (id, fn) => {
        associated.set(id, fn);
      },
      Error: StubExcelError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
    },
  };
}

/** Installs the stub as the global CustomFunctions (as Excel's runtime provides it) and returns it. */
export function installCustomFunctionsStub(): CustomFunctionsStub {
  const stub = makeCustomFunctionsStub();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = stub.global;
  return stub;
}
