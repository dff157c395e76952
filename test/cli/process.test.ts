import { spawnSync } from "child_process";
import * as path from "path";
import ExcelJS from "exceljs";
import { runKam, scratchDir } from "./run-kam";

const ROOT = path.join(__dirname, "..", "..");

describe("kam as a process", () => {
  it("exits with the code and prints the one-line message, as the bin does", () => {
    const run = spawnSync(
      process.execPath,
      [
        "-r",
        "ts-node/register/transpile-only",
        "src/cli/main.ts",
        "analyze",
        "missing.xlsx",
        "--lang",
        "en",
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60000 }
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("kam: missing.xlsx: no such file\n");
  });
});

describe("progress on stderr", () => {
  it("reports the steps for a table of more than 10,000 rows, and keeps stdout for the JSON", async () => {
    const dir = await scratchDir();
    const input = path.join(dir, "big.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Customers");
    sheet.addRow(["Customer", "Sales"]);
    for (let i = 1; i <= 10001; i++) sheet.addRow([`Customer ${i}`, 1 + (i % 97)]);
    await workbook.xlsx.writeFile(input);
    const run = await runKam([
      "analyze",
      input,
      "--out",
      path.join(dir, "out.xlsx"),
      "--json",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).accounts).toBe(10001);
    expect(run.stderr).toContain("Analysing 10,001 rows…");
    expect(run.stderr).toMatch(/Writing KAM Tiers: 10,000 of 10,0\d\d rows/);
    expect(run.stderr).toContain("Saving the workbook…");
  });
});
