import { DoubleError, fail, propertyNotLoaded } from "../errors";
import type { RequestContext, ResponseSink } from "./context";
import { jsonBytes } from "./payload";

export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

/** "a, b/c" or ["a", "b/c"] or {select: "a,b"} → ["a", "b/c"]; undefined means every scalar property. */
export function loadPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  const text =
    typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec.select ?? "");
  const paths = text
    .split(",")
    .map((p) => p.trim().replace(/\./g, "/"))
    .filter((p) => p.length > 0);
  return paths.length > 0 ? paths : undefined;
}

/**
 * A proxy, as in Office.js: reading a property needs load() and sync() first (else PropertyNotLoaded),
 * setting one queues an action (and the proxy remembers the value set), and nothing reaches the
 * workbook before sync(). The model behind a proxy is resolved once, when the first action that uses it
 * runs; an *OrNullObject proxy learns whether it exists at the next sync.
 */
export abstract class ClientObject<M> {
  protected readonly loadedProps = new Map<string, unknown>();
  private resolved?: M | null;
  private nullState?: boolean;

  /** The properties a load() without arguments reads. */
  protected abstract readonly scalars: readonly string[];
  protected abstract readonly typeName: string;

  constructor(
    readonly context: RequestContext,
    private readonly resolver: () => M | null,
    private readonly nullable = false
  ) {
    if (nullable)
      context.enqueue("IsNullObject", null, (response) => {
        const found = this.resolveOrNull() !== null;
        response.add(8, () => (this.nullState = !found));
      });
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** At sync time: the model, or undefined for a missing *OrNullObject. */
  resolveOrNull(): M | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }

  /** At sync time: the model; acting on a missing object fails as Excel fails. */
  model(): M {
    const found = this.resolveOrNull();
    if (found === null) fail("ItemNotFound", `the ${this.typeName} does not exist (a null object)`);
    return found;
  }

  protected loaded<T>(property: string): T {
    if (!this.loadedProps.has(property)) throw propertyNotLoaded(`${this.typeName}.${property}`);
    return this.loadedProps.get(property) as T;
  }

  /** Queues a property write; the proxy shows the value set at once, as Office.js proxies do. */
  protected write(property: string, value: unknown, apply: (model: M) => void): void {
    this.loadedProps.set(property, value);
    this.context.enqueue(property, value, () => apply(this.model()));
  }

  protected invoke(method: string, args: unknown[], apply: (model: M) => void): void {
    this.context.enqueue(method, args, () => apply(this.model()));
  }

  /** Reads one scalar property of the model, for load(). */
  protected abstract read(model: M, property: string): unknown;

  /** A navigation property (range.format, table.worksheet…) a load path may go through. */
  protected navigate(property: string): ClientObject<unknown> | undefined {
    void property;
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue("Load", paths ?? "*", (response) => this.collect(paths, response));
    return this;
  }

  /** At sync time: reads the paths (own properties and nested ones) into the response. */
  collect(paths: string[] | undefined, response: ResponseSink): void {
    const model = this.resolveOrNull();
    if (model === null) return;
    const own = paths ?? [...this.scalars];
    const nested = new Map<string, string[]>();
    for (const path of own) {
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
        continue;
      }
      const child = this.scalars.includes(path) ? undefined : this.navigate(path);
      if (child) {
        child.collect(undefined, response);
        continue;
      }
      if (!this.scalars.includes(path))
        throw new DoubleError("InvalidArgument", `${this.typeName} has no property "${path}"`);
      const value = this.read(model, path);
      response.add(jsonBytes(value) + path.length + 4, () => this.loadedProps.set(path, value));
    }
    for (const [head, rest] of nested) {
      const child =
        this.navigate(head) ?? fail("InvalidArgument", `${this.typeName} has no "${head}"`);
      child.collect(rest, response);
    }
  }

  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this.navigate(key);
      if (child && value && typeof value === "object" && !Array.isArray(value))
        child.set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}
