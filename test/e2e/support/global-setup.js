/* global require, module, __dirname */
const fs = require("fs");
const path = require("path");
const { ensureBuilt } = require("../../../scripts/workbench-build");

/** Builds dist/ if it is stale and starts each run with an empty screenshot folder. */
module.exports = async () => {
  ensureBuilt();
  const shots = path.resolve(__dirname, "../../../out/e2e");
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
};
