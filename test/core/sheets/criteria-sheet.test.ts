import {
  CRITERIA_SPECS,
  Criteria,
  DEFAULT_CRITERIA,
  parseCriteria,
} from "../../../src/core/criteria";
import { Lang } from "../../../src/core/language";
import { sheetNames } from "../../../src/core/sheets/sheet-names";
import { parseAddress } from "../../../src/core/sheets/a1";
import { criteriaSheet, criterionRow } from "../../../src/core/sheets/criteria-sheet";
import { criteriaSheetText } from "../../../src/core/sheets/sheet-text";
import { criteriaLabels } from "../../../src/core/sheets/criteria-labels";
import { SpecGrid } from "./formula-eval";
import { formulasOf, riskyStrings, within } from "./spec-helpers";

const LANGS: Lang[] = ["en", "zh-CN"];

const CUSTOM: Criteria = {
  aCutoff: 0.725,
  bCutoff: 0.95,
  abcRule: "within",
  creditFailUtilisation: 1.1,
  creditWatchUtilisation: 0.85,
  creditFailDays: 120,
  creditWatchDays: 45,
  creditFailOverdueRatio: 0.25,
  creditWatchOverdueRatio: 0.05,
  philosophyGood: 4.5,
  philosophyFair: 2.5,
  keyMinStars: 4,
  agingWatchShare: 0.15,
  agingFailShare: 0.05,
  periodDays: 90,
  defaultTermsDays: 45,
  limitHeadroom4: 0.25,
  limitHeadroom3: 0.125,
  keyRequiresCredit: "not_fail",
  targetGrowth: 0.15,
  weightSize: 0.5,
  weightGrowth: 0.25,
  weightPotential: 0.35,
  weightPhilosophy: 0.05,
  weightWallet: 0.45,
  weightStage: 0.15,
  weightCredit: 0.35,
  weightTenure: 0.05,
  portfolioCut: 55,
  spendPerArea: 40,
  developmentMinHeadroom: 250000,
  healthWeightGrowth: 0.4,
  healthWeightCredit: 0.2,
  healthWeightOverdue: 0.1,
  healthWeightStage: 0.05,
  healthWeightPhilosophy: 0.25,
  healthGrowthSpan: 0.3,
  healthOverdueStep: 20,
  healthStageStep: 40,
};

describe.each(LANGS)("criteria sheet in %s", (lang) => {
  const spec = criteriaSheet(DEFAULT_CRITERIA, lang);
  const grid = new SpecGrid(spec);
  const text = criteriaSheetText(lang);

  test("is the add-in's criteria sheet, named in its language", () => {
    expect(spec.kind).toBe("criteria");
    expect(spec.name).toBe(sheetNames(lang).criteria);
    expect(spec.marker).toBe("KAM_Criteria_Sheet");
  });

  test("has a title, a line of explanation and a localized header", () => {
    expect(grid.raw("A1")).toBe(text.title);
    expect(grid.raw("A2")).toBe(text.intro);
    expect(grid.values("A4:D4")).toEqual([
      [
        text.headers.name,
        text.headers.value,
        criteriaLabels(lang).header,
        text.headers.explanation,
      ],
    ]);
    if (lang === "zh-CN") {
      expect(grid.raw("A1")).toMatch(/[\u4e00-\u9fff]/);
      expect(grid.raw("B4")).toBe("数值");
      expect(grid.raw("C4")).toBe("中文名称");
    } else {
      expect(grid.values("A4:D4")).toEqual([["Criterion", "Value", "In words", "Explanation"]]);
    }
  });

  test("has one row per criterion: its name, its value and a one-line explanation", () => {
    const rows = grid.values(`A5:D${4 + CRITERIA_SPECS.length}`);
    expect(rows.map((r) => r[0])).toEqual(CRITERIA_SPECS.map((s) => s.name));
    expect(rows.map((r) => r[1])).toEqual(CRITERIA_SPECS.map((s) => DEFAULT_CRITERIA[s.key]));
    for (const [, , label, explanation] of rows) {
      expect(typeof label).toBe("string");
      // The names stay the keys; the label is for people, in their language (issue 14).
      if (lang === "zh-CN") expect(label).toMatch(/^[^a-zA-Z]*([AB] 类[^a-zA-Z]*)?$/);
      expect(typeof explanation).toBe("string");
      expect((explanation as string).length).toBeGreaterThan(10);
      expect(explanation).not.toMatch(/\n/);
    }
    expect(new Set(rows.map((r) => r[2])).size).toBe(CRITERIA_SPECS.length);
    expect(new Set(rows.map((r) => r[3])).size).toBe(CRITERIA_SPECS.length);
    expect(grid.raw("D5")).toBe(
      lang === "en"
        ? "Class A: the largest accounts that make up this share of sales"
        : text.explanations.aCutoff
    );
  });

  test("KAM_Criteria covers exactly the name and value cells, absolutely", () => {
    expect(spec.names).toEqual([
      {
        name: "KAM_Criteria",
        ref: `$A$5:$B$${4 + CRITERIA_SPECS.length}`,
        comment: text.nameComment,
      },
    ]);
  });

  test("the table is the header and the criteria, and holds the named cells", () => {
    expect(spec.tables).toHaveLength(1);
    const table = spec.tables![0];
    expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(table.name).not.toBe("KAM_Criteria");
    expect(table.ref).toBe(`A4:D${4 + CRITERIA_SPECS.length}`);
    expect(within(spec.names![0].ref.replace(/\$/g, ""), table.ref)).toBe(true);
  });

  test("criterion names are in a text column; the value column is not", () => {
    expect(spec.columns).toContainEqual(expect.objectContaining({ index: 0, text: true }));
    expect(spec.columns!.find((c) => c.index === 1)?.text).toBeFalsy();
    for (const column of spec.columns!) expect(column.width).toBeGreaterThan(0);
  });

  test("abc_rule offers cover and within, key_requires_credit any, not_fail and ok", () => {
    const row = criterionRow("abc_rule");
    const keyRow = criterionRow("key_requires_credit");
    expect(spec.validations).toEqual([
      { ref: `B${row + 1}`, list: ["cover", "within"] },
      { ref: `B${keyRow + 1}`, list: ["any", "not_fail", "ok"] },
    ]);
    expect(grid.raw(`A${row + 1}`)).toBe("abc_rule");
  });

  test("values are formatted as their specs say", () => {
    const formatOf = (ref: string) => spec.formats!.find((f) => f.ref === ref)?.numberFormat;
    CRITERIA_SPECS.forEach((s) => {
      const ref = `B${criterionRow(s.name) + 1}`;
      const expected = { percent: "0%", number: "General", text: "@" }[s.format];
      expect([s.name, formatOf(ref)]).toEqual([s.name, expected]);
    });
  });

  test("writes no formulas and no text Excel would misread", () => {
    expect(formulasOf(spec)).toEqual([]);
    expect(riskyStrings(spec)).toEqual([]);
  });
});

describe("the named cells read back as the same criteria", () => {
  test.each<[string, Criteria]>([
    ["defaults", { ...DEFAULT_CRITERIA }],
    ["custom", CUSTOM],
    [
      "cover rule, tight credit",
      { ...DEFAULT_CRITERIA, aCutoff: 0.55, bCutoff: 0.85, creditWatchDays: 0, keyMinStars: 2 },
    ],
  ])("%s", (_, criteria) => {
    for (const lang of LANGS) {
      const spec = criteriaSheet(criteria, lang);
      const cells = new SpecGrid(spec).values(spec.names![0].ref.replace(/\$/g, ""));
      expect(cells[0]).toEqual(["a_cutoff", criteria.aCutoff]);
      expect(parseCriteria(cells)).toEqual(criteria);
      // The whole table, header and explanations included, reads the same (parseCriteria skips them).
      const table = new SpecGrid(spec).values(spec.tables![0].ref);
      expect(parseCriteria(table)).toEqual(criteria);
      // A sheet an earlier version wrote had no label column: it reads the same.
      const earlier = table.map((row) => [row[0], row[1], row[3]]);
      expect(parseCriteria(earlier)).toEqual(criteria);
    }
  });
});

describe("formats keep a threshold from reading as its neighbour", () => {
  const spec = criteriaSheet(CUSTOM, "en");
  const formatOf = (name: string) =>
    spec.formats!.find((f) => f.ref === `B${criterionRow(name) + 1}`)?.numberFormat;

  test.each([
    ["a_cutoff", "0.0##%"],
    ["b_cutoff", "0%"],
    ["credit_fail_utilisation", "0%"],
    ["philosophy_fair", "General"],
    ["abc_rule", "@"],
  ])("%s is %s", (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  test("criterionRow refuses unknown names", () => {
    expect(() => criterionRow("nope")).toThrow(RangeError);
  });

  test("every ref in the spec is a valid A1 reference", () => {
    const refs = [
      ...spec.blocks.map((b) => b.at),
      ...spec.formats!.map((f) => f.ref),
      ...spec.validations!.map((v) => v.ref),
    ];
    for (const ref of refs)
      for (const part of ref.split(":")) expect(() => parseAddress(part)).not.toThrow();
  });
});
