import { DoubleErrorCode } from "./errors";
import { RequestContext } from "./api/context";
import { WorkbookModel } from "./model/workbook-model";
import type { SheetModel } from "./model/sheet-model";
import { type Rect, rectAddress } from "./a1";
import type { EventHandler } from "./api/events";

/** Excel.WorksheetChangedEventArgs, as far as the double fills it (no getRange, no details). */
export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  /** The cells changed, without the sheet: "B7" or "A5:C9". */
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  worksheetId: string;
  /** "ThisLocalAddin" when the add-in's own request changed the cells; "Unknown" for the user. */
  triggerSource: "ThisLocalAddin" | "Unknown";
}

/** Excel on the web's limits: 5 MB per request and per response, five million cells per read. */
export interface HostLimits {
  requestBytes: number;
  responseBytes: number;
  readCells: number;
}

export const EXCEL_WEB_LIMITS: HostLimits = {
  requestBytes: 5_000_000,
  responseBytes: 5_000_000,
  readCells: 5_000_000,
};

/** Told after a sync; `error` is what the sync threw, if it failed. */
export type SyncWatcher = (record: RequestRecord, error?: unknown) => void;

/** One context.sync(): how big it was and how it ended. */
export interface RequestRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed?: string;
}

function versionAtMost(wanted: string, available: string): boolean {
  const [wMajor, wMinor = 0] = wanted.split(".").map(Number);
  const [aMajor, aMinor = 0] = available.split(".").map(Number);
  return wMajor < aMajor || (wMajor === aMajor && wMinor <= aMinor);
}

/**
 * The host an add-in talks to: an in-memory workbook behind Excel.run, with the request accounting a
 * test needs (every sync, its size, its failure) and a way to make syncs fail as Excel would.
 */
export class ExcelHost {
  readonly model = new WorkbookModel();
  limits: HostLimits = { ...EXCEL_WEB_LIMITS };
  /** The highest ExcelApi requirement set this host claims. */
  excelApi = "1.17";
  workbookName = "Book1.xlsx";
  /** While true, every sync fails as Excel does while the user is typing in a cell. */
  cellEditMode = false;
  readonly requests: RequestRecord[] = [];
  private readonly failures: DoubleErrorCode[] = [];
  private readonly syncWatchers = new Set<SyncWatcher>();
  private readonly changeHandlers = new Map<SheetModel, Set<EventHandler<WorksheetChangedArgs>>>();

  get syncCount(): number {
    return this.requests.length;
  }

  get largestRequestBytes(): number {
    return this.requests.reduce((max, r) => Math.max(max, r.requestBytes), 0);
  }

  resetStats(): void {
    this.requests.length = 0;
  }

  /** The next `times` syncs fail with `code` (by default: the user is editing a cell). */
  failNextSync(code: DoubleErrorCode = "InvalidOperationInCellEditMode", times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(code);
  }

  takeFailure(): DoubleErrorCode | undefined {
    if (this.cellEditMode) return "InvalidOperationInCellEditMode";
    return this.failures.shift();
  }

  recordRequest(requestBytes: number, operations: number): RequestRecord {
    const record: RequestRecord = { requestBytes, responseBytes: 0, operations };
    this.requests.push(record);
    return record;
  }

  /**
   * Calls `watcher` after every sync, with the error when the request failed: the workbench redraws
   * its grid as the add-in writes and shows the requests Excel would refuse. Returns an unsubscribe.
   */
  watchSyncs(watcher: SyncWatcher): () => void {
    this.syncWatchers.add(watcher);
    return () => this.syncWatchers.delete(watcher);
  }

  syncEnded(record: RequestRecord, error?: unknown): void {
    this.syncWatchers.forEach((watcher) => watcher(record, error));
  }

  /** worksheet.onChanged: registers a handler for the sheet; returns what removes it. */
  onSheetChanged(sheet: SheetModel, handler: EventHandler<WorksheetChangedArgs>): () => void {
    const handlers = this.changeHandlers.get(sheet) ?? new Set();
    this.changeHandlers.set(sheet, handlers);
    handlers.add(handler);
    return () => handlers.delete(handler);
  }

  /** Handlers registered on any sheet, to check that an add-in removes what it added. */
  get changeHandlerCount(): number {
    let count = 0;
    this.changeHandlers.forEach((handlers) => (count += handlers.size));
    return count;
  }

  /**
   * Cells of `sheet` changed, by the user typing (the workbench's grid) or by a request: the sheet's
   * onChanged handlers are called afterwards, each on its own, as Excel delivers events.
   */
  cellsChanged(
    sheet: SheetModel,
    rect: Rect,
    triggerSource: WorksheetChangedArgs["triggerSource"]
  ) {
    const handlers = this.changeHandlers.get(sheet);
    if (!handlers || handlers.size === 0) return;
    const args: WorksheetChangedArgs = {
      type: "WorksheetChanged",
      address: rectAddress(rect),
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheet.id,
      triggerSource,
    };
    for (const handler of [...handlers])
      setTimeout(() => void Promise.resolve(handler(args)).catch(() => undefined), 0);
  }

  /** Excel.run: a fresh context; what the batch left queued is synced when it returns. */
  async run<T>(batch: (context: RequestContext) => Promise<T> | T): Promise<T> {
    const context = new RequestContext(this);
    const result = await batch(context);
    if (context.pendingActions > 0) await context.sync();
    return result;
  }

  /** Excel.run(context, batch): the batch on a context an earlier batch made (to remove a handler). */
  async runIn<T>(
    context: RequestContext,
    batch: (context: RequestContext) => Promise<T> | T
  ): Promise<T> {
    const result = await batch(context);
    if (context.pendingActions > 0) await context.sync();
    return result;
  }

  /** Office.context.requirements.isSetSupported for "ExcelApi"; other sets are not claimed. */
  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    return version === undefined || versionAtMost(version, this.excelApi);
  }
}
