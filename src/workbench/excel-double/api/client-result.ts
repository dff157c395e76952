import { propertyNotLoaded } from "../errors";

/** OfficeExtension.ClientResult: a value a method returns, readable after the next sync. */
export class ClientResult<T> {
  private loaded = false;
  private result?: T;

  get value(): T {
    if (!this.loaded) throw propertyNotLoaded("value");
    return this.result as T;
  }

  resolve(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}
