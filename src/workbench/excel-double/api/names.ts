import { parseRef, sheetAddress } from "../a1";
import { fail } from "../errors";
import { NameModel, RangeRef } from "../model/objects";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import type { RequestContext } from "./context";
import { Range } from "./range";

function broken(item: NameModel): boolean {
  return item.ref !== undefined && item.ref.sheet.deleted;
}

function constantType(formula: string): string {
  const body = formula.replace(/^=/, "");
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  return body.startsWith('"') ? "String" : "Error";
}

/** Excel.NamedItem: a workbook-level name for a range (which follows its sheet) or a constant. */
export class NamedItem extends ClientObject<NameModel> {
  protected readonly typeName = "NamedItem";
  protected readonly scalars = ["name", "type", "value", "formula", "visible", "comment", "scope"];

  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  get scope(): string {
    return this.loaded("scope");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(v: string) {
    this.write("formula", v, (item) => {
      const target = resolveTarget(this.context, v);
      item.ref = target.ref;
      item.formula = target.formula;
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v, (item) => (item.visible = v));
  }
  get comment(): string {
    return this.loaded("comment");
  }
  set comment(v: string) {
    this.write("comment", v, (item) => (item.comment = v));
  }

  protected read(item: NameModel, property: string): unknown {
    const ref = item.ref;
    switch (property) {
      case "name":
        return item.name;
      case "visible":
        return item.visible;
      case "comment":
        return item.comment;
      case "scope":
        return "Workbook";
      case "type":
        return ref ? (broken(item) ? "Error" : "Range") : constantType(item.formula ?? "");
      case "formula":
        if (!ref) return item.formula;
        return broken(item) ? "=#REF!" : `=${sheetAddress(ref.sheet.name, ref.rect, true)}`;
      case "value":
        if (!ref) return item.formula?.replace(/^=/, "").replace(/^"(.*)"$/, "$1");
        return broken(item) ? "#REF!" : sheetAddress(ref.sheet.name, ref.rect, true);
      default:
        return undefined;
    }
  }

  getRange(): Range {
    return new Range(this.context, () => {
      const item = this.model();
      if (!item.ref)
        return fail("InvalidArgument", `the name ${item.name} does not refer to a range`);
      if (broken(item)) return fail("InvalidReference", `the name ${item.name} refers to #REF!`);
      return item.ref;
    });
  }

  getRangeOrNullObject(): Range {
    return new Range(
      this.context,
      () => {
        const item = this.resolveOrNull();
        return item?.ref && !broken(item) ? item.ref : null;
      },
      true
    );
  }

  delete(): void {
    this.invoke("Delete", [], (item) => this.context.host.model.deleteName(item));
  }
}

/** A Range proxy or a formula such as "=Sheet1!$A$1:$B$4" or "=0.7", resolved when the request runs. */
function resolveTarget(
  context: RequestContext,
  reference: Range | string
): { ref?: RangeRef; formula?: string } {
  if (typeof reference !== "string") return { ref: reference.model() };
  const body = reference.replace(/^=/, "");
  const parsed = parseRef(body);
  if (!parsed) return { formula: `=${body}` };
  if (parsed.sheet === undefined)
    return fail("InvalidArgument", `"${reference}" needs a sheet name`);
  return { ref: { sheet: context.host.model.requireSheet(parsed.sheet), rect: parsed.rect } };
}

/** Workbook.names. */
export class NamedItemCollection extends ClientCollection<NameModel, NamedItem> {
  constructor(context: RequestContext) {
    super(context, () => context.host.model.names);
  }

  protected wrap(item: NameModel): NamedItem {
    return new NamedItem(this.context, () => item);
  }

  add(name: string, reference: Range | string, comment?: string): NamedItem {
    let created: NameModel | undefined;
    this.context.enqueue(
      "Add",
      [name, typeof reference === "string" ? reference : "range", comment ?? ""],
      () => {
        const target = resolveTarget(this.context, reference);
        created = this.context.host.model.addName(
          name,
          target.ref ?? target.formula ?? "",
          comment
        );
      }
    );
    return new NamedItem(this.context, () => created ?? null);
  }

  getItem(name: string): NamedItem {
    return new NamedItem(
      this.context,
      () => this.context.host.model.name(name) ?? fail("ItemNotFound", `no name "${name}"`)
    );
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, () => this.context.host.model.name(name) ?? null, true);
  }
}
