import ExcelJS from "exceljs";

/**
 * The sample's figures computed here from the raw cells, with the textbook rules written out plainly
 * (docs/domain.md §2 and the default criteria), not with the engine: the command's JSON summary is
 * checked against these.
 */
export interface ShopFigures {
  account: string;
  sales: number;
  limit: number;
  balance: number;
  overdue: number;
  days: number;
  philosophy: number;
  /** Township (column B), potential (J) and the sales per category (K–N; blank = none). */
  region: string;
  potential: number | null;
  categories: (number | null)[];
  /** Prior-period sales (column D); null for the shop that is new this year. */
  prior: number | null;
}

/** The rows below the header (the row whose first cell is "Shop" or "门店"), up to the total row. */
export async function readSampleShops(file: string): Promise<ShopFigures[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const shops: ShopFigures[] = [];
  let inTable = false;
  sheet.eachRow((row) => {
    const first = row.getCell(1).value;
    if (first === "Shop" || first === "门店") return void (inTable = true);
    if (!inTable || first === "Total" || first === "合计") return void (inTable = false);
    const n = (col: number) => Number(row.getCell(col).value ?? 0);
    shops.push({
      account: String(first),
      sales: n(3),
      limit: n(5),
      balance: n(6),
      overdue: n(7),
      days: n(8),
      philosophy: n(9),
      region: String(row.getCell(2).value),
      potential: row.getCell(10).value === null ? null : n(10),
      categories: [11, 12, 13, 14].map((c) => (row.getCell(c).value === null ? null : n(c))),
      prior: row.getCell(4).value === null ? null : n(4),
    });
  });
  return shops;
}

function creditCap(s: ShopFigures): number {
  if (s.balance <= 0) return 4;
  const use = s.balance / s.limit;
  const ratio = s.overdue / s.balance;
  if (use > 1 || s.days > 90 || ratio > 0.3) return 2; // FAIL
  if (use >= 0.8 || s.days > 30 || ratio > 0.1) return 3; // WATCH
  return 4;
}

const credit = (s: ShopFigures) => ({ 4: "OK", 3: "WATCH", 2: "FAIL" })[creditCap(s)] as string;

export function expectedSummary(shops: ShopFigures[]) {
  const sorted = [...shops].sort((a, b) => b.sales - a.sales);
  const total = sorted.reduce((sum, s) => sum + s.sales, 0);
  let before = 0;
  const graded = sorted.map((s) => {
    const share = s.sales / total;
    const abc = before < 0.7 ? "A" : before < 0.9 ? "B" : "C";
    before += share;
    const philosophyCap = s.philosophy >= 4 ? 4 : s.philosophy >= 3 ? 3 : 2;
    const stars = abc === "A" ? Math.min(4, creditCap(s), philosophyCap) : abc === "B" ? 2 : 1;
    return { account: s.account, sales: s.sales, share, abc, stars, credit: credit(s) };
  });
  return {
    accounts: shops.length,
    totalSales: total,
    paretoCount: graded.filter((g) => g.abc === "A").length,
    hhi: graded.reduce((sum, g) => sum + (100 * g.share) ** 2, 0),
    keyAccounts: graded.filter((g) => g.stars >= 3),
  };
}

/** The townships with no key account, in the ledger's order, from the plain grading above. */
export function townshipsWithoutKeyAccount(shops: ShopFigures[]): string[] {
  const keys = new Set(expectedSummary(shops).keyAccounts.map((k) => k.account));
  const towns = [...new Set(shops.map((s) => s.region))];
  return towns.filter((t) => !shops.some((s) => s.region === t && keys.has(s.account)));
}

/** The shop with the largest headroom (potential − sales) and its figures. */
export function largestHeadroom(shops: ShopFigures[]): ShopFigures & { headroom: number } {
  const withPotential = shops
    .filter((s) => s.potential !== null)
    .map((s) => ({ ...s, headroom: (s.potential as number) - s.sales }));
  return withPotential.sort((a, b) => b.headroom - a.headroom)[0];
}

/** 100 × how many of the other figures are smaller, as a share of the others. */
function percentile(figure: number, all: number[]): number {
  return all.length <= 1 ? 100 : (100 * all.filter((x) => x < figure).length) / (all.length - 1);
}

/**
 * Each shop's place on the portfolio matrix with the default weights, written out plainly: attractiveness
 * = size 0.4 (percentile of sales), growth 0.2 (50 + 100 × growth, within 0–100), potential 0.3
 * (percentile among shops with one), philosophy 0.1 ((score − 1) × 25); strength = share of wallet 0.4
 * (min(100, 100 × sales ÷ potential)) and credit 0.3 (OK 100, WATCH 50, FAIL 0); a criterion a shop
 * lacks drops out with its weight. High from 50.
 */
export function expectedPortfolio(shops: ShopFigures[]) {
  const sales = shops.map((s) => s.sales);
  const potentials = shops.flatMap((s) => (s.potential === null ? [] : [s.potential]));
  const mean = (parts: [number | null, number][]) => {
    const used = parts.filter(([score]) => score !== null) as [number, number][];
    const weights = used.reduce((w, [, weight]) => w + weight, 0);
    return used.reduce((sum, [score, weight]) => sum + score * weight, 0) / weights;
  };
  return shops.map((s) => {
    const attractiveness = mean([
      [percentile(s.sales, sales), 0.4],
      [
        s.prior && s.prior > 0
          ? Math.min(100, Math.max(0, 50 + 100 * (s.sales / s.prior - 1)))
          : null,
        0.2,
      ],
      [s.potential === null ? null : percentile(s.potential, potentials), 0.3],
      [(s.philosophy - 1) * 25, 0.1],
    ]);
    const strength = mean([
      [s.potential ? Math.min(100, (100 * s.sales) / s.potential) : null, 0.4],
      [{ OK: 100, WATCH: 50, FAIL: 0 }[credit(s)] as number, 0.3],
    ]);
    const quadrant =
      attractiveness >= 50
        ? strength >= 50
          ? "strategic"
          : "opportunistic"
        : strength >= 50
          ? "status"
          : "streamline";
    return { account: s.account, attractiveness, strength, quadrant };
  });
}
