import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type BrowserContext, type Page, chromium } from "playwright-core";

const { serveWorkbench } = require("../../../scripts/workbench-server") as {
  serveWorkbench(options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
};

/** Debian's Chromium; .ci/run installs it when missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const SHOTS = path.resolve(__dirname, "../../../out/e2e");

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** The workbench's address on 127.0.0.1. */
  url: string;
  /** Console errors, page errors, failed or refused requests and requests leaving the machine. */
  problems: string[];
  downloads: string;
  close(): Promise<void>;
}

/** What a page does that fails the test: anything a user would see go wrong, or a request to the internet. */
function watch(context: BrowserContext, page: Page, origin: string, problems: string[]): void {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  context.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
  );
  context.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url))
      problems.push(`request outside the workbench: ${url}`);
  });
}

/** Serves dist/ on a free port of 127.0.0.1 and opens Chromium, with a fresh profile, at the workbench. */
export async function openBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const server = await serveWorkbench({ port: 0 });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kam-e2e-profile-"));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "kam-e2e-downloads-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  watch(context, page, new URL(server.url).origin, problems);
  return {
    page,
    context,
    url: server.url,
    problems,
    downloads,
    close: async () => {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the whole window as out/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: file, animations: "disabled" });
  return file;
}
