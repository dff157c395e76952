/** The exit codes the issue promises: 1 for a problem with the data or the file, 2 for a usage error. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/** A failure the command reports as one line, naming the file, and exits with `code`. */
export class CliError extends Error {
  constructor(
    readonly code: (typeof EXIT)["data"] | (typeof EXIT)["usage"],
    message: string
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** "kam: customers.xlsx: no sales column". */
export function fileProblem(code: CliError["code"], file: string, problem: string): CliError {
  return new CliError(code, `${file}: ${problem}`);
}
