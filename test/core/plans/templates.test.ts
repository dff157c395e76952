import { defaultTemplates } from "../../../src/core/plans/default-templates";
import { planText } from "../../../src/core/plans/plan-text";
import { choices, planVocabulary } from "../../../src/core/plans/plan-vocabulary";
import { needsOf } from "../../../src/core/plans/templates";
import { parseTemplates } from "../../../src/core/plans/templates-parse";
import { templatesSheet } from "../../../src/core/plans/templates-sheet";
import { CellValue } from "../../../src/core/sheets/sheet-spec";
import { riskyStrings } from "../sheets/spec-helpers";
import { LANGS, specValues } from "./plan-fixtures";
import { sheetNames } from "../../../src/core/sheets/sheet-names";

const NEEDS = {
  en: [
    "management guidance",
    "promotion support",
    "technical support",
    "financial management",
    "training",
    "distribution",
    "shelf",
    "price",
    "in-store promotion",
  ],
  "zh-CN": [
    "经营理念指导",
    "促销支持",
    "技术支持",
    "财务管理",
    "培训",
    "铺货",
    "货架",
    "价格",
    "店内助销",
  ],
};

describe.each(LANGS)("templates in %s", (lang) => {
  const templates = defaultTemplates(lang);
  const spec = templatesSheet(templates, lang);

  test("the defaults: the article's needs and six roles, tasks in its work forms", () => {
    expect(needsOf(templates)).toEqual(NEEDS[lang]);
    expect(templates.roles).toHaveLength(6);
    const forms = choices(planVocabulary(lang).workForm);
    const roles = templates.roles.map((r) => r.role);
    for (const task of templates.tasks) {
      expect(forms).toContain(task.workForm);
      expect(roles).toContain(task.ownerRole);
      expect(task.durationDays).toBeGreaterThan(0);
    }
    for (const role of templates.roles)
      expect(
        [role.responsibilities, role.authority, role.benefit, role.accountableFor].every(
          (t) => t.length > 0
        )
      ).toBe(true);
  });

  test("the KAM Templates sheet: roles on top, stages, service model, rules, the tasks last", () => {
    expect([spec.kind, spec.name, spec.marker]).toEqual([
      "templates",
      sheetNames(lang).templates,
      "KAM_Templates",
    ]);
    const rules = 27 + templates.rules.length;
    expect(spec.tables?.map((t) => [t.name, t.ref])).toEqual([
      ["KAM_Template_Roles", "A5:E11"],
      ["KAM_Template_Stages", "A14:B17"],
      ["KAM_Template_Service", "A20:H24"],
      ["KAM_Template_Rules", `A27:E${rules}`],
      ["KAM_Template_Tasks", `A${rules + 3}:H${rules + 3 + templates.tasks.length}`],
    ]);
    expect(riskyStrings(spec)).toEqual([]);
  });

  test("reads back exactly what it wrote", () => {
    expect(parseTemplates(specValues(spec), lang)).toEqual({ templates, origin: "workbook" });
  });

  test("is read in the other language too: a workbook keeps its templates when Office's language changes", () => {
    const other = lang === "en" ? "zh-CN" : "en";
    expect(parseTemplates(specValues(spec), other)).toEqual({ templates, origin: "workbook" });
  });
});

test("a Chinese KAM Templates sheet an earlier version wrote (考核内容, 评测指标) still reads", () => {
  const templates = defaultTemplates("zh-CN");
  const values = specValues(templatesSheet(templates, "zh-CN")).map((row) =>
    row.map((cell) =>
      cell === "考核指标" ? (row.includes("角色") ? "考核内容" : "评测指标") : cell
    )
  );
  const flat = values.flat();
  expect(flat).toContain("考核内容");
  expect(flat).toContain("评测指标");
  expect(parseTemplates(values, "zh-CN")).toEqual({ templates, origin: "workbook" });
});

describe("templates the user has edited", () => {
  const text = planText("en");
  const rows = (): CellValue[][] => specValues(templatesSheet(defaultTemplates("en"), "en"));

  test("changed texts, blank rows, notes and extra rows are all honoured", () => {
    const values = rows();
    values[5][0] = "Account director"; // the KA manager renamed
    values[5][1] = "Owns the whole relationship";
    values.splice(8, 0, [null, null, null, null, null, null, null, null]);
    values.splice(9, 0, ["(a note the user wrote)", null, null, null, null, null, null, null]);
    values.push([null, null, null, null, null, null, null, null]);
    values.push([
      "cold chain",
      "Fridge audit",
      "Merchandiser",
      "visit",
      "10",
      5.4,
      "n/a",
      "Fridges OK",
    ]);
    const { templates, origin } = parseTemplates(values, "en");
    expect(origin).toBe("workbook");
    expect(templates.roles[0]).toMatchObject({
      role: "Account director",
      responsibilities: "Owns the whole relationship",
    });
    expect(templates.roles).toHaveLength(6);
    expect(templates.tasks.at(-1)).toEqual({
      need: "cold chain",
      workItem: "Fridge audit",
      ownerRole: "Merchandiser",
      workForm: "visit",
      startAfterDays: 10,
      durationDays: 5,
      workloadDays: null,
      kpi: "Fridges OK",
    });
    expect(needsOf(templates).at(-1)).toBe("cold chain");
  });

  test("columns are found by their header, in any order and anywhere; a deleted column reads blank", () => {
    const values: CellValue[][] = [
      [null, text.team.accountableFor, text.team.role, text.team.responsibilities],
      [null, "Revenue", "Account director", "Owns the account"],
      [],
      [null, text.tasks.workItem, text.needs.need, text.tasks.duration],
      [null, "Planogram review", "shelf", 4],
      [null, "", "shelf", 4], // no work item: not a task
    ];
    expect(parseTemplates(values, "en")).toEqual({
      origin: "workbook",
      templates: {
        roles: [
          {
            role: "Account director",
            responsibilities: "Owns the account",
            authority: "",
            benefit: "",
            accountableFor: "Revenue",
          },
        ],
        tasks: [
          {
            need: "shelf",
            workItem: "Planogram review",
            ownerRole: "",
            workForm: "",
            startAfterDays: 0,
            durationDays: 4,
            workloadDays: null,
            kpi: "",
          },
        ],
        // A sheet from before these tables existed: they come from the defaults (rules for its needs).
        rules: defaultTemplates("en").rules.filter((r) => r.need === "shelf"),
        service: defaultTemplates("en").service,
        stages: defaultTemplates("en").stages,
      },
    });
  });

  test("a sheet with no role or no task left falls back to the defaults, and says so", () => {
    const noTasks = rows().slice(0, 12);
    expect(parseTemplates(noTasks, "zh-CN")).toEqual({
      templates: defaultTemplates("zh-CN"),
      origin: "unreadable",
    });
    expect(parseTemplates([], "en").origin).toBe("unreadable");
    expect(parseTemplates([["anything"], [42, true]], "en").origin).toBe("unreadable");
  });

  test("no sheet at all: the defaults, to be written", () => {
    expect(parseTemplates(undefined, "zh-CN")).toEqual({
      templates: defaultTemplates("zh-CN"),
      origin: "absent",
    });
  });
});
