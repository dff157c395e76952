import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { CRITERIA_SPECS } from "../../src/core/criteria";
import { writeWorkbook } from "./workbook-fixtures";
import { editPart, readPart, renameSheet, sheetContents, sheetNames } from "./package-helpers";
import { SAMPLES, runKam, scratchDir } from "./run-kam";

const hash = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

/** The input is never modified, and a run on the output updates only the add-in's own sheets. */
describe("kam analyze keeps the user's workbook", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => (dir = await scratchDir()));

  async function analyze(input: string, out: string, ...args: string[]) {
    const run = await runKam(["analyze", input, "--out", out, "--lang", "en", ...args]);
    expect(run.code).toBe(0);
    return run;
  }

  it("leaves the input's bytes alone and carries every input sheet over unchanged", async () => {
    for (const sample of Object.values(SAMPLES)) {
      const before = await hash(sample);
      expect((await analyze(sample, file("copy.xlsx"))).stderr).toBe("");
      expect(await hash(sample)).toBe(before);
      const input = await sheetContents(sample);
      const output = await sheetContents(file("copy.xlsx"));
      for (const [name, cells] of input) expect(output.get(name)).toBe(cells);
      expect((await sheetNames(file("copy.xlsx"))).slice(input.size)).toEqual([
        "KAM Criteria",
        "KAM Tiers",
        "KAM Credit", // the fixture has credit columns (issue 11)
        "KAM White Space", // and categories and a potential (issue 15)
        "KAM Portfolio",
      ]);
    }
  });

  it("marks its sheets with hidden names and writes KAM_Criteria for the functions", async () => {
    await analyze(SAMPLES.en, file("marked.xlsx"));
    const workbook = await readPart(file("marked.xlsx"), "xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="KAM_Tiers" hidden="1">'KAM Tiers'!$A$1</definedName>`
    );
    expect(workbook).toContain(
      `<definedName name="KAM_Criteria_Sheet" hidden="1">'KAM Criteria'!$A$1</definedName>`
    );
    expect(workbook).toMatch(
      new RegExp(
        `<definedName name="KAM_Criteria" comment="[^"]+">'KAM Criteria'!\\$A\\$5:\\$B\\$${4 + CRITERIA_SPECS.length}</definedName>`
      )
    );
  });

  it("replaces its own sheets on a second run, in place, and leaves the user's sheets alone", async () => {
    await analyze(SAMPLES.en, file("first.xlsx"));
    await analyze(file("first.xlsx"), file("second.xlsx"));
    expect(await sheetNames(file("second.xlsx"))).toEqual(await sheetNames(file("first.xlsx")));
    expect(await sheetContents(file("second.xlsx"))).toEqual(
      await sheetContents(file("first.xlsx"))
    );
  });

  it("never touches a user's sheet that has the add-in's name, and finds its own sheet by its marker", async () => {
    await writeWorkbook(file("clash.xlsx"), {
      Customers: [
        ["Customer", "Sales"],
        ["A", 60],
        ["B", 40],
      ],
      "KAM Tiers": [["my own notes"]],
    });
    await analyze(file("clash.xlsx"), file("clash-1.xlsx"));
    const names = await sheetNames(file("clash-1.xlsx"));
    expect(names).toEqual(["Customers", "KAM Tiers", "KAM Criteria", "KAM Tiers (2)"]);
    const mine = (await sheetContents(file("clash.xlsx"))).get("KAM Tiers");
    expect((await sheetContents(file("clash-1.xlsx"))).get("KAM Tiers")).toBe(mine);
    await analyze(file("clash-1.xlsx"), file("clash-2.xlsx"));
    expect(await sheetNames(file("clash-2.xlsx"))).toEqual(names);
    expect((await sheetContents(file("clash-2.xlsx"))).get("KAM Tiers")).toBe(mine);
  });

  it("replaces its sheet after the user renamed it, keeping the user's name, as the pane does", async () => {
    await analyze(SAMPLES.en, file("renamed.xlsx"));
    await renameSheet(file("renamed.xlsx"), "KAM Tiers", "Our key accounts");
    await analyze(file("renamed.xlsx"), file("renamed-2.xlsx"));
    expect(await sheetNames(file("renamed-2.xlsx"))).toEqual([
      "Customers",
      "KAM Criteria",
      "Our key accounts",
      "KAM Credit",
      "KAM White Space",
      "KAM Portfolio",
    ]);
    const workbook = await readPart(file("renamed-2.xlsx"), "xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="KAM_Tiers" hidden="1">'Our key accounts'!$A$1</definedName>`
    );
  });

  it("gives a stand-in name back once the user's sheet of that name is gone", async () => {
    await writeWorkbook(file("standin.xlsx"), {
      Customers: [
        ["Customer", "Sales"],
        ["A", 60],
        ["B", 40],
      ],
      "KAM Tiers": [["my own notes"]],
    });
    await analyze(file("standin.xlsx"), file("standin-1.xlsx"));
    await renameSheet(file("standin-1.xlsx"), "KAM Tiers", "Notes");
    await analyze(file("standin-1.xlsx"), file("standin-2.xlsx"));
    expect(await sheetNames(file("standin-2.xlsx"))).toEqual([
      "Customers",
      "Notes",
      "KAM Criteria",
      "KAM Tiers",
    ]);
  });

  it("uses the criteria the user changed on the KAM Criteria sheet", async () => {
    await analyze(SAMPLES.en, file("criteria.xlsx"));
    // a_cutoff is B5; 80% makes more accounts class A.
    const part = "xl/worksheets/sheet2.xml";
    await editPart(file("criteria.xlsx"), part, (xml) =>
      xml.replace(/(<c r="B5"[^>]*>)<v>0\.7<\/v>/, "$1<v>0.8</v>")
    );
    const run = await analyze(file("criteria.xlsx"), file("criteria-2.xlsx"), "--json");
    expect(JSON.parse(run.stdout).paretoCount).toBe(12);
    const again = await analyze(
      file("criteria.xlsx"),
      file("criteria-3.xlsx"),
      "--json",
      "--criteria",
      await criteriaFile()
    );
    expect(JSON.parse(again.stdout).paretoCount).toBe(8);
  });

  async function criteriaFile(): Promise<string> {
    await fs.writeFile(file("criteria.csv"), "criterion,value\na_cutoff,70%\n");
    return file("criteria.csv");
  }
});
