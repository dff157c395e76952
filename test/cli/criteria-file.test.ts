import { promises as fs } from "fs";
import * as path from "path";
import { readCriteriaFile } from "../../src/cli/criteria-file";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { SAMPLES, runKam, scratchDir } from "./run-kam";

describe("--criteria FILE", () => {
  let dir: string;
  const write = async (name: string, text: string) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, text);
    return file;
  };
  beforeAll(async () => (dir = await scratchDir()));

  it.each([
    ["object.json", '{"a_cutoff": 0.8, "abc_rule": "within"}'],
    ["pairs.json", '[["a_cutoff", 0.8], ["abc_rule", "within"]]'],
    ["plain.csv", "a_cutoff,0.8\nabc_rule,within\n"],
    [
      "header.csv",
      '\uFEFFcriterion;value\r\n# a comment\r\na_cutoff;80%\r\n\r\nabc_rule;"within"\r\n',
    ],
  ])("reads %s; names not given keep their defaults", async (name, text) => {
    const criteria = await readCriteriaFile(await write(name, text));
    expect(criteria).toEqual({ ...DEFAULT_CRITERIA, aCutoff: 0.8, abcRule: "within" });
  });

  it.each([
    ["unknown.csv", "a_cutof,0.8\n", /unknown criterion "a_cutof"/],
    ["range.json", '{"a_cutoff": 0.95}', /cut-offs must satisfy/],
    ["text.csv", "key_min_stars,three\n", /key_min_stars must be a number/],
    ["broken.json", "{a_cutoff: 0.8", /JSON/],
  ])("exits 2 naming the file for %s", async (name, text, message) => {
    const file = await write(name, text);
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      path.join(dir, "o.xlsx"),
      "--criteria",
      file,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^kam: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: --criteria: `)
    );
    expect(run.stderr).toMatch(message);
  });

  it("words the criteria's problem in the run's language", async () => {
    const file = await write("misspelt-zh.csv", "a_cutof,0.8\n");
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      path.join(dir, "z.xlsx"),
      "--criteria",
      file,
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(2);
    const line = run.stderr.slice(run.stderr.indexOf("a_cutof"));
    expect(line).toMatch(/\p{Script=Han}/u);
    expect(line).toContain("a_cutoff");
    expect(run.stderr).not.toMatch(/unknown criterion/);
  });

  it("changes the analysis: an 80% cut-off makes 12 shops class A", async () => {
    const file = await write("eighty.json", '{"a_cutoff": 0.8}');
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      path.join(dir, "e.xlsx"),
      "--criteria",
      file,
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).paretoCount).toBe(12);
  });

  it("exits 2 when the file is not there", async () => {
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      path.join(dir, "m.xlsx"),
      "--criteria",
      path.join(dir, "none.csv"),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/none\.csv: no such file$/m);
  });
});
