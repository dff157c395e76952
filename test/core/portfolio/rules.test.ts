import type { AccountTier } from "../../../src/core/analysis-types";
import { DEFAULT_CRITERIA } from "../../../src/core/criteria";
import { creditRule } from "../../../src/core/portfolio/rules/credit";
import { growthRule } from "../../../src/core/portfolio/rules/growth";
import { philosophyRule } from "../../../src/core/portfolio/rules/philosophy";
import { potentialRule } from "../../../src/core/portfolio/rules/potential";
import { PortfolioRule, percentileScores } from "../../../src/core/portfolio/rules/rule";
import { sizeRule } from "../../../src/core/portfolio/rules/size";
import { stageRule } from "../../../src/core/portfolio/rules/stage";
import { tenureRule } from "../../../src/core/portfolio/rules/tenure";
import { walletRule } from "../../../src/core/portfolio/rules/wallet-share";
import { quadrantOf } from "../../../src/core/portfolio/quadrant";
import { weightedScore } from "../../../src/core/portfolio/portfolio";

/** An account with only what a rule reads; the rest as the tier engine would leave it. */
function account(figures: Partial<AccountTier> & { account: string; sales: number }): AccountTier {
  return {
    rank: 1,
    share: 0,
    cumulativeShare: 0,
    abc: "A",
    stars: 4,
    keyAccount: true,
    reason: "",
    sourceRows: [1],
    creditReason: "",
    ...figures,
  } as AccountTier;
}

const scores = (rule: PortfolioRule, accounts: AccountTier[]) => {
  const score = rule.prepare({ accounts });
  return accounts.map((a) => score(a));
};

describe("attractiveness rules", () => {
  test("size: the percentile of sales, equal sales equal, a lone account 100", () => {
    const accounts = [400, 300, 300, 100, -50].map((sales, i) =>
      account({ account: `S${i}`, sales })
    );
    // 4 others each: the largest beats all 4, the two 300s beat 2, 100 beats 1, −50 none.
    expect(scores(sizeRule, accounts)).toEqual([100, 50, 50, 25, 0]);
    expect(scores(sizeRule, [account({ account: "only", sales: 5 })])).toEqual([100]);
  });

  test("growth: flat is 50, +50% or more is 100, −50% or less is 0; no prior is not assessed", () => {
    const accounts = [
      account({ account: "flat", sales: 100, priorSales: 100 }),
      account({ account: "+20%", sales: 120, priorSales: 100 }),
      account({ account: "+80%", sales: 180, priorSales: 100 }),
      account({ account: "−30%", sales: 70, priorSales: 100 }),
      account({ account: "lost", sales: 0, priorSales: 100 }),
      account({ account: "new", sales: 50 }),
      account({ account: "zero prior", sales: 50, priorSales: 0 }),
    ];
    const got = scores(growthRule, accounts);
    expect(got.slice(0, 5).map((s) => Math.round(s! * 1e9) / 1e9)).toEqual([50, 70, 100, 20, 0]);
    expect(got.slice(5)).toEqual([undefined, undefined]);
  });

  test("potential: the percentile among the accounts with one", () => {
    const wallet = (potential: number) => ({
      potential,
      headroom: 0,
      development: false,
    });
    const accounts = [
      account({ account: "a", sales: 1, wallet: wallet(900) }),
      account({ account: "b", sales: 1, wallet: wallet(100) }),
      account({ account: "c", sales: 1 }),
      account({ account: "d", sales: 1, wallet: wallet(500) }),
    ];
    expect(scores(potentialRule, accounts)).toEqual([100, 0, undefined, 50]);
  });

  test("philosophy: 1 → 0, 3 → 50, 5 → 100, blank not assessed", () => {
    const accounts = [1, 3, 4.5, 5, undefined].map((philosophy, i) =>
      account({ account: `P${i}`, sales: 1, philosophy })
    );
    expect(scores(philosophyRule, accounts)).toEqual([0, 50, 87.5, 100, undefined]);
  });
});

describe("strength rules", () => {
  test("share of wallet: sales ÷ potential as 0–100, capped; no potential or 0 not assessed", () => {
    const w = (shareOfWallet: number | undefined) => ({
      potential: 1,
      shareOfWallet,
      headroom: 0,
      development: false,
    });
    const accounts = [
      account({ account: "a", sales: 1, wallet: w(0.25) }),
      account({ account: "b", sales: 1, wallet: w(1.4) }),
      account({ account: "c", sales: 1, wallet: w(-0.1) }),
      account({ account: "d", sales: 1, wallet: w(undefined) }),
      account({ account: "e", sales: 1 }),
    ];
    expect(scores(walletRule, accounts)).toEqual([25, 100, 0, undefined, undefined]);
  });

  test("stage: decline 0, buying and selling 25, cooperative 50, partnership 75, embedded 100", () => {
    const accounts = (
      [
        "disintegrating",
        "transactional",
        "cooperative",
        "partnership",
        "embeddedPartnership",
      ] as const
    ).map((stage) => account({ account: stage, sales: 1, stage }));
    accounts.push(account({ account: "none", sales: 1 }));
    expect(scores(stageRule, accounts)).toEqual([0, 25, 50, 75, 100, undefined]);
  });

  test("credit: OK 100, WATCH 50, FAIL 0, not assessed without credit columns", () => {
    const accounts = (["OK", "WATCH", "FAIL", undefined] as const).map((creditStatus, i) =>
      account({ account: `C${i}`, sales: 1, creditStatus })
    );
    expect(scores(creditRule, accounts)).toEqual([100, 50, 0, undefined]);
  });

  test("tenure: 10 points a year up to 100", () => {
    const accounts = [0, 3, 10, 25, undefined].map((tenure, i) =>
      account({ account: `T${i}`, sales: 1, tenure })
    );
    expect(scores(tenureRule, accounts)).toEqual([0, 30, 100, 100, undefined]);
  });

  test("every rule's weight is a criterion", () => {
    for (const rule of [
      sizeRule,
      growthRule,
      potentialRule,
      philosophyRule,
      walletRule,
      stageRule,
      creditRule,
      tenureRule,
    ])
      expect(typeof DEFAULT_CRITERIA[rule.weight]).toBe("number");
  });
});

describe("sides and quadrants", () => {
  test("a side is the weighted mean of the criteria assessed; the others' weight drops out", () => {
    expect(
      weightedScore([
        { score: 80, weight: 0.4 },
        { score: 20, weight: 0.2 },
        { score: undefined, weight: 0.3 },
      ])
    ).toBeCloseTo((80 * 0.4 + 20 * 0.2) / 0.6, 12);
    expect(weightedScore([{ score: 80, weight: 0 }])).toBeUndefined();
    expect(weightedScore([{ score: undefined, weight: 1 }])).toBeUndefined();
  });

  test("quadrants: high from the cut-off up on each side", () => {
    expect(quadrantOf(50, 50)).toBe("strategic");
    expect(quadrantOf(50, 49.9)).toBe("opportunistic");
    expect(quadrantOf(49.9, 50)).toBe("status");
    expect(quadrantOf(0, 0)).toBe("streamline");
    expect(quadrantOf(100, 100, 100)).toBe("strategic");
    expect(quadrantOf(70, 70, 75)).toBe("streamline");
  });

  test("a score outside 0–100 is #NUM!", () => {
    expect(() => quadrantOf(101, 50)).toThrow(/attractiveness/);
    expect(() => quadrantOf(50, -1)).toThrow(/strength/);
    expect(() => quadrantOf(NaN, 50)).toThrow();
  });

  test("percentile scores agree with counting by hand", () => {
    const figures = [5, 1, 9, 3, 3, 7];
    const score = percentileScores(figures);
    for (const f of figures)
      expect(score(f)).toBeCloseTo((100 * figures.filter((x) => x < f).length) / 5, 12);
  });
});
