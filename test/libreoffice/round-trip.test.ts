/**
 * A workbook the command line wrote, saved again by LibreOffice (as the command line's users do):
 * LibreOffice writes every name visible and drops their comments, but keeps the custom document
 * properties, which are what marks the add-in's sheets. A second run reuses them all.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { readPart, sheetNames } from "../cli/package-helpers";
import { SAMPLES, runKam, scratchDir } from "../cli/run-kam";
import { LIBREOFFICE, describeWith } from "../support/external-tools";
import { soffice } from "./recalculate";

const suite = describeWith(LIBREOFFICE, "the LibreOffice round trip");
// LibreOffice starts and converts a workbook of 11 sheets: tens of seconds on a busy 2-core machine.
jest.setTimeout(300_000);

/** Saves a workbook again as .xlsx with headless LibreOffice (the project's own profile). */
async function saveWithLibreOffice(file: string, outDir: string): Promise<string> {
  await soffice(["--convert-to", "xlsx:Calc Office Open XML", "--outdir", outDir, file]);
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
