/**
 * Generating plans again after a new analysis, on the in-memory Excel: everything the user typed on a
 * plan stays (team, needs, tasks, statuses, notes, added tasks), the profile figures follow the new
 * analysis, an account no longer key keeps its plan with a note, and new key accounts get plans.
 * The user's edits go straight into the double's model, as typing in Excel would put them.
 */
import { planText } from "../../src/core/plans/plan-text";
import { excelSerial } from "../../src/core/plans/plan-dates";
import {
  ExcelHost,
  SheetModel,
  installExcelDouble,
  seedSheet,
} from "../../src/workbench/excel-double";
import { analyse, named, plan, rowOf, rowValues } from "./plans-support";

const HEADER = ["Customer", "Region", "Sales", "Business philosophy"];
const FIRST = [
  HEADER,
  ["North Farm Supply", "North", 400000, 5],
  ["River Seeds", "East", 260000, 4],
  ["Hill Agro", "West", 90000, 4],
  ["Lake Shop", "South", 50000, 2],
];
// A quarter later: River Seeds has fallen back, Hill Agro has grown.
const SECOND = [
  HEADER,
  ["North Farm Supply", "North", 500000, 5],
  ["River Seeds", "East", 40000, 4],
  ["Hill Agro", "West", 300000, 4],
  ["Lake Shop", "South", 50000, 2],
];

let host: ExcelHost;
let uninstall: () => void;
beforeEach(() => {
  host = new ExcelHost();
  uninstall = installExcelDouble(host, "en-US");
});
afterEach(() => uninstall());

function snapshot(sheet: SheetModel, rows = 80, columns = 10) {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => [sheet.cells.value(r, c), sheet.cells.formula(r, c)])
  );
}

test("a second generation keeps every edit, updates the figures and marks the account no longer key", async () => {
  const text = planText("en");
  seedSheet(host, "Customers", "A1", FIRST);
  const first = await analyse(host, "en", "Customers!A2");
  const key = first.accounts.filter((a) => a.keyAccount).map((a) => a.account);
  expect(key).toEqual(["North Farm Supply", "River Seeds"]);
  await plan(host, "en", first, key, "2025-03-01");

  // The user works on the plans.
  const north = host.model.requireSheet("Plan - North Farm Supply");
  const river = host.model.requireSheet("Plan - River Seeds");
  const team = rowOf(north, "KA manager", rowOf(north, text.sections.team));
  north.cells.setContent(team, 1, "Li Wei");
  const needs = rowOf(north, "shelf", rowOf(north, text.sections.needs));
  north.cells.setContent(needs, 1, "high");
  north.cells.setContent(needs, 2, "Shelf share below 10%");
  north.cells.setContent(
    rowOf(north, text.needs.model),
    1,
    "Joint business plan, reviewed monthly"
  );
  const table = host.model.tables.find((t) => t.sheet === north)!;
  const firstTask = table.rect.row + 1;
  north.cells.setContent(firstTask, 7, "done");
  north.cells.setContent(firstTask, 9, "Plan signed");
  const added = table.rect.row + table.rect.rows;
  [
    "Open a second outlet",
    "distribution",
    "KA manager",
    "visit",
    45740,
    45760,
    3,
    "in progress",
  ].forEach((value, c) => north.cells.setContent(added, c, value));
  river.cells.setContent(rowOf(river, text.profile.location), 1, "Market street 3");
  host.model.requireSheet("KAM Templates").cells.setContent(0, 0, "Our templates");
  const profileRow = named(host, "KAM_Plan_1_Profile").row;
  const noteRow = named(host, "KAM_Plan_2_Note").row;
  const before = { north: snapshot(north), river: snapshot(river) };

  seedSheet(host, "Customers", "A1", SECOND);
  const second = await analyse(host, "en", "Customers!A2");
  const nowKey = second.accounts.filter((a) => a.keyAccount).map((a) => a.account);
  expect(nowKey).toEqual(["North Farm Supply", "Hill Agro"]);
  const { outcome } = await plan(host, "en", second, nowKey, "2025-06-01");

  // Only the named cells changed: the profile figures, River Seeds' status note, and the priorities,
  // cooperation model and targets the add-in fills, where the user left them as it wrote them.
  const after = { north: snapshot(north), river: snapshot(river) };
  expect(after.north[needs]).toEqual(before.north[needs]); // the user's "high" and reason stay
  const targets = named(host, "KAM_Plan_1_Targets").row;
  expect(north.cells.value(targets, 1)).toBe(500000); // no prior sales: the current sales
  expect(north.cells.value(named(host, "KAM_Plan_1_Model").row + 3, 1)).toBe(0.03 * 500000);
  before.north[profileRow] = after.north[profileRow];
  before.river[profileRow] = after.river[profileRow];
  before.river[noteRow][0] = after.river[noteRow][0];
  for (const [plan, sheet] of [
    [1, "north"],
    [2, "river"],
  ] as const)
    for (const [block, rows] of [
      ["Priorities", 9],
      ["Model", 7],
      ["Targets", 4],
    ] as const) {
      const { row } = named(host, `KAM_Plan_${plan}_${block}`);
      // The cooperation model's heading above its values follows the star level too.
      for (let r = block === "Model" ? row - 1 : row; r < row + rows; r++)
        before[sheet][r] = after[sheet][r];
    }
  expect(after).toEqual(before);
  const riverHeading = named(host, "KAM_Plan_2_Model").row - 1;
  expect(river.cells.value(riverHeading, 1)).toBe(
    text.model.level(second.accounts.find((a) => a.account === "River Seeds")!.stars)
  );
  expect(rowValues(north, profileRow).slice(0, 3)).toEqual(["North Farm Supply", "North", 500000]);
  expect(north.cells.value(profileRow, 9)).toBe(excelSerial("2025-06-01"));
  expect(rowValues(river, profileRow)[6]).toBe(false);
  expect(river.cells.value(noteRow, 0)).toBe(text.noLongerKey("2025-06-01"));
  expect(north.cells.value(noteRow, 0)).toBeUndefined();
  expect(host.model.requireSheet("KAM Templates").cells.value(0, 0)).toBe("Our templates");

  // Nothing deleted, no plan doubled; the new key account got the next number.
  expect(outcome.templates).toBe("workbook");
  expect(outcome.entries.map((e) => [e.account, e.number, e.isNew])).toEqual([
    ["North Farm Supply", 1, false],
    ["Hill Agro", 3, true],
    ["River Seeds", 2, false],
  ]);
  expect(host.model.sheets.filter((s) => s.name.startsWith("Plan - ")).map((s) => s.name)).toEqual([
    "Plan - North Farm Supply",
    "Plan - River Seeds",
    "Plan - Hill Agro",
  ]);
  const overview = host.model.requireSheet("KAM Plans");
  expect([4, 5, 6].map((r) => overview.cells.value(r, 0))).toEqual([
    "North Farm Supply",
    "Hill Agro",
    "River Seeds",
  ]);
  expect(host.model.tables.filter((t) => t.sheet === overview)).toHaveLength(1);
});

test("a key account again clears the note; an account gone from the list is marked and keeps its figures", async () => {
  seedSheet(host, "Customers", "A1", FIRST);
  await plan(
    host,
    "en",
    await analyse(host, "en", "Customers!A2"),
    ["North Farm Supply", "River Seeds"],
    "2025-03-01"
  );
  seedSheet(host, "Customers", "A1", SECOND);
  await plan(host, "en", await analyse(host, "en", "Customers!A2"), [], "2025-06-01");
  const river = named(host, "KAM_Plan_2_Note");
  expect(river.sheet.cells.value(river.row, 0)).toMatch(/^No longer a key account/);

  // River Seeds grows back; North Farm Supply leaves the list altogether.
  seedSheet(host, "Customers", "A1", [
    HEADER,
    ["River Seeds", "East", 900000, 4],
    ["Hill Agro", "West", 300000, 4],
    ["Lake Shop", "South", 50000, 2],
    ["", "", "", ""],
    ["", "", "", ""],
  ]);
  await plan(host, "en", await analyse(host, "en", "Customers!A2"), [], "2025-09-01");

  expect(river.sheet.cells.value(river.row, 0)).toBeUndefined();
  const north = named(host, "KAM_Plan_1_Note");
  expect(north.sheet.cells.value(north.row, 0)).toBe(planText("en").notInAnalysis("2025-09-01"));
  const profile = named(host, "KAM_Plan_1_Profile");
  expect(profile.sheet.cells.value(profile.row, 2)).toBe(500000);
});

describe.each(["en", "zh-CN"] as const)(
  "the cooperation heading of a regenerated plan (%s)",
  (lang) => {
    // Potentials put the accounts on the portfolio matrix, so new plans name their quadrant.
    const LEDGER = [
      ["Customer", "Sales", "Last year", "Potential", "Philosophy", "Credit limit", "Balance"],
      ["Big Partner", 500, 400, 600, 5, 100, 10],
      ["Loyal Small", 90, 90, 100, 3, 100, 10],
      ["Big Elsewhere", 300, 250, 3000, 4, 100, 10],
      ["Tiny", 10, 20, 200, 2, 100, 10],
    ];
    const heading = (n: number) => {
      const model = named(host, `KAM_Plan_${n}_Model`);
      return { sheet: model.sheet, row: model.row - 1, column: model.column };
    };
    const valueOf = (n: number) => {
      const h = heading(n);
      return h.sheet.cells.value(h.row, h.column);
    };

    test("gains the quadrant line while the add-in's; the user's words stay", async () => {
      const m = planText(lang).model;
      seedSheet(host, "Customers", "A1", LEDGER);
      const analysis = await analyse(host, lang, "Customers!A2");
      const all = analysis.accounts.map((a) => a.account);
      await plan(host, lang, analysis, all, "2025-03-01");
      const written = valueOf(1) as string;
      // Plan 1 as a plan made before the portfolio: the service level line alone.
      const level = written.slice(0, written.lastIndexOf(m.withPortfolio("", "")));
      expect(level).toBe(m.level(analysis.accounts[0].stars));
      expect(written).not.toBe(level);
      for (const [n, text] of [
        [1, level],
        [2, "Joint business plan, reviewed monthly"],
      ] as const) {
        const h = heading(n);
        h.sheet.cells.setContent(h.row, h.column, text);
      }
      const { outcome } = await plan(host, lang, analysis, all, "2025-06-01");
      expect(outcome.missing).toEqual([]);
      expect(valueOf(1)).toBe(written);
      expect(valueOf(2)).toBe("Joint business plan, reviewed monthly");
    });
  }
);
