/**
 * The README's portfolio figures on the sample ("White space and the portfolio matrix"): each key
 * account's attractiveness, strength and quadrant, and the count per quadrant, computed here by the
 * engine and by the rules written out plainly from the sample's cells, so the README cannot drift.
 */
import * as fs from "fs";
import * as path from "path";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { QUADRANTS } from "../../src/core/portfolio/quadrant";
import { portfolioView } from "../../src/core/portfolio/portfolio";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { SAMPLES } from "./run-kam";
import { expectedPortfolio, expectedSummary, readSampleShops } from "./sample-figures";

/** The README's section from its "On the sample" paragraph to the next heading. */
function onTheSample(): string {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf("## White space and the portfolio matrix");
  const from = readme.indexOf("**On the sample**", start);
  return readme.slice(from, readme.indexOf("\n## ", from));
}

const text = onTheSample();
const rows = text
  .split("\n")
  .filter(
    (line) =>
      line.startsWith("| ") && !line.startsWith("| key account") && !line.startsWith("| ---")
  )
  .map((line) =>
    line
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim())
  );

async function engineView(file: string, lang: "en" | "zh-CN") {
  const loaded = await loadWorkbook(file);
  const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
  const table = readCustomers(values, detectColumns(values)!, 1, lang);
  return portfolioView(analyseCustomers(table.rows, { ...DEFAULT_CRITERIA }, lang));
}

test("a row per key account of the sample, in both languages, with the engine's scores and quadrant", async () => {
  const views = {
    en: await engineView(SAMPLES.en, "en"),
    zh: await engineView(SAMPLES["zh-CN"], "zh-CN"),
  };
  const keys = views.en.accounts.filter((a) => a.keyAccount);
  expect(rows.map((r) => r[0])).toEqual(keys.map((a) => a.account));
  expect(rows.map((r) => r[1])).toEqual(
    views.zh.accounts.filter((a) => a.keyAccount).map((a) => a.account)
  );
  rows.forEach(([, , attractiveness, strength, quadrant], i) => {
    expect(attractiveness).toBe(keys[i].attractiveness!.toFixed(1));
    expect(strength).toBe(keys[i].strength!.toFixed(1));
    expect(quadrant).toBe(keys[i].quadrant);
  });
});

test("the same figures from the rules written out plainly, and the count per quadrant", async () => {
  const shops = await readSampleShops(SAMPLES.en);
  const plain = expectedPortfolio(shops);
  const keys = new Set(expectedSummary(shops).keyAccounts.map((k) => k.account));
  const byName = new Map(plain.map((p) => [p.account, p]));
  for (const [account, , attractiveness, strength, quadrant] of rows) {
    expect(keys.has(account)).toBe(true);
    const p = byName.get(account)!;
    expect([p.attractiveness.toFixed(1), p.strength.toFixed(1), p.quadrant]).toEqual([
      attractiveness,
      strength,
      quadrant,
    ]);
  }
  const allStrategic = rows.every((r) => r[4] === "strategic");
  expect(
    text.includes("all six key\naccounts are **strategic**") ||
      text.includes("all six key accounts are **strategic**")
  ).toBe(allStrategic && rows.length === 6);
  const sentence = text.replace(/\s+/g, " ");
  const counts = QUADRANTS.map(
    (q) =>
      `${plain.filter((p) => p.quadrant === q).length} ${q === "strategic" ? "are strategic" : q}`
  );
  expect(sentence).toContain(
    `of the ${shops.length} shops, ${counts[0]}, ${counts[1]}, ${counts[2]} and ${counts[3]}`
  );
});
