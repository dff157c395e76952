/* global require, module, __dirname, console, process */
/**
 * Builds dist/ (the add-in and the workbench) when it is missing or older than the sources, so
 * `npm start` on Linux and the end-to-end tests always run what the sources say.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const page = path.join(root, "dist", "workbench.html");

function newestChange(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(page)) return true;
  const sources = Math.max(
    newestChange(path.join(root, "src")),
    newestChange(path.join(root, "assets")),
    fs.statSync(path.join(root, "webpack.config.js")).mtimeMs
  );
  return sources > fs.statSync(page).mtimeMs;
}

/** Runs a development build when needed; throws when webpack fails. */
function ensureBuilt() {
  if (!needsBuild()) return;
  console.log("Building the add-in and the workbench (webpack --mode development)…");
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "development"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`webpack failed (exit code ${result.status})`);
}

module.exports = { ensureBuilt };
