import { propertyNotLoaded } from "../errors";
import { ClientObject, LoadSpec, loadPaths } from "./client-object";
import type { RequestContext, ResponseSink } from "./context";
import { ClientResult } from "./client-result";

/**
 * A collection proxy (worksheets, tables, names…). load("items/name") or load("name") loads that
 * property of every item; `items` is readable only after such a load and a sync.
 */
export abstract class ClientCollection<M, P extends ClientObject<M>> {
  private loadedItems?: P[];

  constructor(
    readonly context: RequestContext,
    protected readonly list: () => M[]
  ) {}

  /** A proxy bound to one item. */
  protected abstract wrap(item: M): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  get isNullObject(): boolean {
    return false;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec)?.map((p) => p.replace(/^items\//, ""));
    const itemPaths = paths?.filter((p) => p !== "items");
    this.context.enqueue("Load", paths ?? "*", (response: ResponseSink) => {
      const proxies = this.list().map((item) => this.wrap(item));
      for (const proxy of proxies)
        proxy.collect(itemPaths && itemPaths.length > 0 ? itemPaths : undefined, response);
      response.add(2, () => (this.loadedItems = proxies));
    });
    return this;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("GetCount", null, (response) => {
      const count = this.list().length;
      response.add(4, () => result.resolve(count));
    });
    return result;
  }

  toJSON(): { items: unknown[] } {
    return { items: (this.loadedItems ?? []).map((item) => item.toJSON()) };
  }
}
