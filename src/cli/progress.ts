import type { Lang } from "../core/language";
import type { SheetSpec } from "../core/sheets/sheet-spec";
import { cliText } from "./cli-text";

/** Files over this many rows report progress: below it a run takes a second or two. */
export const PROGRESS_ROWS = 10000;

export interface Progress {
  reading(bytes: number): void;
  analysing(rows: number): void;
  writing(spec: SheetSpec, done: number, total: number): void;
  saving(): void;
  done(): void;
}

const silent: Progress = {
  reading: () => undefined,
  analysing: () => undefined,
  writing: () => undefined,
  saving: () => undefined,
  done: () => undefined,
};

/**
 * Progress on stderr, so stdout stays the summary (or the JSON) a script reads. On a terminal a
 * step rewrites its own line; in a log each update is a line of its own.
 */
export function stderrProgress(
  lang: Lang,
  write: (text: string) => void,
  terminal: boolean
): Progress & { enable(on: boolean): void } {
  const text = cliText(lang).progress;
  let on = false;
  let open = false;
  let step = "";
  /** A step's updates share one line on a terminal; a new step starts a new line. */
  const line = (message: string, key = message) => {
    if (!on) return;
    if (terminal && open && key === step) write(`\r${message}`);
    else write(`${open ? "\n" : ""}${message}${terminal ? "" : "\n"}`);
    open = terminal;
    step = key;
  };
  return {
    enable: (enabled) => (on = enabled),
    reading: (bytes) => line(text.reading((bytes / 1048576).toFixed(1))),
    analysing: (rows) => line(text.analysing(rows)),
    writing: (spec, done, total) => line(text.writing(spec.name, done, total), spec.marker),
    saving: () => line(text.saving),
    done: () => {
      if (on && open) write("\n");
      open = false;
    },
  };
}

export { silent as silentProgress };
