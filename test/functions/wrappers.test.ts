/** The wrappers Excel calls: language from Office, and every failure turned into an Excel error. */
import { StubExcelError, installCustomFunctionsStub } from "../support/custom-functions-stub";
import { KamError } from "../../src/core/errors";
import { words } from "../../src/core/i18n/languages";

installCustomFunctionsStub();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kam =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelGrid, excelScalar, toExcelCell } =
  require("../../src/functions/excel-errors") as typeof import("../../src/functions/excel-errors");

const globals = globalThis as unknown as { Office?: unknown };
afterEach(() => delete globals.Office);

describe("language follows Office's display language", () => {
  test.each([
    ["en-US", "Account", "utilisation 120% > 100%"],
    ["zh-CN", "客户", "额度使用率 120% > 100%"],
    ["zh-TW", "客户", "额度使用率 120% > 100%"],
  ])("%s", (displayLanguage, header, why) => {
    globals.Office = { context: { displayLanguage } };
    expect(kam.tiers([["x"]], [[1]])[0][0]).toBe(header);
    expect(kam.creditwhy([[100]], [[120]])).toEqual([[why]]);
  });

  test("English when Office is not there or not ready", () => {
    expect(kam.tiers([["x"]], [[1]])[0][0]).toBe("Account");
    globals.Office = { context: undefined };
    expect(kam.tiers([["x"]], [[1]])[0][0]).toBe("Account");
  });
});

describe("errors", () => {
  test.each([
    ["value", "#VALUE!"],
    ["div0", "#DIV/0!"],
    ["num", "#NUM!"],
    ["na", "#N/A"],
  ] as const)("a %s error becomes %s with its message", (code, excel) => {
    const error = toExcelCell(
      new KamError(code, () => "what went wrong")
    ) as unknown as StubExcelError;
    expect(error).toBeInstanceOf(StubExcelError);
    expect([error.code, error.message]).toEqual([excel, "what went wrong"]);
  });

  test.each([
    ["en-US", "en"],
    ["zh-CN", "zh-CN"],
  ] as const)("the tooltip is in Excel's display language (%s)", (displayLanguage, lang) => {
    globals.Office = { context: { displayLanguage } };
    const engine = words(lang).engineErrors;
    let thrown: unknown;
    try {
      kam.abc([[1], [2]], undefined, [[0.9]], [[0.5]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StubExcelError);
    expect((thrown as StubExcelError).message).toBe(engine.cutoffOrder(0.9, 0.5));
    // An error inside one cell of a spill is worded the same way.
    const cell = kam.dso([[-5]], [[100]])[0][0] as unknown as StubExcelError;
    expect([cell.code, cell.message]).toEqual(["#NUM!", engine.receivablesNegative(-5)]);
  });

  test("a Chinese tooltip is Chinese", () => {
    globals.Office = { context: { displayLanguage: "zh-CN" } };
    const cell = kam.dso([[-5]], [[100]])[0][0] as unknown as StubExcelError;
    expect(cell.message).toMatch(/\p{Script=Han}/u);
  });

  test("NaN and infinities never reach a cell", () => {
    for (const bad of [NaN, Infinity, -Infinity])
      expect((toExcelCell(bad) as unknown as StubExcelError).code).toBe("#NUM!");
  });

  test("an unexpected exception is thrown as an Excel error, not as itself", () => {
    const boom = () => {
      throw new TypeError("x is undefined");
    };
    for (const run of [() => excelGrid(boom), () => excelScalar(boom)]) {
      expect(run).toThrow(StubExcelError);
      try {
        run();
      } catch (e) {
        expect((e as StubExcelError).message).toMatch(/KAM internal error: x is undefined/);
      }
    }
  });

  test("a whole-formula error is thrown; a cell error stays in its cell", () => {
    expect(() => kam.share([[0]])).toThrow(StubExcelError);
    const out = kam.share([[1], [true], [3]]);
    expect(out[0][0]).toBe(0.25);
    expect((out[1][0] as StubExcelError).code).toBe("#VALUE!");
  });
});
