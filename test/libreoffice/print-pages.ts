import { execFile, spawnSync } from "child_process";
import { promises as fs } from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** The sheets of an .xlsx file, in order, as workbook.xml lists them. */
async function sheetNames(zip: JSZip): Promise<string[]> {
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * A copy of the workbook in which only one sheet is visible (and active), so LibreOffice prints that
 * sheet alone; the file is edited as XML so nothing else changes (the chart stays).
 */
async function onlySheet(bytes: Buffer, index: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  let i = -1;
  xml = xml.replace(/<sheet\b([^>]*?)\s*\/>/g, (_, attributes: string) => {
    i++;
    const rest = attributes.replace(/\s+state="[^"]*"/, "");
    return i === index ? `<sheet${rest}/>` : `<sheet${rest} state="hidden"/>`;
  });
  // LibreOffice prints the active sheet even when hidden: make the visible one active.
  xml = xml.replace(/\s(activeTab|firstSheet)="\d+"/g, "");
  if (/<workbookView\b/.test(xml))
    xml = xml.replace(
      /<workbookView\b/,
      `<workbookView activeTab="${index}" firstSheet="${index}"`
    );
  else
    xml = xml.replace(
      /<sheets>/,
      `<bookViews><workbookView activeTab="${index}" firstSheet="${index}"/></bookViews><sheets>`
    );
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

export interface PrintedSheet {
  pages: number;
  /** Each page's size in points, width × height (A4 landscape is 842 × 595). */
  sizes: { width: number; height: number }[];
}

/** The pages of a PDF, as its page objects (/Type /Page, not /Pages) with their media boxes. */
export function pdfPages(pdf: Buffer): PrintedSheet {
  const text = pdf.toString("latin1");
  const sizes: PrintedSheet["sizes"] = [];
  for (const m of text.matchAll(/<<([^>]*?\/Type\s*\/Page(?![s\w])[^>]*?)>>/g)) {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(m[1]);
    if (box) sizes.push({ width: +box[3] - +box[1], height: +box[4] - +box[2] });
  }
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  return { pages, sizes };
}

function soffice(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile("soffice", args, { timeout: 300_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve()
    )
  );
}

/**
 * How many pages LibreOffice prints for each sheet of a workbook, by sheet name: each sheet is
 * printed alone to PDF (one soffice run for all of them, with a profile of its own so parallel runs
 * do not share LibreOffice's user installation).
 */
export async function pagesPerSheet(file: string): Promise<Map<string, PrintedSheet>> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kam-print-"));
  try {
    const bytes = await fs.readFile(file);
    const names = await sheetNames(await JSZip.loadAsync(bytes));
    const inputs: string[] = [];
    for (let i = 0; i < names.length; i++) {
      const copy = path.join(work, `sheet-${i}.xlsx`);
      await fs.writeFile(copy, await onlySheet(bytes, i));
      inputs.push(copy);
    }
    const profile = path.join(work, "profile");
    await soffice([
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      ...inputs,
    ]);
    const pages = new Map<string, PrintedSheet>();
    for (let i = 0; i < names.length; i++)
      pages.set(names[i], pdfPages(await fs.readFile(path.join(work, `sheet-${i}.pdf`))));
    return pages;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
