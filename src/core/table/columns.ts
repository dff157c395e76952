/**
 * The columns a customer table can have, by what they mean to the method. The pane and the command line
 * find them by their header text (English or Chinese); every mapping can be changed by the user.
 */
export type ColumnRole =
  | "account"
  | "sales"
  | "priorSales"
  | "region"
  | "creditLimit"
  | "balance"
  | "overdue"
  | "daysOverdue"
  | "terms"
  | "creditSales"
  | "philosophy"
  | "location"
  | "shoppers"
  | "category"
  | "stage"
  | "tenure"
  /** What the account buys of the category from all suppliers (issue 15), or an estimate of it. */
  | "potential"
  /** Crop area (mu, hectares): the potential is area × the spend_per_area criterion when there is no potential column. */
  | "area";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "account",
  "sales",
  "priorSales",
  "region",
  "creditLimit",
  "balance",
  "overdue",
  "daysOverdue",
  "terms",
  "creditSales",
  "philosophy",
  "location",
  "shoppers",
  "category",
  "stage",
  "tenure",
  "potential",
  "area",
];

/** Only these two are needed; without the others their criteria are "not assessed". */
export const REQUIRED_ROLES: readonly ColumnRole[] = ["account", "sales"];

/** Which column (zero-based, within the data range) holds each role; a role not in the map is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;
