/* global module, require, process, console */
/**
 * End-to-end tests: the workbench in Chromium (test/e2e). Run with `npx jest -c jest.e2e.config.js`;
 * they build dist/ first when it is older than the sources, and save screenshots to out/e2e/.
 * Without Chromium they are skipped with a printed line saying how to install it; under CI (CI=true)
 * they run anyway and fail, so CI can never pass without them.
 * @type {import('jest').Config}
 */
const fs = require("fs");

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const skip = !fs.existsSync(chromium) && process.env.CI !== "true";
if (skip)
  console.warn(
    `SKIPPED: Chromium (${chromium}) is not installed, so the end-to-end tests cannot run. ` +
      "Install it with `apt-get install -y chromium fonts-wqy-zenhei` (or set CHROMIUM_PATH)."
  );

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: skip ? [] : ["**/*.test.ts"],
  passWithNoTests: skip,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  globalSetup: skip ? undefined : "<rootDir>/test/e2e/support/global-setup.js",
  // A browser per test file; two at once would only fight over two CPUs.
  maxWorkers: 1,
  testTimeout: 180_000,
};
