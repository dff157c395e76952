/* global require, module, __dirname, console, process */
/**
 * The static server over the built dist/ for the workbench: plain http on 127.0.0.1 (the workbench
 * needs no certificates, unlike webpack-dev-server for Excel), no caching, nothing outside dist/
 * served. `/` opens the workbench (dist/workbench.html). Files are served by serve-static (the
 * Express project's), which answers a malformed address (`/%ZZ`, a NUL byte) with 400 and a path
 * outside the root with 403, and keeps serving.
 */
const http = require("http");
const path = require("path");
const serveStatic = require("serve-static");

const STATUS_TEXT = { 400: "Bad request", 403: "Forbidden", 404: "Not found" };

/** Starts the server; port 0 picks a free one. Resolves to { url, close }. */
function serveWorkbench({
  root = path.resolve(__dirname, "..", "dist"),
  host = "127.0.0.1",
  port = 0,
} = {}) {
  const files = serveStatic(root, {
    index: false,
    dotfiles: "deny",
    fallthrough: false,
    setHeaders: (response) => response.setHeader("Cache-Control", "no-store"),
  });
  const server = http.createServer((request, response) => {
    if (request.url === "/" || request.url === "") {
      response.writeHead(302, { Location: "/workbench.html" });
      return response.end();
    }
    files(request, response, (error) => {
      const status = (error && (error.status || error.statusCode)) || 404;
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(STATUS_TEXT[status] || "Error");
    });
  });
  // A client that sends garbage gets Node's own 400 and is dropped; the server goes on.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}/workbench.html`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serveWorkbench };

if (require.main === module) {
  const port = Number(process.env.WORKBENCH_PORT || 0);
  serveWorkbench({ port }).then(({ url }) => console.log(`Workbench: ${url}`));
}
