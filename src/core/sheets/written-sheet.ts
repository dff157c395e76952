import type { SheetSpec } from "./sheet-spec";

/** A sheet as a writer (src/excel or src/xlsx) left it: which spec, and the name it got. */
export interface WrittenSheet {
  kind: SheetSpec["kind"];
  marker: string;
  /**
   * The name the sheet has: the spec's, another when a user's sheet had it, or (in the pane) the one
   * the user gave the add-in's sheet when it is reused.
   */
  name: string;
}
