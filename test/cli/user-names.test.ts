import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  addCustomProperties,
  customPropertiesXml,
  editPart,
  readPart,
  sheetContents,
  sheetNames,
} from "./package-helpers";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { writeWorkbook } from "./workbook-fixtures";

/*
 * A name such as KAM_Tiers is no proof that a sheet is the add-in's: a user may define one. The
 * add-in's sheets are those its document property marks (or, made by an earlier version, a hidden
 * name on a sheet with its title); a user's sheet is never written to and their names never re-pointed.
 */
// Each test runs the command line on whole workbooks, some twice: seconds on a busy 2-core machine.
jest.setTimeout(60_000);

describe("kam analyze and the user's own names", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => (dir = await scratchDir()));

  const CUSTOMERS = [
    ["Customer", "Sales"],
    ["A", 60],
    ["B", 30],
    ["C", 10],
  ];

  /** Adds workbook names to a file, as Excel's Name Manager (or a macro, for hidden ones) would. */
  async function defineNames(target: string, names: string) {
    await editPart(target, "xl/workbook.xml", (xml) =>
      xml.includes("<definedNames>")
        ? xml.replace("<definedNames>", `<definedNames>${names}`)
        : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`)
    );
  }

  async function workbookWithNotes(name: string, names: string) {
    await writeWorkbook(file(name), {
      Customers: CUSTOMERS,
      Notes: [["my own notes"], ["keep these"]],
    });
    await defineNames(file(name), names);
  }

  const exists = (target: string) =>
    fs.stat(target).then(
      () => true,
      () => false
    );

  it.each([
    ["KAM_Tiers", []],
    ["KAM_Criteria_Sheet", []],
    ["KAM_Templates", ["--plans"]],
    ["KAM_Plans", ["--plans"]],
  ])(
    "stops, writing nothing, when the user's visible name %s points at their sheet",
    async (name, args) => {
      await workbookWithNotes(
        `${name}.xlsx`,
        `<definedName name="${name}">Notes!$A$1</definedName>`
      );
      const out = file(`${name}-out.xlsx`);
      const run = await runKam([
        "analyze",
        file(`${name}.xlsx`),
        "--out",
        out,
        "--lang",
        "en",
        ...args,
      ]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${name}.xlsx:`);
      expect(lines[0]).toContain(`${name} (Notes!$A$1)`);
      expect(lines[0]).toContain("Name Manager");
      expect(await exists(out)).toBe(false);
    }
  );

  it("says so in Chinese too", async () => {
    await workbookWithNotes("zh.xlsx", `<definedName name="KAM_Tiers">Notes!$A$1</definedName>`);
    const run = await runKam([
      "analyze",
      file("zh.xlsx"),
      "--out",
      file("zh-out.xlsx"),
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("KAM_Tiers（Notes!$A$1）");
    expect(run.stderr).toContain("名称管理器");
  });

  it("does not take a hidden name alone for its mark when the sheet is not one it wrote", async () => {
    await workbookWithNotes(
      "hidden.xlsx",
      `<definedName name="KAM_Tiers" hidden="1">Notes!$A$1</definedName>`
    );
    const run = await runKam(["analyze", file("hidden.xlsx"), "--out", file("hidden-out.xlsx")]);
    expect(run.code).toBe(1);
    expect(await exists(file("hidden-out.xlsx"))).toBe(false);
  });

  it("never takes the user's KAM_Plan_3 for a plan, nor gives its number to a new one", async () => {
    await workbookWithNotes("plan.xlsx", `<definedName name="KAM_Plan_3">Notes!$A$1</definedName>`);
    const run = await runKam([
      "analyze",
      file("plan.xlsx"),
      "--out",
      file("plan-out.xlsx"),
      "--plans",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const before = await sheetContents(file("plan.xlsx"));
    const after = await sheetContents(file("plan-out.xlsx"));
    expect(after.get("Notes")).toBe(before.get("Notes"));
    // The overview lists the plans, not the user's sheet.
    expect(after.get("KAM Plans")).toContain("KAM_Plan_4_Profile");
    expect(after.get("KAM Plans")).not.toContain("Notes");
    const workbook = await readPart(file("plan-out.xlsx"), "xl/workbook.xml");
    expect(workbook).toContain(`<definedName name="KAM_Plan_3">Notes!$A$1</definedName>`);
    const plans = [...workbook.matchAll(/name="KAM_Plan_(\d+)"/g)].map((m) => Number(m[1]));
    const planSheets = (await sheetNames(file("plan-out.xlsx"))).filter((n) =>
      n.startsWith("Plan - ")
    );
    expect(planSheets.length).toBeGreaterThan(0);
    expect(plans.filter((n) => n !== 3)).toHaveLength(planSheets.length);
    expect(Math.min(...plans.filter((n) => n !== 3))).toBe(4);
  });

  it("reads the user's own KAM_Criteria as the criteria and leaves it where it points", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLES.en);
    workbook.addWorksheet("Settings").addRows([["a_cutoff", 0.8]]);
    await workbook.xlsx.writeFile(file("criteria.xlsx"));
    await defineNames(
      file("criteria.xlsx"),
      `<definedName name="KAM_Criteria">Settings!$A$1:$B$1</definedName>`
    );
    const out = file("criteria-out.xlsx");
    const run = await runKam(["analyze", file("criteria.xlsx"), "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "note: your own name KAM_Criteria (Settings!$A$1:$B$1) was read as the criteria and left as it is"
    );
    const names = await readPart(out, "xl/workbook.xml");
    expect(names.match(/<definedName name="KAM_Criteria"[ >]/g)).toHaveLength(1);
    expect(names).toContain(`<definedName name="KAM_Criteria">Settings!$A$1:$B$1</definedName>`);
    // 80% instead of the default 70% makes more accounts class A, as on the KAM Criteria sheet.
    const json = await runKam(["analyze", file("criteria.xlsx"), "--out", out, "--json"]);
    expect(JSON.parse(json.stdout).paretoCount).toBe(12);
  });

  it("marks its sheets with document properties and keeps the user's own properties as they were", async () => {
    const mine =
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department"><vt:lpwstr>Sales &amp; Service</vt:lpwstr></property>';
    const zip = await JSZip.loadAsync(await fs.readFile(SAMPLES.en));
    await addCustomProperties(zip, customPropertiesXml(mine));
    await fs.writeFile(file("props.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const run = await runKam(["analyze", file("props.xlsx"), "--out", file("props-out.xlsx")]);
    expect(run.code).toBe(0);
    const custom = await readPart(file("props-out.xlsx"), "docProps/custom.xml");
    expect(custom).toContain(mine);
    for (const marker of ["KAM_Criteria_Sheet", "KAM_Tiers"])
      expect(custom).toMatch(
        new RegExp(
          `<property fmtid="[^"]+" pid="\\d+" name="KAM sheet: ${marker}"><vt:lpwstr>KAM for Excel</vt:lpwstr></property>`
        )
      );
    const pids = [...custom.matchAll(/pid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(pids).size).toBe(pids.length);
    // A sample without custom properties gets the part, its relationship and content type.
    await runKam(["analyze", SAMPLES.en, "--out", file("plain-out.xlsx")]);
    expect(await readPart(file("plain-out.xlsx"), "_rels/.rels")).toContain("docProps/custom.xml");
    expect(await readPart(file("plain-out.xlsx"), "[Content_Types].xml")).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    );
  });

  it("takes the sheets an earlier version wrote (hidden names, its titles, no properties) for its own", async () => {
    await runKam(["analyze", SAMPLES.en, "--out", file("old.xlsx"), "--plans", "--lang", "en"]);
    const zip = await JSZip.loadAsync(await fs.readFile(file("old.xlsx")));
    zip.remove("docProps/custom.xml");
    const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
    zip.file("_rels/.rels", rels.replace(/<Relationship [^>]*custom-properties[^>]*\/>/, ""));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file("[Content_Types].xml", types.replace(/<Override [^>]*custom\.xml[^>]*\/>/, ""));
    await fs.writeFile(file("old.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const run = await runKam([
      "analyze",
      file("old.xlsx"),
      "--out",
      file("old-2.xlsx"),
      "--plans",
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(0);
    expect(await sheetNames(file("old-2.xlsx"))).toEqual(await sheetNames(file("old.xlsx")));
    const custom = await readPart(file("old-2.xlsx"), "docProps/custom.xml");
    for (const marker of [
      "KAM_Tiers",
      "KAM_Criteria_Sheet",
      "KAM_Templates",
      "KAM_Plans",
      "KAM_Plan_1",
    ])
      expect(custom).toContain(`name="KAM sheet: ${marker}"`);
  });
});
