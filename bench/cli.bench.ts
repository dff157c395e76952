/*
 * npm run bench (second part): `kam analyze` on a workbook of 100,000 customer rows, the size the
 * issue promises, against its floor measured in the same run: ExcelJS reading the same file and
 * writing it back unchanged. Each runs in a child process of its own, so the time and the peak memory
 * printed are its alone: wall time, CPU time (user + system, less disturbed by other work on a shared
 * machine) and peak resident memory (resourceUsage maxRSS of the child).
 * Then the time LibreOffice takes to open a workbook of 50 plans (`kam analyze --plans-top 50`),
 * beside the time it takes to open a one-cell workbook (its start-up).
 * The workbooks are generated once (ExcelJS's streaming writer) into out/bench/.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, rmSync } from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";

const ROWS = 100_000;
const PLAN_ROWS = 2_000;
const PLANS = 50;
const DIR = path.join(__dirname, "..", "out", "bench");
const INPUT = path.join(DIR, `customers-${ROWS}.xlsx`);
const OUTPUT = path.join(DIR, `customers-${ROWS}-kam.xlsx`);
const FLOOR_OUTPUT = path.join(DIR, `customers-${ROWS}-exceljs.xlsx`);
const PLAN_INPUT = path.join(DIR, `customers-${PLAN_ROWS}.xlsx`);
const PLAN_OUTPUT = path.join(DIR, `plans-${PLANS}-kam.xlsx`);
const ONE_CELL = path.join(DIR, "one-cell.xlsx");
/** Runs of each child, alternating; the best of each is printed (BENCH_RUNS=3 for steadier figures). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

/** The same long-tailed sales as the functions bench, and credit figures around them. */
async function generate(file: string, rows: number): Promise<void> {
  let state = 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return (state + 0.5) / 4294967296;
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
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
  for (let i = 1; i <= rows; i++) {
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

interface Figures {
  code: number;
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
}

/** In the child: the work, then its own figures on the last line of stdout. */
async function measure(mode: string): Promise<void> {
  // Loaded (and compiled by ts-node) before the clock starts, as ExcelJS is for the floor.
  const { main } = await import("../src/cli/main");
  const cpu = process.cpuUsage();
  const start = performance.now();
  let code = 0;
  if (mode === "floor") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(INPUT);
    await workbook.xlsx.writeFile(FLOOR_OUTPUT);
  } else {
    const args =
      mode === "plans"
        ? ["analyze", PLAN_INPUT, "--out", PLAN_OUTPUT, "--plans-top", String(PLANS)]
        : ["analyze", INPUT, "--out", OUTPUT, "--json"];
    code = await main([...args, "--lang", "en"], {
      stdout: () => undefined,
      stderr: () => undefined,
      terminal: false,
    });
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const figures: Figures = {
    code,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    rssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function child(mode: string): Figures {
  const run = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", __filename, "--measure", mode],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 }
  );
  const figures = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Figures;
  if (figures.code !== 0) throw new Error(`${mode} exited ${figures.code}`);
  return figures;
}

const best = (runs: Figures[]): Figures => ({
  code: 0,
  seconds: Math.min(...runs.map((r) => r.seconds)),
  cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
  rssMb: Math.min(...runs.map((r) => r.rssMb)),
});

/** Seconds LibreOffice takes to open a workbook headless (and write its first sheet as CSV). */
function libreOfficeOpen(file: string, profile: string): number {
  const out = path.join(DIR, "lo-out");
  const start = performance.now();
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 600_000 }
  );
  const seconds = (performance.now() - start) / 1000;
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`LibreOffice could not open ${file}`);
  return seconds;
}

const mb = (n: number) => `${Math.round(n).toLocaleString("en-US")} MB`;

async function bench(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  for (const [file, rows] of [
    [INPUT, ROWS],
    [PLAN_INPUT, PLAN_ROWS],
  ] as const)
    if (!existsSync(file)) {
      const start = performance.now();
      await generate(file, rows);
      const seconds = ((performance.now() - start) / 1000).toFixed(1);
      console.log(`generated ${path.relative(process.cwd(), file)} in ${seconds} s`);
    }
  const floors: Figures[] = [];
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) {
    floors.push(child("floor"));
    runs.push(child("analyze"));
  }
  const floor = best(floors);
  const run = best(runs);
  const rows = ROWS.toLocaleString("en-US");
  console.log(
    `kam analyze, ${rows} rows: ${run.seconds.toFixed(1)} s wall (${run.cpuSeconds.toFixed(1)} s CPU), peak ${mb(run.rssMb)} resident`
  );
  console.log(
    `  floor, ExcelJS reading the same file and writing it back unchanged: ${floor.seconds.toFixed(1)} s wall (${floor.cpuSeconds.toFixed(1)} s CPU), peak ${mb(floor.rssMb)}`
  );
  console.log(
    `  ratio ${(run.seconds / floor.seconds).toFixed(2)}× wall, ${(run.cpuSeconds / floor.cpuSeconds).toFixed(2)}× CPU (target ≤ 1.5× wall, aim ≤ 1×); peak ${mb(run.rssMb)} (target ≤ 1,200 MB)`
  );

  const plans = child("plans");
  const hasLibreOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  if (!hasLibreOffice) {
    console.log(
      `kam analyze --plans-top ${PLANS}: ${plans.seconds.toFixed(1)} s; LibreOffice (soffice) is not installed, so its opening time is not measured (apt-get install libreoffice-calc-nogui)`
    );
    return;
  }
  const one = new ExcelJS.Workbook();
  one.addWorksheet("Sheet1").getCell("A1").value = 1;
  await one.xlsx.writeFile(ONE_CELL);
  // A profile of the bench's own, so a LibreOffice already running elsewhere is not asked instead.
  const profile = path.join(DIR, "lo-profile");
  libreOfficeOpen(ONE_CELL, profile); // the first start creates the profile
  const startUp = libreOfficeOpen(ONE_CELL, profile);
  const open = libreOfficeOpen(PLAN_OUTPUT, profile);
  console.log(
    `LibreOffice opens a workbook of ${PLANS} plans (kam analyze --plans-top ${PLANS} on ${PLAN_ROWS.toLocaleString("en-US")} rows, written in ${plans.seconds.toFixed(1)} s): ${open.toFixed(1)} s, of which start-up (a one-cell workbook) ${startUp.toFixed(1)} s (target < 10 s)`
  );
}

const mode = process.argv[process.argv.indexOf("--measure") + 1];
(process.argv.includes("--measure") ? measure(mode) : bench()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
