/* global Excel, Office */

/**
 * The two things src/excel takes from the Office.js globals, read when called (not at import), so the
 * module loads before Office.js has and a host double can stand in for Excel in tests and the workbench.
 */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/**
 * Excel.run on a context an earlier batch made: the one an event handler was added with, which
 * Office.js needs to remove it.
 */
export function excelRunIn<T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  return Excel.run(context, batch);
}

/** Whether this Excel has ExcelApi `version`; false outside Office or when Office cannot say. */
export function supportsExcelApi(version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("ExcelApi", version)
    );
  } catch {
    return false;
  }
}
