import { fail } from "../errors";
import { RangeRef } from "../model/objects";
import { ClientObject } from "./client-object";
import type { RangeProperties as Range } from "./range-properties";

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** Range.dataValidation: one rule for the range's cells; `list` rules are dropdowns. */
export class DataValidation extends ClientObject<RangeRef> {
  protected readonly typeName = "DataValidation";
  protected readonly scalars = ["rule", "type"];

  constructor(private readonly range: Range) {
    super(range.context, () => range.resolveOrNull());
  }

  get rule(): Record<string, unknown> {
    return this.loaded("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.write("rule", rule, (ref) => {
      const kinds = Object.keys(rule).filter((k) => RULE_KINDS.includes(k));
      if (kinds.length !== 1)
        fail("InvalidArgument", "a data validation rule needs exactly one kind");
      const list = rule.list as { source?: unknown } | undefined;
      if (list && (typeof list.source !== "string" || list.source.length === 0))
        fail("InvalidArgument", "a list rule needs a source");
      if (
        list &&
        typeof list.source === "string" &&
        !list.source.startsWith("=") &&
        list.source.length > 255
      )
        fail("InvalidArgument", "a list typed into the rule is limited to 255 characters");
      const live = this.range.live(ref);
      live.sheet.setValidation(live.rect, rule);
    });
  }
  get type(): string {
    return this.loaded("type");
  }

  clear(): void {
    this.invoke("Clear", [], (ref) =>
      this.range.live(ref).sheet.setValidation(ref.rect, undefined)
    );
  }

  protected read(ref: RangeRef, property: string): unknown {
    const found = ref.sheet.validations.find(
      (v) =>
        v.rect.row === ref.rect.row &&
        v.rect.column === ref.rect.column &&
        v.rect.rows === ref.rect.rows
    );
    if (property === "rule") return found?.rule ?? {};
    const kind = found && Object.keys(found.rule).find((k) => RULE_KINDS.includes(k));
    return kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : "None";
  }
}
