import { spawnSync } from "child_process";
import * as fs from "fs";

/**
 * Suites that need a program the project cannot install through npm (LibreOffice, Chromium) skip
 * on a machine without it — printing why and how to install it — so `npm test` passes on any clone.
 * Under CI (CI=true) a missing program is an error instead: CI must never pass without running them.
 */
export interface ExternalTool {
  name: string;
  available: boolean;
  install: string;
}

function onPath(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

export const LIBREOFFICE: ExternalTool = {
  name: "LibreOffice (soffice)",
  available: onPath("soffice"),
  install: "apt-get install -y libreoffice-calc-nogui",
};

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM: ExternalTool = {
  name: `Chromium (${CHROMIUM_PATH})`,
  available: fs.existsSync(CHROMIUM_PATH),
  install: "apt-get install -y chromium fonts-wqy-zenhei (or set CHROMIUM_PATH)",
};

/** Whether a suite needing `tool` runs here; prints the reason when it does not, throws under CI. */
export function toolAvailable(tool: ExternalTool, suite: string): boolean {
  if (tool.available) return true;
  const message = `${tool.name} is not installed, so ${suite} cannot run. Install it with \`${tool.install}\`.`;
  if (process.env.CI === "true")
    throw new Error(`${message} (CI=true: missing tools fail the run)`);
  // console.warn is shown by jest next to the test file, so the skip is never silent.
  console.warn(`SKIPPED: ${message}`);
  return false;
}

/** `describe` when the tool is here, `describe.skip` with a printed reason when it is not. */
export function describeWith(tool: ExternalTool, suite: string): jest.Describe {
  return toolAvailable(tool, suite) ? describe : describe.skip;
}
