import { AccountTier } from "../analysis-types";
import { Criteria } from "../criteria";
import { accountDso } from "./need-rules";
import { CellValue } from "../sheets/sheet-spec";
import { PROFILE_FIGURES, ProfileFigure } from "./plan-layout";
import { excelSerial } from "./plan-dates";

/**
 * The profile figures of an account, in PROFILE_FIGURES order: what the analysis says about it on
 * `today` (DSO over the criteria's period). This row is the one part of a plan the add-in writes again; key account stays TRUE/FALSE
 * (as on the tier sheet), so it reads back the same in every language.
 */
export function profileFigures(
  account: AccountTier,
  today: string,
  criteria: Criteria
): CellValue[] {
  const figures: Record<ProfileFigure, CellValue> = {
    account: account.account,
    region: account.region ?? "",
    sales: account.sales,
    share: account.share,
    rank: account.rank,
    stars: account.stars,
    keyAccount: account.keyAccount,
    credit: account.creditStatus ?? "",
    reason: account.reason,
    asOf: excelSerial(today),
    dso: accountDso(account, criteria) ?? "",
  };
  return PROFILE_FIGURES.map((key) => figures[key]);
}

/** What a plan's profile row, read back from the workbook, says: the account and whether it was key. */
export interface ProfileReading {
  account: string;
  keyAccount: boolean;
}

export function readProfile(values: readonly CellValue[] | undefined): ProfileReading | undefined {
  const account = values?.[PROFILE_FIGURES.indexOf("account")];
  if (account === undefined || account === null || String(account).trim() === "") return undefined;
  const key = values?.[PROFILE_FIGURES.indexOf("keyAccount")];
  return {
    account: String(account),
    keyAccount: key === true || (typeof key === "string" && key.toUpperCase() === "TRUE"),
  };
}
