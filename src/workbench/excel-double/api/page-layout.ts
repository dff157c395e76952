import { parseRef } from "../a1";
import { fail } from "../errors";
import type { PageLayoutModel, SheetModel } from "../model/sheet-model";
import { ClientObject } from "./client-object";
import type { RequestContext } from "./context";

const ORIENTATIONS = ["Portrait", "Landscape"];
/** The paper sizes the add-in sets; Excel knows many more (Excel.PaperType). */
const PAPERS = ["Letter", "A4", "Legal", "A3", "A5"];

/** Worksheet.pageLayout (ExcelApi 1.9): how the sheet prints. */
export class PageLayout extends ClientObject<SheetModel> {
  protected readonly typeName = "PageLayout";
  protected readonly scalars = ["orientation", "paperSize", "zoom"];
  private footersProxy?: HeaderFooterGroup;

  constructor(context: RequestContext, resolver: () => SheetModel | null) {
    super(context, resolver);
  }

  protected read(s: SheetModel, property: string): unknown {
    return s.pageLayout[property as keyof PageLayoutModel];
  }

  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(v: string) {
    if (!ORIENTATIONS.includes(v)) fail("InvalidArgument", `"${v}" is not a page orientation`);
    this.write("orientation", v, (s) => (s.pageLayout.orientation = v));
  }
  get paperSize(): string {
    return this.loaded("paperSize");
  }
  set paperSize(v: string) {
    if (!PAPERS.includes(v)) fail("InvalidArgument", `"${v}" is not a paper size`);
    this.write("paperSize", v, (s) => (s.pageLayout.paperSize = v));
  }
  get zoom(): PageLayoutModel["zoom"] {
    return this.loaded("zoom");
  }
  set zoom(v: PageLayoutModel["zoom"]) {
    const pages = [v.horizontalFitToPages, v.verticalFitToPages].filter((n) => n !== undefined);
    if (pages.some((n) => !Number.isInteger(n) || (n as number) < 0))
      fail("InvalidArgument", "pages to fit to must be whole numbers from 0");
    this.write("zoom", v, (s) => (s.pageLayout.zoom = { ...v }));
  }

  /** Rows repeated at the top of every printed page: whole rows, "$13:$13". */
  setPrintTitleRows(rows: string): void {
    const ref = parseRef(rows);
    if (!ref || ref.rect.columns !== 16384)
      fail("InvalidArgument", `"${rows}" is not a range of whole rows`);
    this.invoke("SetPrintTitleRows", [rows], (s) => (s.pageLayout.printTitleRows = rows));
  }

  get headersFooters(): HeaderFooterGroup {
    return (this.footersProxy ??= new HeaderFooterGroup(this.context, () => this.model()));
  }
}

/** PageLayout.headersFooters: the add-in sets the ones for every page. */
export class HeaderFooterGroup extends ClientObject<SheetModel> {
  protected readonly typeName = "HeaderFooterGroup";
  protected readonly scalars: string[] = [];
  private allPages?: HeaderFooter;

  protected read(): unknown {
    return undefined;
  }

  get defaultForAllPages(): HeaderFooter {
    return (this.allPages ??= new HeaderFooter(this.context, () => this.model()));
  }
}

const PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;
type Part = (typeof PARTS)[number];

/** One set of headers and footers, in Excel's codes (&A the sheet's name, &P the page…). */
export class HeaderFooter extends ClientObject<SheetModel> {
  protected readonly typeName = "HeaderFooter";
  protected readonly scalars = [...PARTS];

  protected read(s: SheetModel, property: string): unknown {
    return s.pageLayout.headersFooters[property as Part] ?? "";
  }

  private setPart(part: Part, v: string): void {
    this.write(part, v, (s) => (s.pageLayout.headersFooters[part] = v));
  }

  get leftHeader(): string {
    return this.loaded("leftHeader");
  }
  set leftHeader(v: string) {
    this.setPart("leftHeader", v);
  }
  get centerHeader(): string {
    return this.loaded("centerHeader");
  }
  set centerHeader(v: string) {
    this.setPart("centerHeader", v);
  }
  get rightHeader(): string {
    return this.loaded("rightHeader");
  }
  set rightHeader(v: string) {
    this.setPart("rightHeader", v);
  }
  get leftFooter(): string {
    return this.loaded("leftFooter");
  }
  set leftFooter(v: string) {
    this.setPart("leftFooter", v);
  }
  get centerFooter(): string {
    return this.loaded("centerFooter");
  }
  set centerFooter(v: string) {
    this.setPart("centerFooter", v);
  }
  get rightFooter(): string {
    return this.loaded("rightFooter");
  }
  set rightFooter(v: string) {
    this.setPart("rightFooter", v);
  }
}
