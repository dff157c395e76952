/* global require, __dirname, console, process, setInterval */
/**
 * `npm start`: where there is a desktop Excel (Windows, macOS) the add-in is sideloaded into it, as
 * office-addin-debugging does; elsewhere (Linux) the workbench is built if needed and served, and its
 * address printed. `npm run workbench` (this script with --workbench) always opens the workbench.
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");
const { ensureBuilt } = require("./workbench-build");
const { serveWorkbench } = require("./workbench-server");

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Opens the page in the default browser if there is one; says nothing when there is not. */
function openQuietly(url) {
  try {
    const child = spawn("xdg-open", [url], { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No desktop: the printed address is enough.
  }
}

/**
 * Stops the server when asked to (SIGTERM, SIGINT, SIGHUP) and when the process that started it is
 * gone: `npm start` runs this script through a shell that does not pass npm's SIGTERM on, so the
 * server also watches for its parent to change (it is re-parented when npm and the shell end).
 */
function stopWithParent(server) {
  const parent = process.ppid;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, stop);
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500).unref();
}

async function startWorkbench() {
  ensureBuilt();
  // 127.0.0.1 unless asked otherwise (WORKBENCH_HOST=0.0.0.0 to reach it from another machine).
  const host = process.env.WORKBENCH_HOST || "127.0.0.1";
  const port = Number(process.env.WORKBENCH_PORT || 3001);
  const server = await serveWorkbench({ root: dist, host, port });
  stopWithParent(server);
  const { url } = server;
  console.log(`\nKAM workbench: ${url}\n(the task pane on an in-memory Excel; Ctrl+C stops it)\n`);
  if (process.platform === "linux") openQuietly(url);
}

const workbenchOnly = process.argv.includes("--workbench");
if (!workbenchOnly && (process.platform === "win32" || process.platform === "darwin")) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml"]);
} else {
  startWorkbench().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
