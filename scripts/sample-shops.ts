/**
 * The sample's story (docs/domain.md §1): Mr Liu, a county pesticide distributor in Hunan, supplies
 * the seed, fertiliser and pesticide shops of 24 townships. The figures are made so that, with the
 * default criteria, exactly 6 shops earn 3 or 4 stars and hold more than 60% of sales (62%):
 * - the 8 largest shops make up the 70% (class A, cover rule: the 8th crosses 70%);
 * - of those, the 7th is over its credit limit and 120 days overdue (credit FAIL), and the 8th has a
 *   poor business-philosophy score (2): both drop to 2 stars;
 * - the 3rd is 45 days overdue (credit WATCH) and the 5th has a fair score (3): 3 stars;
 * - the other four are 4 stars. No figure sits on a class boundary.
 * One shop is new this year (no prior-period sales).
 *
 * Where to grow (WALLET below): each shop's potential (its yearly purchases of crop-protection products
 * from all suppliers, as the rep estimates them) and how its sales to us split over four categories.
 * - Gaoqiao Farm Tech (高桥农技服务部) buys 76,800 of a 560,000 potential: the largest headroom (483,200),
 *   though it is only the 9th shop by sales; Beishan Farm Supplies (340,000) and Fumin Pesticides
 *   (400,000, insecticide only) follow, both outside the key accounts too.
 * - The 6 key accounts all sit in the first 6 townships, so 18 townships have no key account.
 * - A blank category is white space (the shop buys none of it from us); one small shop has no potential
 *   estimate (blank), which is "not assessed".
 */

export interface Township {
  zh: string;
  en: string;
}

export const TOWNSHIPS: readonly Township[] = [
  { zh: "城关镇", en: "Chengguan" },
  { zh: "青山铺镇", en: "Qingshanpu" },
  { zh: "白沙镇", en: "Baisha" },
  { zh: "金井镇", en: "Jinjing" },
  { zh: "黄花镇", en: "Huanghua" },
  { zh: "双江镇", en: "Shuangjiang" },
  { zh: "龙头铺镇", en: "Longtoupu" },
  { zh: "枫林镇", en: "Fenglin" },
  { zh: "高桥镇", en: "Gaoqiao" },
  { zh: "永安镇", en: "Yong'an" },
  { zh: "北山镇", en: "Beishan" },
  { zh: "江背镇", en: "Jiangbei" },
  { zh: "福临镇", en: "Fulin" },
  { zh: "路口镇", en: "Lukou" },
  { zh: "沙田乡", en: "Shatian" },
  { zh: "大桥乡", en: "Daqiao" },
  { zh: "石桥乡", en: "Shiqiao" },
  { zh: "白石乡", en: "Baishi" },
  { zh: "花桥乡", en: "Huaqiao" },
  { zh: "金山乡", en: "Jinshan" },
  { zh: "柳林乡", en: "Liulin" },
  { zh: "新河乡", en: "Xinhe" },
  { zh: "东山乡", en: "Dongshan" },
  { zh: "西湖乡", en: "Xihu" },
];

/** [name zh, name en, township index, sales, prior sales, credit limit, balance, overdue, days overdue, philosophy] */
export type ShopRow = [
  string,
  string,
  number,
  number,
  number | null,
  number,
  number,
  number,
  number,
  number,
];

export const SHOPS: readonly ShopRow[] = [
  ["丰收农资店", "Fengshou Farm Supplies", 0, 448000, 402000, 150000, 90000, 5000, 10, 5],
  ["绿野种子站", "Lvye Seed Station", 1, 384000, 351000, 120000, 60000, 0, 0, 4],
  ["惠农农资超市", "Huinong Farm Mart", 2, 352000, 368000, 100000, 70000, 6000, 45, 4],
  ["金穗植保店", "Jinsui Crop Care", 3, 304000, 262000, 100000, 50000, 3000, 15, 5],
  ["田园农化店", "Tianyuan Agrochemicals", 4, 272000, 281000, 90000, 40000, 0, 0, 3],
  ["科农种业店", "Kenong Seeds", 5, 224000, 176000, 80000, 30000, 0, 0, 4],
  ["兴旺农资店", "Xingwang Farm Supplies", 6, 192000, 230000, 60000, 72000, 30000, 120, 4],
  ["富民农药店", "Fumin Pesticides", 7, 144000, 139000, 50000, 20000, 0, 0, 2],
  ["高桥农技服务部", "Gaoqiao Farm Tech", 8, 76800, 71000, 30000, 12000, 0, 0, 4],
  ["永安种子店", "Yong'an Seeds", 9, 70400, 73500, 30000, 26000, 2000, 20, 3],
  ["北山农资店", "Beishan Farm Supplies", 10, 64000, 58800, 25000, 9000, 0, 0, 4],
  ["江背植保站", "Jiangbei Plant Protection", 11, 60800, 66000, 25000, 15000, 4000, 60, 3],
  ["福临农化店", "Fulin Agrochemicals", 12, 57600, 52000, 20000, 8000, 0, 0, 3],
  ["路口农资经营部", "Lukou Farm Supplies", 13, 54400, 60100, 20000, 21000, 8000, 95, 2],
  ["沙田种植服务店", "Shatian Growers' Shop", 14, 48000, 44900, 20000, 5000, 0, 0, 4],
  ["大桥农药店", "Daqiao Pesticides", 15, 44800, 40200, 15000, 7000, 1000, 10, 3],
  ["石桥农资店", "Shiqiao Farm Supplies", 16, 41600, null, 15000, 6000, 0, 0, 4],
  ["白石种子站", "Baishi Seed Station", 17, 35200, 36800, 15000, 4000, 0, 0, 3],
  ["花桥农资店", "Huaqiao Farm Supplies", 18, 30400, 33000, 12000, 3000, 0, 0, 3],
  ["金山植保店", "Jinshan Crop Care", 19, 28800, 27500, 12000, 10500, 3000, 40, 2],
  ["柳林农化店", "Liulin Agrochemicals", 20, 27200, 25900, 10000, 2000, 0, 0, 4],
  ["新河农资店", "Xinhe Farm Supplies", 21, 25600, 29400, 10000, 4000, 0, 0, 3],
  ["东山种子店", "Dongshan Seeds", 22, 24000, 22100, 10000, 1500, 0, 0, 3],
  ["西湖农药店", "Xihu Pesticides", 23, 22400, 21000, 8000, 3000, 500, 5, 2],
  ["城关惠民农资店", "Huimin Farm Supplies", 0, 20800, 19500, 8000, 2000, 0, 0, 3],
  ["青山农技店", "Qingshan Farm Tech", 1, 19200, 20600, 8000, 0, 0, 0, 4],
  ["白沙种子店", "Baisha Seeds", 2, 17600, 16000, 8000, 3500, 0, 0, 3],
  ["金井农药店", "Jinjing Pesticides", 3, 16000, 17800, 6000, 6600, 1500, 35, 2],
  ["黄花农资店", "Huanghua Farm Supplies", 4, 14400, 13200, 6000, 1000, 0, 0, 3],
  ["双江植保店", "Shuangjiang Crop Care", 5, 12800, 12100, 5000, 800, 0, 0, 4],
  ["龙头铺农化店", "Longtoupu Agrochemicals", 6, 11200, 12400, 5000, 2600, 600, 25, 3],
  ["枫林种子店", "Fenglin Seeds", 7, 9600, 9900, 5000, 500, 0, 0, 3],
  ["高桥便民农资店", "Gaoqiao Corner Supplies", 8, 8000, 8600, 4000, 0, 0, 0, 3],
  ["永安农药店", "Yong'an Pesticides", 9, 6400, 7100, 4000, 1200, 300, 15, 2],
  ["北山植保店", "Beishan Crop Care", 10, 4800, 5200, 3000, 0, 0, 0, 3],
  ["江背种子店", "Jiangbei Seeds", 11, 3200, 3900, 3000, 400, 0, 0, 2],
];

/** The four categories of the sample's sales, in the order of its columns. */
export const CATEGORIES: readonly Township[] = [
  { zh: "杀虫剂", en: "Insecticide" },
  { zh: "杀菌剂", en: "Fungicide" },
  { zh: "除草剂", en: "Herbicide" },
  { zh: "叶面肥", en: "Foliar fertiliser" },
];

/**
 * [potential (null = not estimated), then the percentage of the shop's sales in each category]; one
 * row per shop of SHOPS, in the same order. Percentages are multiples of 5 and every sales figure a
 * multiple of 1,600, so each category's sales is a whole number of yuan; 0 is written as a blank.
 */
export type WalletRow = [number | null, number, number, number, number];

export const WALLET: readonly WalletRow[] = [
  [640000, 40, 30, 20, 10],
  [600000, 35, 25, 25, 15],
  [560000, 40, 25, 25, 10],
  [400000, 50, 30, 0, 20],
  [500000, 45, 35, 20, 0],
  [300000, 30, 30, 25, 15],
  [360000, 60, 40, 0, 0],
  [400000, 100, 0, 0, 0],
  [560000, 50, 0, 50, 0],
  [120000, 40, 40, 20, 0],
  [340000, 60, 0, 25, 15],
  [90000, 50, 30, 20, 0],
  [150000, 70, 30, 0, 0],
  [80000, 40, 20, 20, 20],
  [200000, 0, 60, 40, 0],
  [60000, 100, 0, 0, 0],
  [100000, 50, 25, 25, 0],
  [50000, 0, 0, 70, 30],
  [45000, 60, 20, 20, 0],
  [40000, 80, 20, 0, 0],
  [90000, 50, 50, 0, 0],
  [35000, 40, 30, 30, 0],
  [30000, 0, 0, 100, 0],
  [30000, 100, 0, 0, 0],
  [40000, 50, 20, 20, 10],
  [25000, 0, 50, 0, 50],
  [30000, 60, 40, 0, 0],
  [20000, 100, 0, 0, 0],
  [25000, 50, 0, 50, 0],
  [20000, 40, 30, 30, 0],
  [15000, 100, 0, 0, 0],
  [15000, 0, 0, 100, 0],
  [12000, 50, 50, 0, 0],
  [10000, 100, 0, 0, 0],
  [null, 0, 0, 0, 100],
  [6000, 100, 0, 0, 0],
];

/** A shop's sales in each category (null where it buys none from us); they add up to its sales. */
export function categorySales(sales: number, wallet: WalletRow): (number | null)[] {
  const shares = wallet.slice(1) as number[];
  if (shares.reduce((s, p) => s + p, 0) !== 100)
    throw new Error(`category shares of ${sales} ≠ 100%`);
  return shares.map((p) => {
    const amount = (sales / 100) * p;
    if (!Number.isInteger(amount)) throw new Error(`${p}% of ${sales} is not a whole number`);
    return amount === 0 ? null : amount;
  });
}
