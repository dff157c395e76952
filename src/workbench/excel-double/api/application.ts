import { ClientObject } from "./client-object";
import type { RequestContext } from "./context";

/** Excel.Application: only what a writer of large sheets uses. */
export class Application extends ClientObject<object> {
  protected readonly typeName = "Application";
  protected readonly scalars = ["calculationMode"];

  constructor(context: RequestContext) {
    super(context, () => ({}));
  }

  get calculationMode(): string {
    return this.loaded("calculationMode");
  }

  protected read(): unknown {
    return "Automatic";
  }

  /** Excel stops recalculating until the next sync; the double never recalculates on its own. */
  suspendApiCalculationUntilNextSync(): void {
    this.invoke("SuspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.invoke("SuspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}
