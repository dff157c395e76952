/**
 * The workbench's static server and the add-in's dev server face whatever a browser (or anything
 * else) sends: a malformed request gets an error answer and the server goes on serving; nothing
 * outside dist/ is served; the dev server is reachable from this machine only.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";

const { serveWorkbench } = require("../../scripts/workbench-server") as {
  serveWorkbench(options: {
    root: string;
    port: number;
  }): Promise<{ url: string; close(): Promise<void> }>;
};

/** One raw GET, the path sent exactly as given (no URL normalising on the client side). */
function get(origin: URL, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: origin.hostname, port: origin.port, path: rawPath, method: "GET" },
      (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      }
    );
    request.on("error", reject);
    request.end();
  });
}

describe("the workbench server", () => {
  let root: string;
  let server: { url: string; close(): Promise<void> };
  let origin: URL;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "kam-server-"));
    fs.writeFileSync(path.join(root, "workbench.html"), "<p>workbench</p>");
    fs.writeFileSync(path.join(path.dirname(root), "kam-server-secret.txt"), "secret");
    server = await serveWorkbench({ root, port: 0 });
    origin = new URL(server.url);
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  test.each(["/%ZZ", "/a%00b", "/%E0%A4%A"])(
    "answers %s with 400 and keeps serving",
    async (bad) => {
      expect((await get(origin, bad)).status).toBe(400);
      const page = await get(origin, "/workbench.html");
      expect(page).toEqual({ status: 200, body: "<p>workbench</p>" });
    }
  );

  test("serves nothing outside dist/", async () => {
    for (const escape of ["/../kam-server-secret.txt", "/%2e%2e/kam-server-secret.txt"]) {
      const answer = await get(origin, escape);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain("secret");
    }
  });

  test("a missing file is 404, and / opens the workbench", async () => {
    expect((await get(origin, "/nothing.js")).status).toBe(404);
    expect((await get(origin, "/")).status).toBe(302);
  });
});

test("the dev server listens on localhost only", async () => {
  const config = await require("../../webpack.config.js")({}, { mode: "development" });
  const configs = Array.isArray(config) ? config : [config];
  for (const c of configs) expect(c.devServer?.host).toBe("localhost");
});
