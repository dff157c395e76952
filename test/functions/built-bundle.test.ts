/**
 * The add-in as Excel receives it: builds functions.js and functions.json with the project's own webpack
 * configuration, loads functions.js into a fresh JavaScript context that has only a stub CustomFunctions
 * (as Excel's runtime provides), and calls every registered function with Excel-shaped arguments:
 * 2-D arrays, null for blank cells, null for omitted optional arguments.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { LANGS, words } from "../../src/core/language";
import { StubExcelError, makeCustomFunctionsStub } from "../support/custom-functions-stub";

const root = path.resolve(__dirname, "../..");
let outDir: string;
let metadata: {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
};
let registered: Map<string, (...args: unknown[]) => unknown>;

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kam-functions-"));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "functionsOnly",
      "--output-path",
      outDir,
    ],
    { cwd: root, stdio: "pipe" }
  );
  metadata = JSON.parse(fs.readFileSync(path.join(outDir, "functions.json"), "utf8"));
  const stub = makeCustomFunctionsStub();
  const context = vm.createContext({ CustomFunctions: stub.global });
  vm.runInContext(fs.readFileSync(path.join(outDir, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  registered = stub.associated;
}, 180_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const EXPECTED_IDS = [
  "SHARE",
  "CUMSHARE",
  "RANK",
  "ABC",
  "PARETO",
  "TOPSHARE",
  "HHI",
  "CREDIT",
  "CREDITWHY",
  "DSO",
  "GRADE",
  "ISKEY",
  "TIERS",
  "AGING",
  "LIMIT",
  "LIMITWHY",
  "WALLET",
  "HEADROOM",
  "PORTFOLIO",
  "HEALTH",
  "HEALTHWHY",
];

test("functions.json lists all 21 functions, each function and parameter described", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual([...EXPECTED_IDS].sort());
  for (const f of metadata.functions) {
    expect(f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
  }
});

test("loading functions.js registers every function in functions.json through CustomFunctions.associate", () => {
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
});

const call = (id: string, ...args: unknown[]) => registered.get(id)!(...args);
const sales = [[700], [200], [null], [100]];

test("share functions spill one result per cell, blank for a blank cell", () => {
  expect(call("SHARE", sales, null)).toEqual([[0.7], [0.2], [""], [0.1]]);
  expect(call("CUMSHARE", sales, null)).toEqual([[0.7], [0.9], [""], [1]]);
  expect(call("RANK", sales, null)).toEqual([[1], [2], [""], [3]]);
  expect(call("ABC", sales, null, null, null, null)).toEqual([["A"], ["B"], [""], ["C"]]);
  expect(call("SHARE", [[200]], sales)).toEqual([[0.2]]);
});

test("the scalar functions return one number", () => {
  expect(call("PARETO", sales, null)).toBe(1);
  expect(call("TOPSHARE", sales, 2)).toBeCloseTo(0.9, 12);
  expect(call("HHI", [[30], [30], [20], [20]])).toBeCloseTo(2600, 9);
});

test("credit, DSO, grade and key-account functions", () => {
  expect(call("CREDIT", [[1000]], [[1040]], [[0]], [[45]], null)).toEqual([["FAIL"]]);
  expect(call("CREDITWHY", [[1000]], [[1040]], [[0]], [[45]], null)).toEqual([
    ["utilisation 104% > 100%; 45 days overdue > 30"],
  ]);
  expect(call("DSO", [[100]], [[365]], null)).toEqual([[100]]);
  expect(call("GRADE", [[700]], sales, [["WATCH"]], [[5]], null)).toEqual([[3]]);
  expect(call("ISKEY", [[200]], sales, null, null, null)).toEqual([[false]]);
});

test("share of wallet and headroom spill one result per cell, blank where a figure is blank", () => {
  const potential = [[1000], [400], [500], [null]];
  expect(call("WALLET", sales, potential)).toEqual([[0.7], [0.5], [""], [""]]);
  expect(call("HEADROOM", sales, potential)).toEqual([[300], [200], [""], [""]]);
});

test("the portfolio quadrant spills one result per pair of scores, blank where a score is blank", () => {
  const attractiveness = [[80], [80], [20], [20], [null]];
  const strength = [[50], [49], [90], [10], [70]];
  expect(call("PORTFOLIO", attractiveness, strength, null)).toEqual([
    ["strategic"],
    ["opportunistic"],
    ["status"],
    ["streamline"],
    [""],
  ]);
  // portfolio_cut from the criteria moves the line between high and low.
  expect(call("PORTFOLIO", [[80]], [[50]], [["portfolio_cut", 60]])).toEqual([["opportunistic"]]);
});

test("aging and limit functions, and the aging argument of CREDIT", () => {
  const aging = [
    [900, 0, 0, 100, 0],
    [899, 0, 0, 0, 101],
  ];
  expect(call("AGING", aging, null, null)).toEqual([["OK"], ["FAIL"]]);
  expect(call("CREDIT", [[1000], [1000]], [[100], [100]], null, null, null, aging, null)).toEqual([
    ["OK"],
    ["FAIL"],
  ]);
  expect(call("LIMIT", [[1200000]], [[60]], [[4]], null, null, null, null)).toEqual([[240000]]);
  expect(
    call("LIMITWHY", [[1200000]], [[30]], null, [["FAIL"]], [[90000]], null, [[70000]])
  ).toEqual([[expect.stringMatching(/^freeze: .*frozen at 70,000/)]]);
});

test("TIERS spills a header row and the accounts, largest first", () => {
  const out = call(
    "TIERS",
    [["Shop B"], ["Shop A"]],
    [[100], [300]],
    null,
    null,
    null
  ) as unknown[][];
  expect(out[0][0]).toBe("Account");
  expect(out.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
    ["Shop A", 300, 1],
    ["Shop B", 100, 2],
  ]);
});

test("bad input becomes an Excel error with a message, never an exception of another kind", () => {
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    return undefined;
  };
  const e1 = thrown(() => call("ABC", sales, null, 0.9, 0.7, null)) as StubExcelError;
  expect(e1.code).toBe("#NUM!");
  const e2 = thrown(() => call("ABC", sales, null, null, null, "middle")) as StubExcelError;
  expect(e2.code).toBe("#VALUE!");
  expect(e2.message).toMatch(/cover|within/);
  expect((thrown(() => call("SHARE", [[0], [null]], null)) as StubExcelError).code).toBe("#DIV/0!");
  const cell = (call("SHARE", [[1], ["n/a"]], null) as unknown[][])[1][0] as StubExcelError;
  expect(cell.code).toBe("#VALUE!");
});

test("functions.json's descriptions are the first language's catalogue help; each other language has its own file", () => {
  const described = (m: typeof metadata) =>
    Object.fromEntries(
      m.functions.map((f) => [
        f.id,
        {
          description: f.description,
          parameters: Object.fromEntries(f.parameters.map((p) => [p.name, p.description])),
        },
      ])
    );
  const [first, ...others] = LANGS;
  expect(described(metadata)).toEqual(words(first).functionHelp);
  for (const lang of others) {
    const file = path.join(outDir, `functions.${lang}.json`);
    expect(described(JSON.parse(fs.readFileSync(file, "utf8")))).toEqual(words(lang).functionHelp);
  }
});

test("functions.zh-CN.json: the same functions and parameters, every description in Chinese", () => {
  const zh = JSON.parse(
    fs.readFileSync(path.join(outDir, "functions.zh-CN.json"), "utf8")
  ) as typeof metadata;
  const shape = (m: typeof metadata) =>
    m.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.optional ?? false])]);
  expect(shape(zh)).toEqual(shape(metadata));
  const han = /[\u4e00-\u9fff]/;
  for (const f of zh.functions) {
    expect(f.description).toMatch(han);
    for (const p of f.parameters) expect(p.description).toMatch(han);
  }
});

test("functions.ts holds no help text of its own: the catalogues are the one place for it", async () => {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const generated = await generateCustomFunctionsMetadata(
    [path.join(root, "src/functions/functions.ts")],
    true
  );
  const jsdoc = JSON.parse(generated.metadataJson) as typeof metadata;
  expect(jsdoc.functions).toHaveLength(metadata.functions.length);
  for (const f of jsdoc.functions) {
    expect(f.description).toBe(
      `KAM.${f.id}: what Excel shows of it is the catalogues' \`functionHelp.${f.id}\`.`
    );
    for (const p of f.parameters) expect(p.description ?? "").toBe("");
  }
});

test("a function or parameter missing from a translation table is reported", () => {
  const { localize } = require("../../scripts/localized-functions-metadata");
  const metadata = {
    functions: [{ id: "HHI", name: "HHI", description: "x", parameters: [{ name: "values" }] }],
  };
  expect(localize(metadata, {}, "zh-CN").problems).toEqual(["zh-CN: no translation for HHI"]);
  expect(
    localize(metadata, { HHI: { description: "指数", parameters: {} } }, "zh-CN").problems
  ).toEqual(["zh-CN: no translation for HHI(values)"]);
  expect(
    localize(
      metadata,
      { HHI: { description: "指数", parameters: { values: "值" } }, XYZ: { description: "" } },
      "zh-CN"
    ).problems
  ).toEqual(["zh-CN: XYZ is translated but not a function"]);
});
