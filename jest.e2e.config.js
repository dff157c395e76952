/* global module */
/**
 * End-to-end tests: the workbench in Chromium (test/e2e). Run with `npx jest -c jest.e2e.config.js`;
 * they build dist/ first when it is older than the sources, and save screenshots to out/e2e/.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  globalSetup: "<rootDir>/test/e2e/support/global-setup.js",
  // A browser per test file; two at once would only fight over two CPUs.
  maxWorkers: 1,
  testTimeout: 180_000,
};
