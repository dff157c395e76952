import type { RequestContext } from "./context";

/** What an event hands its handlers; the double's events carry plain objects. */
export type EventHandler<T> = (args: T) => Promise<unknown> | void;

/**
 * Office.js's EventHandlerResult: what `add` returns, removed with the same context (`remove()` then
 * `context.sync()`), as the Excel events documentation says.
 */
export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly unregister: () => void
  ) {}

  remove(): void {
    this.context.enqueue("RemoveHandler", null, () => this.unregister());
  }
}

/**
 * Office.js's EventHandlers (worksheet.onChanged, …): `add` queues the registration, which takes
 * effect at the next sync, as in Excel; `register` is the host's registry for the event's object.
 */
export class EventHandlers<T> {
  constructor(
    private readonly context: RequestContext,
    private readonly register: (handler: EventHandler<T>) => () => void
  ) {}

  add(handler: EventHandler<T>): EventHandlerResult {
    let unregister: () => void = () => undefined;
    this.context.enqueue("AddHandler", null, () => (unregister = this.register(handler)));
    return new EventHandlerResult(this.context, () => unregister());
  }
}
