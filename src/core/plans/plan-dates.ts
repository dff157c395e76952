/**
 * Dates in the plans. Cells hold Excel serial dates (days since 1899-12-30, the 1900 system Excel and
 * LibreOffice share for .xlsx), shown with an ISO format that reads the same in every locale. The
 * generation date comes in as an ISO day ("2025-03-01") so core never reads the clock.
 */

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial. */
const UNIX_EPOCH_SERIAL = 25_569;

export const DATE_FORMAT = "yyyy-mm-dd";

function parseDay(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const day = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
  if (!match || !day || day.getUTCDate() !== +match[3])
    throw new RangeError(`"${iso}" is not a day (YYYY-MM-DD)`);
  return day;
}

/** "2025-03-01" → 45717. */
export function excelSerial(iso: string): number {
  return parseDay(iso).getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** 45717 → "2025-03-01". */
export function isoDay(serial: number): string {
  return new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The local calendar day of a moment, as the pane passes "today" to core. */
export function localIsoDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
