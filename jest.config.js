/* global module */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The end-to-end tests drive Chromium over a built dist/: jest.e2e.config.js runs them.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Jest's 5 s default is for an idle machine. The project's tests must pass on a busy 2-core one
  // (CI, or a second `npm test` beside this one), where rendering a Fluent UI pane in jsdom or a
  // 10,000-row fixture takes several times longer; 30 s still catches a hang. Tests that do real
  // work (LibreOffice, 100,000 rows, spawning the command line) set their own, longer timeouts.
  testTimeout: 30_000,
};
