/**
 * An in-memory Excel for tests and for the browser workbench: the subset of the Excel JavaScript API
 * the add-in uses, with Office.js proxy semantics (load/sync, PropertyNotLoaded, null objects, actions
 * applied at sync) and Excel on the web's request limits. See README.md beside this file.
 */
import { ExcelHost } from "./host";
import { RequestContext } from "./api/context";

export { ExcelHost, EXCEL_WEB_LIMITS } from "./host";
export type { HostLimits, RequestRecord, SyncWatcher } from "./host";
export { DoubleError } from "./errors";
export type { DoubleErrorCode } from "./errors";
export { RequestContext } from "./api/context";
export { WorkbookModel } from "./model/workbook-model";
export type { FormulaEvaluator, SpillReader } from "./model/workbook-model";
export { SheetModel } from "./model/sheet-model";
export type { CellStyle, Scalar } from "./model/cell-store";
export type { CustomPropertyModel, NameModel, RangeRef, SeriesModel } from "./model/objects";
export { displayText } from "./model/display";
export { readInput } from "./model/input";
export { seedName, seedSheet, seedTable, selectRange } from "./seed";
export * as a1 from "./a1";

interface OfficeInfo {
  host: "Excel";
  platform: "OfficeOnline";
}

type Batch<T> = (context: RequestContext) => Promise<T> | T;

/** The globals Office.js defines, as far as the double provides them. */
export interface OfficeGlobals {
  Excel: { run<T>(first: Batch<T> | object, second?: Batch<T>): Promise<T> };
  Office: {
    context: {
      displayLanguage: string;
      requirements: { isSetSupported(name: string, version?: string): boolean };
    };
    HostType: { Excel: "Excel" };
    onReady(callback?: (info: OfficeInfo) => void): Promise<OfficeInfo>;
  };
}

export function officeGlobals(host: ExcelHost, displayLanguage = "en-US"): OfficeGlobals {
  return {
    Excel: {
      run: <T>(first: Batch<T> | object, second?: Batch<T>) =>
        typeof first === "function"
          ? host.run(first as Batch<T>)
          : first instanceof RequestContext
            ? host.runIn(first, second as Batch<T>)
            : host.run(second as Batch<T>),
    },
    Office: {
      context: {
        displayLanguage,
        requirements: { isSetSupported: (name, version) => host.isSetSupported(name, version) },
      },
      HostType: { Excel: "Excel" },
      onReady: async (callback) => {
        const info: OfficeInfo = { host: "Excel", platform: "OfficeOnline" };
        callback?.(info);
        return info;
      },
    },
  };
}

/** Puts `Excel` and `Office` on the global object; returns a function that puts back what was there. */
export function installExcelDouble(host: ExcelHost, displayLanguage = "en-US"): () => void {
  const target = globalThis as unknown as Record<string, unknown>;
  const globals = officeGlobals(host, displayLanguage);
  const previous = { Excel: target.Excel, Office: target.Office };
  target.Excel = globals.Excel;
  target.Office = globals.Office;
  return () => {
    target.Excel = previous.Excel;
    target.Office = previous.Office;
  };
}
