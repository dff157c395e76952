import ExcelJS from "exceljs";
import * as path from "path";
import { readPart, keepCustomProperties, sheetNames } from "./package-helpers";
import { SAMPLES, runKam, scratchDir } from "./run-kam";
import { PLAN, editPlan, namedCell } from "./plan-edits";
import { defaultTemplates } from "../../src/core/plans/default-templates";
import { teamText } from "../../src/core/plans/team-text";
import type { PlanJson } from "../../src/core/plans/plan-model";

type Rules = Record<string, { type?: string; formulae?: unknown[] }>;

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const formulaOf = (cell: ExcelJS.Cell) => (cell.value as { formula?: string } | null)?.formula;

/** kam analyze --plans writes KAM Team, and a later run keeps the roster the user typed. */
describe("KAM Team from the command line", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => (dir = await scratchDir()));

  async function analyze(input: string, out: string, ...args: string[]) {
    const run = await runKam(["analyze", input, "--out", out, "--lang", "en", ...args]);
    expect(run.code).toBe(0);
  }

  it("writes the roster, the workload formulas and the plans' person dropdowns", async () => {
    await analyze(SAMPLES.en, file("team.xlsx"), "--plans");
    expect(await sheetNames(file("team.xlsx"))).toContain("KAM Team");
    const names = await readPart(file("team.xlsx"), "xl/workbook.xml");
    expect(names).toContain(
      `<definedName name="KAM_Team" hidden="1">'KAM Team'!$A$1</definedName>`
    );
    expect(names).toContain(
      `<definedName name="KAM_Team_People" hidden="1">'KAM Team'!$A$6:$A$35</definedName>`
    );
    expect(names).toMatch(
      /<definedName name="KAM_Plan_1_Person" hidden="1">'Plan - [^']+'!\$D\$\d+:\$D\$\d+<\/definedName>/
    );
    const workbook = await open(file("team.xlsx"));
    const team = workbook.getWorksheet("KAM Team") as ExcelJS.Worksheet;
    expect([1, 2, 3].map((c) => team.getRow(6).getCell(c).value)).toEqual([
      "KA manager 1",
      "KA manager",
      10,
    ]);
    expect(formulaOf(team.getCell("E6"))).toMatch(
      /^IF\(INDEX\(KAM_Team_People,1\)="","",IFERROR\(_xlfn\.|^IF\(INDEX\(KAM_Team_People,1\)="","",IFERROR\(SUMIFS/
    );
    for (let n = 1; n <= 6; n++)
      expect(formulaOf(team.getCell("P35"))).toContain(`KAM_Plan_${n}_Workload`);
    const plan = workbook.worksheets.find((s) => s.name.startsWith("Plan - ")) as ExcelJS.Worksheet;
    const rules = (plan as unknown as { dataValidations: { model: Rules } }).dataValidations.model;
    const people = Object.entries(rules).filter(([, r]) => r.formulae?.[0] === "KAM_Team_People");
    // The work plan's person column (1,000 rows, cell by cell as ExcelJS reads them) and the team's
    // six person cells.
    expect(people).toHaveLength(1000 + 6);
  });

  it("keeps the user's roster on the next run and counts the plans added since", async () => {
    await analyze(SAMPLES.en, file("two.xlsx"), "--plans-top", "2");
    const workbook = await open(file("two.xlsx"));
    const team = workbook.getWorksheet("KAM Team") as ExcelJS.Worksheet;
    expect(formulaOf(team.getCell("E6"))).not.toContain("KAM_Plan_3_");
    team.getCell("A6").value = "Zhang Wei";
    team.getCell("C6").value = 4;
    team.getCell("A12").value = "Li Na";
    team.getCell("B12").value = "Sales support";
    team.getCell("C12").value = 6;
    await workbook.xlsx.writeFile(file("two-edited.xlsx"));
    await keepCustomProperties(file("two.xlsx"), file("two-edited.xlsx"));

    await analyze(file("two-edited.xlsx"), file("all.xlsx"), "--plans");
    expect((await sheetNames(file("all.xlsx"))).filter((n) => n.startsWith("KAM Team"))).toEqual([
      "KAM Team",
    ]);
    const again = (await open(file("all.xlsx"))).getWorksheet("KAM Team") as ExcelJS.Worksheet;
    expect([1, 2, 3].map((c) => again.getRow(6).getCell(c).value)).toEqual([
      "Zhang Wei",
      "KA manager",
      4,
    ]);
    expect([1, 2, 3].map((c) => again.getRow(12).getCell(c).value)).toEqual([
      "Li Na",
      "Sales support",
      6,
    ]);
    expect(again.getCell("A7").value).toBe("Sales support 1");
    // The workload now names the plans this run added.
    expect(formulaOf(again.getCell("E12"))).toContain("KAM_Plan_6_Workload");
    expect(formulaOf(again.getCell("E12"))).toContain("INDEX(KAM_Team_People,7)");
  });

  it("--json names each task's person: the roster's first of its role, or the plan's own", async () => {
    const roles = defaultTemplates("en").roles.map((r) => r.role);
    const example = (role: string) =>
      roles.includes(role) ? teamText("en").placeholder(role) : null;
    const run = await runKam([
      "analyze",
      SAMPLES.en,
      "--out",
      file("people.xlsx"),
      "--plans",
      "--json",
      "--lang",
      "en",
    ]);
    expect(run.code).toBe(0);
    const first: PlanJson[] = JSON.parse(run.stdout).plans;
    const tasks = first.flatMap((p) => p.tasks);
    expect(tasks.length).toBeGreaterThan(0);
    // The roster this run writes: one example person per role.
    for (const t of tasks) expect(t.person).toBe(example(t.ownerRole));
    expect(tasks.some((t) => t.person !== null)).toBe(true);

    // The user names the KA manager on the roster, clears the sales support row's role, and types a
    // person into one plan's team (editPlan: "Wang Li" as that plan's KA manager).
    await editPlan(file("people.xlsx"), file("people-plan.xlsx"));
    const workbook = await open(file("people-plan.xlsx"));
    const team = workbook.getWorksheet("KAM Team") as ExcelJS.Worksheet;
    expect(team.getCell("B6").value).toBe(roles[0]);
    team.getCell("A6").value = "Zhang Wei";
    const sales = roles[1];
    expect(team.getCell("B7").value).toBe(sales);
    team.getCell("B7").value = null;
    await workbook.xlsx.writeFile(file("people-edited.xlsx"));
    await keepCustomProperties(file("people.xlsx"), file("people-edited.xlsx"));

    const again = await runKam([
      "analyze",
      file("people-edited.xlsx"),
      "--out",
      file("people-again.xlsx"),
      "--plans",
      "--json",
      "--lang",
      "en",
    ]);
    expect(again.code).toBe(0);
    const plans: PlanJson[] = JSON.parse(again.stdout).plans;
    const typedFor = PLAN.slice("Plan - ".length);
    expect(plans.map((p) => p.account)).toContain(typedFor);
    const byRole = (role: string, own: boolean) =>
      plans
        .filter((p) => (p.account === typedFor) === own)
        .flatMap((p) => p.tasks.filter((t) => t.ownerRole === role).map((t) => t.person));
    expect(byRole(roles[0], false).length).toBeGreaterThan(0);
    expect(new Set(byRole(roles[0], false))).toEqual(new Set(["Zhang Wei"]));
    expect(byRole(roles[0], true).length).toBeGreaterThan(0);
    expect(new Set(byRole(roles[0], true))).toEqual(new Set(["Wang Li"]));
    // No roster person has the sales support role now.
    const salesTasks = [...byRole(sales, false), ...byRole(sales, true)];
    expect(salesTasks.length).toBeGreaterThan(0);
    expect(new Set(salesTasks)).toEqual(new Set([null]));
    // The plan's team name points at its role and person columns.
    const named = namedCell(workbook, "KAM_Plan_1_Team");
    expect(named.sheet.name.startsWith("Plan - ")).toBe(true);
    expect(named.sheet.getCell(named.row, named.col).value).toBe(roles[0]);
  });
});
