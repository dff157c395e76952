/**
 * The chart kinds of ChartSpec as the package writer draws them, read by LibreOffice: a file with a
 * stacked bar chart and a bubble chart, saved again by LibreOffice, still has both, over the same
 * cells — LibreOffice understood the DrawingML (it rewrites every chart from what it read).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import * as path from "path";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { packageSource, saveWithSheets } from "../../src/xlsx/save-workbook";
import { scratchDir } from "../cli/run-kam";
import { LIBREOFFICE, describeWith } from "../support/external-tools";
import { CHART_KINDS_SPEC } from "../support/chart-kinds";
import { soffice } from "./recalculate";

const suite = describeWith(LIBREOFFICE, "the chart kinds in LibreOffice");
jest.setTimeout(300_000);

suite("charts of every kind, read and saved again by LibreOffice", () => {
  it("keeps the stacked bars and the bubbles over the same ranges", async () => {
    const dir = await scratchDir("kam-lo-charts-");
    try {
      const input = path.join(dir, "in.xlsx");
      const source = new ExcelJS.Workbook();
      source.addWorksheet("Customers").getCell("A1").value = "Customer";
      await source.xlsx.writeFile(input);
      const ours = path.join(dir, "charts.xlsx");
      await saveWithSheets(packageSource(await loadWorkbook(input)), [CHART_KINDS_SPEC], ours);
      await fs.mkdir(path.join(dir, "lo"));
      await soffice([
        "--convert-to",
        "xlsx:Calc Office Open XML",
        "--outdir",
        path.join(dir, "lo"),
        ours,
      ]);
      const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "lo", "charts.xlsx")));
      const charts = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async("string"))
      );
      const bar = charts.find((xml) => xml.includes("<c:barChart>"));
      const bubble = charts.find((xml) => xml.includes("<c:bubbleChart>"));
      expect(bar).toBeDefined();
      expect(bar).toMatch(/<c:barDir val="bar"\/>/);
      expect(bar).toMatch(/<c:grouping val="stacked"\/>/);
      expect(bar!.match(/<c:ser>/g)).toHaveLength(3);
      expect(bar).toContain("$D$2:$D$4");
      expect(bubble).toBeDefined();
      expect(bubble).toMatch(/<c:bubbleSize>\s*<c:numRef>\s*<c:f>[^<]*\$D\$7:\$D\$9<\/c:f>/);
      expect(bubble).toMatch(/<c:xVal>[\s\S]*\$B\$7:\$B\$9/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
