import { fail } from "../errors";
import { ConditionalFormatModel } from "../model/objects";
import { intersects } from "../a1";
import { ClientObject } from "./client-object";
import { ClientCollection } from "./collection";
import type { RangeProperties as Range } from "./range-properties";

type Model = ConditionalFormatModel;

/** The format a conditional format applies: font and fill, as ConditionalRangeFormat. */
class ConditionalFont extends ClientObject<Model> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly scalars = ["bold", "italic", "color"];
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(v: boolean) {
    this.write("bold", v, (m) => (m.format.bold = v));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v, (m) => (m.format.italic = v));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.write("color", v, (m) => (m.format.fontColor = v));
  }
  protected read(m: Model, p: string): unknown {
    return p === "color" ? m.format.fontColor : p === "bold" ? m.format.bold : m.format.italic;
  }
}

class ConditionalFill extends ClientObject<Model> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly scalars = ["color"];
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.write("color", v, (m) => (m.format.fill = v));
  }
  protected read(m: Model): unknown {
    return m.format.fill;
  }
}

class ConditionalRangeFormat extends ClientObject<Model> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected readonly scalars: string[] = [];
  readonly font = new ConditionalFont(this.context, () => this.resolveOrNull());
  readonly fill = new ConditionalFill(this.context, () => this.resolveOrNull());
  protected read(): unknown {
    return undefined;
  }
}

/** cellValue (rule: formula1/operator) or custom (rule.formula): the part of a conditional format that says when. */
class ConditionalRule extends ClientObject<Model> {
  protected readonly typeName = "ConditionalFormatRule";
  protected readonly scalars = ["formula"];
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(v: string) {
    this.write("formula", v, (m) => (m.rule.formula = v));
  }
  protected read(m: Model): unknown {
    return m.rule.formula;
  }
}

class ConditionalKind extends ClientObject<Model> {
  protected readonly typeName = "ConditionalFormatKind";
  protected readonly scalars = ["rule"];
  readonly format = new ConditionalRangeFormat(this.context, () => this.resolveOrNull());
  private readonly customRule = new ConditionalRule(this.context, () => this.resolveOrNull());

  get rule(): unknown {
    return this.loadedProps.has("rule") ? this.loadedProps.get("rule") : this.customRule;
  }
  set rule(rule: unknown) {
    this.write("rule", rule, (m) => {
      const r = rule as Model["rule"];
      if (
        m.type === "CellValue" &&
        (typeof r.formula1 !== "string" || typeof r.operator !== "string")
      )
        fail("InvalidArgument", "a cell value rule needs formula1 and operator");
      m.rule = { ...r };
    });
  }
  protected read(m: Model): unknown {
    return m.rule;
  }
}

export class ConditionalFormat extends ClientObject<Model> {
  protected readonly typeName = "ConditionalFormat";
  protected readonly scalars = ["type", "id"];
  readonly cellValue = new ConditionalKind(this.context, () => this.kind("CellValue"));
  readonly custom = new ConditionalKind(this.context, () => this.kind("Custom"));

  private kind(type: string): Model | null {
    const m = this.resolveOrNull();
    if (m && m.type !== type)
      fail("InvalidArgument", `this conditional format is of type ${m.type}`);
    return m;
  }
  get type(): string {
    return this.loaded("type");
  }
  get id(): string {
    return this.loaded("id");
  }
  protected read(m: Model, p: string): unknown {
    return p === "type" ? m.type : m.id;
  }
  delete(): void {
    this.invoke("Delete", [], (m) => {
      const index = m.sheet.conditionalFormats.indexOf(m);
      if (index < 0) fail("ItemNotFound", "the conditional format has been deleted");
      m.sheet.conditionalFormats.splice(index, 1);
    });
  }
}

/** Range.conditionalFormats: the conditional formats that overlap the range. */
export class ConditionalFormatCollection extends ClientCollection<Model, ConditionalFormat> {
  constructor(private readonly range: Range) {
    super(range.context, () => {
      const ref = range.model();
      return ref.sheet.conditionalFormats.filter((f) => intersects(f.rect, ref.rect));
    });
  }

  protected wrap(item: Model): ConditionalFormat {
    return new ConditionalFormat(this.context, () => item);
  }

  add(type: string): ConditionalFormat {
    let created: Model | undefined;
    this.context.enqueue("Add", [type], () => {
      if (type !== "CellValue" && type !== "Custom")
        fail("NotImplemented", `conditional format type ${type}`);
      const ref = this.range.live(this.range.model());
      const book = this.context.host.model;
      created = {
        id: book.nextId("cf"),
        type,
        sheet: ref.sheet,
        rect: ref.rect,
        rule: {},
        format: {},
      };
      ref.sheet.conditionalFormats.push(created);
    });
    return new ConditionalFormat(this.context, () => created ?? null);
  }

  clearAll(): void {
    this.context.enqueue("ClearAll", [], () => {
      const ref = this.range.model();
      const list = ref.sheet.conditionalFormats;
      for (let i = list.length - 1; i >= 0; i--)
        if (intersects(list[i].rect, ref.rect)) list.splice(i, 1);
    });
  }
}
