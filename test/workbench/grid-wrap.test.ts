import { ExcelHost, seedSheet } from "../../src/workbench/excel-double";
import {
  LINE_HEIGHT,
  ROW_HEIGHT,
  rowSpan,
  sheetGeometry,
  visibleCells,
} from "../../src/workbench/grid/grid-geometry";
import { estimatedWidth, wrapLines } from "../../src/workbench/grid/wrap-lines";

// Issue 12: wrapped cells are drawn wrapped, in rows as tall as their text or as the sheet sets them.

/** Every character 10 pixels wide: lines can be counted by hand. */
const tenEach = (text: string) => text.length * 10;

describe("wrapLines", () => {
  it("breaks between words, keeps line breaks, and cuts only a word wider than the cell", () => {
    expect(wrapLines("plan the key accounts", 100, tenEach)).toEqual([
      "plan the",
      "key",
      "accounts",
    ]);
    expect(wrapLines("one\ntwo three", 100, tenEach)).toEqual(["one", "two three"]);
    expect(wrapLines("abcdefghijklmnop", 50, tenEach)).toEqual(["abcde", "fghij", "klmno", "p"]);
    expect(wrapLines("short", 100, tenEach)).toEqual(["short"]);
  });

  it("breaks Chinese between any two characters", () => {
    expect(wrapLines("重点客户经营计划", 40, tenEach)).toEqual(["重点客户", "经营计划"]);
    expect(estimatedWidth("客户")).toBeGreaterThan(estimatedWidth("ab"));
  });
});

describe("the grid's rows", () => {
  const text = "Responsible for the account's sales target and for the visits every month";

  function sheetWith(wrap: boolean) {
    const host = new ExcelHost();
    const sheet = seedSheet(host, "Plan", "A1", [
      ["Role", text],
      ["next", "short"],
    ]);
    sheet.columnWidths.set(1, 120);
    if (wrap) sheet.cells.setStyle(0, 1, { wrap: true });
    const sizing = {
      text: (r: number, c: number) => String(sheet.cells.value(r, c) ?? ""),
      measure: tenEach,
    };
    return { sheet, sizing };
  }

  it("grows a row to the lines of its wrapped cell, and moves the rows below down", () => {
    const { sheet, sizing } = sheetWith(true);
    const geometry = sheetGeometry(sheet, undefined, sizing);
    const width = geometry.columnLeft[2] - geometry.columnLeft[1] - 7;
    const lines = wrapLines(text, width, tenEach).length;
    expect(lines).toBeGreaterThan(1);
    expect(rowSpan(geometry, 0).height).toBe(lines * LINE_HEIGHT + 1);
    expect(rowSpan(geometry, 1)).toEqual({ top: lines * LINE_HEIGHT + 1, height: ROW_HEIGHT });
    expect(geometry.height).toBe(geometry.rowTop[geometry.rows]);
    expect(geometry.height).toBe((geometry.rows - 1) * ROW_HEIGHT + lines * LINE_HEIGHT + 1);
    // The rows in view follow the heights: the second row starts below the tall first one.
    const view = visibleCells(geometry, {
      left: 0,
      top: rowSpan(geometry, 1).top,
      width: 300,
      height: 10,
    });
    expect(view.firstRow).toBe(1);
  });

  it("keeps one line for text that is not wrapped, and the height the sheet sets", () => {
    const plain = sheetWith(false);
    expect(rowSpan(sheetGeometry(plain.sheet, undefined, plain.sizing), 0).height).toBe(ROW_HEIGHT);
    const set = sheetWith(true);
    set.sheet.rowHeights.set(0, 45);
    expect(rowSpan(sheetGeometry(set.sheet, undefined, set.sizing), 0).height).toBe(60);
  });
});
