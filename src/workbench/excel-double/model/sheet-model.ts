import { Rect } from "../a1";
import { fail } from "../errors";
import { CellStore } from "./cell-store";
import { ChartModel, ConditionalFormatModel, ValidationModel } from "./objects";

/** Excel's default column width: 8.43 characters of Calibri 11, 64 pixels, 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/** How the sheet prints (Worksheet.pageLayout), as Excel keeps it; Excel's defaults until set. */
export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  headersFooters: Partial<
    Record<
      "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter",
      string
    >
  >;
}

export class SheetModel {
  readonly cells = new CellStore();
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points that the sheet sets (an opened file's custom heights); others are 15. */
  readonly rowHeights = new Map<number, number>();
  /** Rows hidden (by hand or by a filter): zero-based indexes. */
  readonly hiddenRows = new Set<number>();
  readonly charts: ChartModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: ValidationModel[] = [];
  /** Hyperlinks by "row,column". */
  readonly hyperlinks = new Map<string, HyperlinkModel>();
  freeze = { rows: 0, columns: 0 };
  pageLayout: PageLayoutModel = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    headersFooters: {},
  };
  tabColor = "";
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;

  constructor(
    readonly id: string,
    public name: string
  ) {}

  /** Fails the way Excel fails on an object whose sheet has been deleted. */
  alive(): this {
    if (this.deleted) fail("ItemNotFound", `the worksheet "${this.name}" has been deleted`);
    return this;
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Sets a validation rule on a rectangle; rules on cells wholly inside it are replaced. */
  setValidation(rect: Rect, rule: Record<string, unknown> | undefined): void {
    const inside = (r: Rect): boolean =>
      r.row >= rect.row &&
      r.column >= rect.column &&
      r.row + r.rows <= rect.row + rect.rows &&
      r.column + r.columns <= rect.column + rect.columns;
    const kept = this.validations.filter((v) => !inside(v.rect));
    this.validations.length = 0;
    this.validations.push(...kept);
    if (rule) this.validations.push({ rect, rule });
  }
}
