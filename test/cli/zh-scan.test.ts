/**
 * Issue 14's "done when": the Chinese sample analysed in Chinese with plans has no English word in a
 * sheet name or in any cell the add-in wrote, codes and names aside (the allow-list below says why).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { englishWords } from "../support/english-words";

jest.setTimeout(120000);

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
