import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { editPart, sheetContents } from "./package-helpers";

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) out.set(entry.name, await entry.async("nodebuffer"));
  return out;
}

/** The parts the add-in edits (by adding entries) in a package it writes into. */
const EDITED = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
  // The document properties that mark the add-in's sheets: added to the package's relationships.
  "_rels/.rels",
  "docProps/custom.xml",
];

/** The output is the input's package with the add-in's parts: the user's parts are not rewritten. */
describe("kam analyze writes into the input's own package", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => (dir = await scratchDir()));

  it("carries every part of the input over byte for byte, but for the entries it adds", async () => {
    const out = file("copy.xlsx");
    expect((await runKam(["analyze", SAMPLES["zh-CN"], "--out", out, "--plans"])).code).toBe(0);
    const before = await parts(SAMPLES["zh-CN"]);
    const after = await parts(out);
    for (const [name, bytes] of before) {
      if (EDITED.includes(name)) continue;
      expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    // The workbook's own cell formats keep their places: ours come after them.
    const xfs = (xml: string) => /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    const had = xfs(String(before.get("xl/styles.xml")));
    expect(xfs(String(after.get("xl/styles.xml"))).startsWith(had)).toBe(true);
  });

  it("declares the content type of every part, and of no part that is gone, on a first run and a second", async () => {
    const first = file("first.xlsx");
    const second = file("second.xlsx");
    expect((await runKam(["analyze", SAMPLES.en, "--out", first, "--plans"])).code).toBe(0);
    expect((await runKam(["analyze", first, "--out", second, "--plans"])).code).toBe(0);
    for (const out of [first, second]) {
      const all = await parts(out);
      const types = String(all.get("[Content_Types].xml"));
      const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
      const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
      for (const name of all.keys()) {
        if (name === "[Content_Types].xml") continue;
        const covered =
          overrides.includes(name) || defaults.includes(name.split(".").pop()?.toLowerCase() ?? "");
        expect([name, covered]).toEqual([name, true]);
        if (/^xl\/(worksheets|tables|charts|drawings)\/[^/]+\.xml$/.test(name))
          expect([name, overrides.includes(name)]).toEqual([name, true]);
      }
      for (const name of overrides) expect([name, all.has(name)]).toEqual([name, true]);
    }
  });

  it("processes a LibreOffice or WPS workbook whose table has no <tableStyleInfo>, and keeps that table", async () => {
    const input = file("libre.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addTable({
      name: "Ledger",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Customer" }, { name: "Sales" }],
      rows: [
        ["A", 60],
        ["B", 40],
      ],
    });
    await workbook.xlsx.writeFile(input);
    await editPart(input, "xl/tables/table1.xml", (xml) =>
      xml.replace(/<tableStyleInfo\b[^>]*\/>/, "")
    );
    const table = (await parts(input)).get("xl/tables/table1.xml") as Buffer;
    expect(String(table)).not.toContain("tableStyleInfo");
    const out = file("libre-kam.xlsx");
    const run = await runKam(["analyze", input, "--out", out, "--lang", "en"]);
    expect(run.stderr).not.toMatch(/^kam: /m);
    expect(run.code).toBe(0);
    expect((await parts(out)).get("xl/tables/table1.xml")?.equals(table)).toBe(true);
    expect((await sheetContents(out)).get("Customers")).toBe(
      (await sheetContents(input)).get("Customers")
    );
  });

  it("puts the workbook's names where the schema wants them, after external references", async () => {
    const input = file("linked.xlsx");
    await fs.copyFile(SAMPLES.en, input);
    await editPart(input, "xl/workbook.xml", (xml) =>
      xml
        .replace(/<definedNames>[\s\S]*?<\/definedNames>/, "")
        .replace(
          "</sheets>",
          '</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>'
        )
    );
    const out = file("linked-kam.xlsx");
    expect((await runKam(["analyze", input, "--out", out])).code).toBe(0);
    const xml = String((await parts(out)).get("xl/workbook.xml"));
    expect(xml.indexOf("<definedNames>")).toBeGreaterThan(xml.indexOf("</externalReferences>"));
  });

  it("removes the temporary file a killed run left beside the output, and keeps a running one's", async () => {
    const out = file("result.xlsx");
    // A process that has ended: its pid names the leftover of a run that was killed.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid as number;
    const stale = file(`.result.xlsx.${gone}.tmp`);
    const running = file(`.result.xlsx.${process.ppid}.tmp`);
    await fs.writeFile(stale, "half a workbook");
    await fs.writeFile(running, "another run, still writing");
    const run = await runKam(["analyze", SAMPLES.en, "--out", out]);
    expect(run.code).toBe(0);
    const left = (await fs.readdir(dir)).filter((n) => n.startsWith(".result.xlsx."));
    expect(left).toEqual([path.basename(running)]);
  });
});
