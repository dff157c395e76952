/**
 * A workbook the command line wrote, saved again by LibreOffice (as the command line's users do):
 * LibreOffice writes every name visible and drops their comments, but keeps the custom document
 * properties, which are what marks the add-in's sheets. A second run reuses them all.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { readPart, sheetNames } from "../cli/package-helpers";
import { SAMPLES, runKam, scratchDir } from "../cli/run-kam";
import { hasLibreOffice } from "./recalculate";

if (!hasLibreOffice)
  console.warn(
    "LibreOffice (soffice) is not installed: the LibreOffice round trip is skipped. Install it with `apt-get install libreoffice-calc-nogui` (.ci/run does)."
  );
const suite = hasLibreOffice ? describe : describe.skip;
// LibreOffice starts and converts a workbook of 11 sheets: tens of seconds on a busy 2-core machine.
jest.setTimeout(300_000);

/**
 * Converts a workbook to .xlsx with headless LibreOffice, in a profile of its own (two soffice runs
 * sharing one hand their work to each other or fail on its lock).
 */
async function saveWithLibreOffice(file: string, outDir: string): Promise<string> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "kam-lo-profile-"));
  try {
    await promisify(execFile)(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc Office Open XML",
        "--outdir",
        outDir,
        file,
      ],
      { timeout: 240_000 }
    );
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  return path.join(outDir, path.basename(file));
}

suite("a workbook saved again by LibreOffice", () => {
  it("keeps the add-in's marks, so a second run reuses its sheets and doubles none", async () => {
    const dir = await scratchDir("kam-lo-trip-");
    const first = path.join(dir, "first.xlsx");
    expect((await runKam(["analyze", SAMPLES.en, "--out", first, "--plans"])).code).toBe(0);
    await fs.mkdir(path.join(dir, "lo"));
    const saved = await saveWithLibreOffice(first, path.join(dir, "lo"));
    // What makes the property necessary: LibreOffice hides no name.
    const names = await readPart(saved, "xl/workbook.xml");
    expect(names).toMatch(/<definedName[^>]*name="KAM_Tiers"/);
    expect(names).not.toMatch(/<definedName[^>]*hidden="(1|true)"[^>]*name="KAM_Tiers"/);
    expect(await readPart(saved, "docProps/custom.xml")).toContain('name="KAM sheet: KAM_Tiers"');

    const second = path.join(dir, "second.xlsx");
    const run = await runKam(["analyze", saved, "--out", second, "--plans"]);
    expect(run.code).toBe(0);
    expect(await sheetNames(second)).toEqual(await sheetNames(first));
  });
});
