import { WRITE_BUDGET_BYTES } from "./limits";

/**
 * Keeps a batch of queued actions under the write budget: reserve() the size of an action before
 * queueing it, and when it would not fit, what is queued is synced first. Many small actions share one
 * sync; a large one gets a sync of its own.
 */
export class RequestBudget {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = WRITE_BUDGET_BYTES
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    await this.context.sync();
  }
}

/** The size of one queued action besides its data: action id, object path, property name. */
export const ACTION_BYTES = 120;
