/**
 * Issue 14's "done when": the Chinese sample analysed in Chinese with plans has no English word in a
 * sheet name or in any cell the add-in wrote, codes and names aside (the allow-list below says why).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { CRITERIA_SPECS } from "../../src/core/criteria";
import { SAMPLES, runKam, scratchDir } from "./run-kam";

jest.setTimeout(120000);

/**
 * Words that may stand in Chinese text: status codes formulas test (OK, WATCH, FAIL, A, B, C), the
 * KAM brand and its workbook names, the trade's abbreviations (ABC, HHI, DSO), the criterion names
 * the KAM functions look up (a_cutoff, …, shown beside their Chinese label) and their text values.
 */
const ALLOWED = new Set(
  [
    "OK",
    "WATCH",
    "FAIL",
    "A",
    "B",
    "C",
    "KAM",
    "ABC",
    "HHI",
    "DSO",
    "KAM_Criteria",
    "cover",
    "within",
    "any",
    "not_fail",
    "ok",
    ...CRITERIA_SPECS.map((s) => s.name),
  ].map((w) => w.toLowerCase())
);

/** The Latin words of a text that are not allowed ("Page 1 of 2" → Page, of). */
function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z_0-9.]*/g) ?? []).filter(
    (w) => !ALLOWED.has(w.toLowerCase()) && !/^KAM[._]/i.test(w)
  );
}

function shown(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  if (typeof v === "string") return v;
  if (v && typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return typeof result === "string" ? result : undefined;
    }
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return undefined;
}

describe("kam analyze --lang zh-CN --plans: Chinese throughout", () => {
  let dir: string;
  beforeAll(async () => (dir = await scratchDir()));
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("no English word in the generated sheets' names or cells", async () => {
    const out = path.join(dir, "zh.xlsx");
    const run = await runKam([
      "analyze",
      SAMPLES["zh-CN"],
      "--out",
      out,
      "--plans",
      "--lang",
      "zh-CN",
    ]);
    expect(run.code).toBe(0);
    const input = new ExcelJS.Workbook();
    await input.xlsx.readFile(SAMPLES["zh-CN"]);
    const own = new Set(input.worksheets.map((s) => s.name));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const generated = workbook.worksheets.filter((s) => !own.has(s.name));
    expect(generated.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const sheet of generated) {
      for (const w of englishWords(sheet.name)) found.push(`${sheet.name}: ${w}`);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const text = shown(cell);
          if (text === undefined) return;
          const words = englishWords(text);
          if (words.length > 0)
            found.push(`${sheet.name}!${cell.address} "${text}": ${words.join(" ")}`);
        })
      );
    }
    expect(found).toEqual([]);
  });
});
