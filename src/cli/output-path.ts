import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../core/language";
import { cliText } from "./cli-text";
import { CliError, EXIT } from "./cli-error";

/** Beside the input: "customers.xlsx" → "customers-kam.xlsx". */
export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-kam.xlsx`);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

/** --out, or the default beside the input; never the input itself (a symlink to it included). */
export async function outputPath(
  input: string,
  wanted: string | undefined,
  lang: Lang
): Promise<string> {
  const text = cliText(lang);
  const out = wanted ?? defaultOutput(input);
  if (!/\.xlsx$/i.test(out)) throw new CliError(EXIT.usage, `${out}: ${text.outNotXlsx}`);
  if (await sameFile(out, input)) throw new CliError(EXIT.usage, `${out}: ${text.sameFile}`);
  return out;
}
