import type { ExcelHost } from "../host";
import { DoubleError } from "../errors";
import { actionBytes } from "./payload";
import { Workbook } from "./workbook";
import { Application } from "./application";

/** What a load reads, gathered while a request runs and stored on the proxies only if it succeeds. */
export class ResponseSink {
  bytes = 0;
  readonly commits: (() => void)[] = [];

  add(bytes: number, commit: () => void): void {
    this.bytes += bytes;
    this.commits.push(commit);
  }
}

/** One queued action: its size in the request, and what it does when the request runs. */
export interface Operation {
  name: string;
  bytes: number;
  run(response: ResponseSink): void;
}

/**
 * Excel.RequestContext: actions are queued on proxies and run, in order, at sync(). A request over
 * the host's payload limit is refused whole, as Excel on the web refuses it; an action that fails
 * stops the request there, after the actions before it have been applied (Excel does not roll back).
 */
export class RequestContext {
  readonly workbook: Workbook;
  readonly application: Application;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];

  constructor(readonly host: ExcelHost) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  enqueue(name: string, args: unknown, run: (response: ResponseSink) => void): void {
    this.queue.push({ name, bytes: actionBytes(name, args), run });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const requestBytes = 32 + operations.reduce((sum, op) => sum + op.bytes, 0);
    const record = this.host.recordRequest(requestBytes, operations.length);
    await Promise.resolve();
    try {
      const injected = this.host.takeFailure();
      if (injected) throw new DoubleError(injected, "injected by the test host");
      if (requestBytes > this.host.limits.requestBytes)
        throw new DoubleError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
      const response = new ResponseSink();
      for (const op of operations) op.run(response);
      record.responseBytes = response.bytes;
      if (response.bytes > this.host.limits.responseBytes)
        throw new DoubleError("ResponsePayloadSizeLimitExceeded", `${response.bytes} bytes`);
      for (const commit of response.commits) commit();
    } catch (e) {
      record.failed = e instanceof DoubleError ? e.code : String(e);
      this.host.syncEnded(record, e);
      throw e;
    }
    this.host.syncEnded(record);
  }
}
