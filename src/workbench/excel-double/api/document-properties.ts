import { fail } from "../errors";
import type { CustomPropertyModel } from "../model/objects";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import type { RequestContext } from "./context";

/** Excel.CustomProperty (ExcelApi 1.7): one custom document property. */
export class CustomProperty extends ClientObject<CustomPropertyModel> {
  protected readonly typeName = "CustomProperty";
  protected readonly scalars = ["key", "type", "value"];

  get key(): string {
    return this.loaded("key");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  set value(v: unknown) {
    this.write("value", v, (item) => this.context.host.model.setCustomProperty(item.key, v));
  }

  protected read(item: CustomPropertyModel, property: string): unknown {
    switch (property) {
      case "key":
        return item.key;
      case "type":
        return item.type;
      case "value":
        return item.value;
      default:
        return undefined;
    }
  }

  delete(): void {
    this.invoke("Delete", [], (item) => this.context.host.model.deleteCustomProperty(item));
  }
}

/** Excel.CustomPropertyCollection (ExcelApi 1.7): keys are case-insensitive. */
export class CustomPropertyCollection extends ClientCollection<
  CustomPropertyModel,
  CustomProperty
> {
  constructor(context: RequestContext) {
    super(context, () => context.host.model.customProperties);
  }

  protected wrap(item: CustomPropertyModel): CustomProperty {
    return new CustomProperty(this.context, () => item);
  }

  /** Creates a property, or sets the value of the one with that key. */
  add(key: string, value: unknown): CustomProperty {
    let created: CustomPropertyModel | undefined;
    this.context.enqueue("Add", [key, value], () => {
      created = this.context.host.model.setCustomProperty(key, value);
    });
    return new CustomProperty(this.context, () => created ?? null);
  }

  getItem(key: string): CustomProperty {
    return new CustomProperty(
      this.context,
      () =>
        this.context.host.model.customProperty(key) ??
        fail("ItemNotFound", `no custom property "${key}"`)
    );
  }

  getItemOrNullObject(key: string): CustomProperty {
    return new CustomProperty(
      this.context,
      () => this.context.host.model.customProperty(key) ?? null,
      true
    );
  }

  deleteAll(): void {
    this.context.enqueue("DeleteAll", [], () => this.context.host.model.customProperties.splice(0));
  }
}

/** Excel.DocumentProperties (ExcelApi 1.7), as far as the add-in uses it: the custom properties. */
export class DocumentProperties extends ClientObject<object> {
  protected readonly typeName = "DocumentProperties";
  protected readonly scalars: string[] = [];
  readonly custom: CustomPropertyCollection;

  constructor(context: RequestContext) {
    super(context, () => ({}));
    this.custom = new CustomPropertyCollection(context);
  }

  protected read(): unknown {
    return undefined;
  }
}
