import type { DataValidation, Worksheet } from "exceljs";

/**
 * Parts of ExcelJS 4.4's worksheet that it has at run time but leaves out of its type declarations:
 * the tables by name, and data validations by range (it joins equal neighbouring cells when writing).
 */
interface WorksheetExtras {
  tables: Record<string, unknown>;
  dataValidations: { add(ref: string, validation: DataValidation): void };
}

export function extras(sheet: Worksheet): WorksheetExtras {
  return sheet as unknown as WorksheetExtras;
}

/** The position ExcelJS sorts sheets by (it has it, untyped). */
export function orderOf(sheet: Worksheet): number {
  return (sheet as unknown as { orderNo: number }).orderNo;
}

export function setOrder(sheet: Worksheet, orderNo: number): void {
  (sheet as unknown as { orderNo: number }).orderNo = orderNo;
}
