/**
 * The README's "Where to grow" figures on the sample, computed here from the sample's cells: the shop
 * with the largest headroom, the development accounts at 250,000 and the townships without a key
 * account (in both languages), so the README cannot drift from the sample.
 */
import * as fs from "fs";
import * as path from "path";
import { analyseCustomers } from "../../src/core/analysis";
import { DEFAULT_CRITERIA } from "../../src/core/criteria";
import { formatAmount } from "../../src/core/language";
import { detectColumns } from "../../src/core/table/header-detection";
import { readCustomers } from "../../src/core/table/read-customers";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { sheetValues } from "../../src/xlsx/sheet-values";
import { SAMPLES } from "./run-kam";
import {
  type ShopFigures,
  expectedSummary,
  largestHeadroom,
  readSampleShops,
  townshipsWithoutKeyAccount,
} from "./sample-figures";

/** The README's "On the sample" paragraph of the section, its lines joined. */
function onTheSample(): string {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf("## Where to grow");
  const from = readme.indexOf("**On the sample**", start);
  const end = readme.indexOf("\n## ", from);
  return readme.slice(from, end).replace(/\n\s*/g, " ");
}

const bullet = (text: string, label: string) => {
  const at = text.indexOf(`- ${label}:`);
  const next = text.indexOf(" - ", at + 2);
  return text.slice(at, next < 0 ? undefined : next);
};

let en: ShopFigures[];
let zh: ShopFigures[];
const text = onTheSample();

beforeAll(async () => {
  en = await readSampleShops(SAMPLES.en);
  zh = await readSampleShops(SAMPLES["zh-CN"]);
});

const n = (x: number) => formatAmount(x, 0);

test("the shop with the largest headroom, with its potential, sales and share of wallet", () => {
  const line = bullet(text, "Largest headroom");
  const shop = largestHeadroom(en);
  const twin = largestHeadroom(zh);
  expect(line).toContain(`**${shop.account}** (${twin.account}, ${shop.region} township)`);
  expect(line).toContain(
    `potential ${n(shop.potential!)} − sales ${n(shop.sales)} = **${n(shop.headroom)}**`
  );
  expect(line).toContain(
    `share of wallet ${n(shop.sales)} ÷ ${n(shop.potential!)} = ${((shop.sales / shop.potential!) * 100).toFixed(1)}%`
  );
  const bySales =
    [...en].sort((a, b) => b.sales - a.sales).findIndex((s) => s.account === shop.account) + 1;
  expect(line).toContain(`the ${bySales}th shop by sales`);
});

test("the development accounts at 250,000 are the engine's, each with its headroom", async () => {
  const loaded = await loadWorkbook(SAMPLES.en);
  const values = sheetValues(loaded.workbook.worksheets[0], loaded.workbook);
  const detected = detectColumns(values)!;
  const analysis = analyseCustomers(
    readCustomers(values, detected, 1, "en").rows,
    { ...DEFAULT_CRITERIA, developmentMinHeadroom: 250000 },
    "en"
  );
  const development = analysis.accounts.filter((a) => a.wallet?.development);
  const line = bullet(text, "Largest headroom");
  expect(line).toContain("`development_min_headroom` = 250,000");
  const clause = line.slice(line.indexOf("the development accounts are"));
  const named = [...clause.matchAll(/([A-Z][A-Za-z' ]+?) \(/g)].map((m) => m[1].trim());
  expect(named.sort()).toEqual(development.map((a) => a.account).sort());
  for (const a of development) expect(clause).toContain(n(a.wallet!.headroom));
});

test("the townships without a key account, in English and in Chinese", () => {
  const line = bullet(text, "Townships without a key account");
  const keyTowns = expectedSummary(en).keyAccounts.map(
    (k) => en.find((s) => s.account === k.account)!.region
  );
  const listed = (words: string) => words.split(/, | and /).map((w) => w.trim());
  const keyClause = /one each in (.*?), so/.exec(line)![1];
  expect(listed(keyClause).sort()).toEqual([...keyTowns].sort());
  const without = townshipsWithoutKeyAccount(en);
  expect(line).toContain(`the other **${without.length}** have none`);
  const [, english, chinese] = /have none: (.*?) \((.*?)\)/.exec(line)!;
  expect(listed(english)).toEqual(without);
  expect(listed(chinese)).toEqual(townshipsWithoutKeyAccount(zh));
});
