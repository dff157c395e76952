import { divisionError, numberError } from "./errors";

/** Days sales outstanding: receivables / credit sales × days in the period. */
export function daysSalesOutstanding(receivables: number, creditSales: number, days = 365): number {
  if (creditSales === 0) throw divisionError("credit sales are 0, so DSO is undefined");
  if (creditSales < 0) throw numberError(`credit sales cannot be negative (${creditSales})`);
  if (receivables < 0) throw numberError(`receivables cannot be negative (${receivables})`);
  if (days <= 0) throw numberError(`the number of days must be positive (${days})`);
  const dso = (receivables / creditSales) * days;
  if (!Number.isFinite(dso)) throw numberError("DSO is too large to compute: check the figures");
  return dso;
}
