import { DoubleErrorCode } from "./errors";
import { RequestContext } from "./api/context";
import { WorkbookModel } from "./model/workbook-model";

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

  /** Excel.run: a fresh context; what the batch left queued is synced when it returns. */
  async run<T>(batch: (context: RequestContext) => Promise<T> | T): Promise<T> {
    const context = new RequestContext(this);
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
