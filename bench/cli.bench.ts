/*
 * npm run bench (second part): `kam analyze` on a workbook of 100,000 customer rows, the size the
 * issue promises. The workbook is generated once (ExcelJS's streaming writer) into out/bench/; the
 * command then runs in a child process of its own, so the time and the peak memory printed are the
 * command's alone: wall time, peak resident memory (resourceUsage maxRSS) and peak V8 heap.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";

const ROWS = 100_000;
const DIR = path.join(__dirname, "..", "out", "bench");
const INPUT = path.join(DIR, `customers-${ROWS}.xlsx`);
const OUTPUT = path.join(DIR, `customers-${ROWS}-kam.xlsx`);

/** The same long-tailed sales as the functions bench, and credit figures around them. */
async function generate(): Promise<void> {
  let state = 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return (state + 0.5) / 4294967296;
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: INPUT,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("Customers");
  sheet
    .addRow([
      "Customer",
      "Region",
      "Sales",
      "Prior sales",
      "Credit limit",
      "Balance",
      "Overdue amount",
      "Days overdue",
      "Business philosophy",
    ])
    .commit();
  for (let i = 1; i <= ROWS; i++) {
    const sales = Math.round(
      Math.exp(8 + 2 * Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random()))
    );
    const limit = Math.round(sales * (0.2 + random() * 0.3));
    const balance = Math.round(limit * random() * 1.2);
    const overdue = Math.round(balance * random() * 0.4);
    sheet
      .addRow([
        `Customer ${String(i).padStart(6, "0")}`,
        `Region ${1 + (i % 24)}`,
        sales,
        Math.round(sales * (0.7 + random() * 0.6)),
        limit,
        balance,
        overdue,
        Math.floor(random() * 120),
        1 + Math.floor(random() * 5),
      ])
      .commit();
  }
  await workbook.commit();
}

/** Run in the child: the command itself, then its own figures on the last line of stdout. */
async function measure(): Promise<void> {
  const { main } = await import("../src/cli/main");
  let heapPeak = 0;
  const sampler = setInterval(
    () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
    50
  );
  const start = performance.now();
  const code = await main(["analyze", INPUT, "--out", OUTPUT, "--json", "--lang", "en"], {
    stdout: () => undefined,
    stderr: (t) => void process.stderr.write(t),
    terminal: false,
  });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ code, seconds, rssMb, heapMb: heapPeak / 1048576 })}\n`);
}

async function bench(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(INPUT)) {
    const start = performance.now();
    await generate();
    console.log(
      `generated ${path.relative(process.cwd(), INPUT)} in ${((performance.now() - start) / 1000).toFixed(1)} s`
    );
  }
  const child = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", __filename, "--measure"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 20,
    }
  );
  const last = child.stdout.trim().split("\n").pop() ?? "{}";
  const { code, seconds, rssMb, heapMb } = JSON.parse(last);
  if (code !== 0) throw new Error(`kam analyze exited ${code}`);
  console.log(
    `kam analyze, ${ROWS.toLocaleString("en-US")} rows: ${seconds.toFixed(1)} s, peak memory ${rssMb.toFixed(0)} MB resident (heap ${heapMb.toFixed(0)} MB) → ${path.relative(process.cwd(), OUTPUT)}`
  );
}

(process.argv.includes("--measure") ? measure() : bench()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
