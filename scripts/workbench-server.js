/* global require, module, __dirname, console, process, URL */
/**
 * A tiny static server over the built dist/ for the workbench: plain http on 127.0.0.1 (the
 * workbench needs no certificates, unlike webpack-dev-server for Excel), no caching, nothing outside
 * dist/ served. `/` opens the workbench (dist/workbench.html).
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function resolveFile(root, url) {
  const pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const wanted = path.resolve(
    root,
    "." + (pathname.endsWith("/") ? pathname + "index.html" : pathname)
  );
  return wanted.startsWith(root + path.sep) ? wanted : undefined;
}

/** Starts the server; port 0 picks a free one. Resolves to { url, close }. */
function serveWorkbench({
  root = path.resolve(__dirname, "..", "dist"),
  host = "127.0.0.1",
  port = 0,
} = {}) {
  const server = http.createServer((request, response) => {
    if (request.url === "/" || request.url === "") {
      response.writeHead(302, { Location: "/workbench.html" });
      return response.end();
    }
    const file = resolveFile(root, request.url || "/");
    fs.readFile(file || "", (error, data) => {
      if (!file || error) {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        return response.end("Not found");
      }
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}/workbench.html`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { serveWorkbench };

if (require.main === module) {
  const port = Number(process.env.WORKBENCH_PORT || 0);
  serveWorkbench({ port }).then(({ url }) => console.log(`Workbench: ${url}`));
}
