import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

export interface KamRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, as a user would type it after `kam`. */
export async function runKam(args: string[], env: NodeJS.ProcessEnv = {}): Promise<KamRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    terminal: false,
  };
  const code = await main(args, io, env);
  return { code, stdout, stderr };
}

/** A fresh folder for one test's files. */
export async function scratchDir(prefix = "kam-cli-"): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export const SAMPLES = {
  en: path.join(__dirname, "..", "..", "assets", "kam-sample-en.xlsx"),
  "zh-CN": path.join(__dirname, "..", "..", "assets", "kam-sample-zh.xlsx"),
} as const;
