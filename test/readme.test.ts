/** Keeps README.md true: every function the add-in registers and every criterion name is documented. */
import * as fs from "fs";
import * as path from "path";
import { CRITERIA_SPECS } from "../src/core/criteria";

const root = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const functionsSource = fs.readFileSync(path.join(root, "src/functions/functions.ts"), "utf8");
const functionIds = [...functionsSource.matchAll(/@customfunction\s+(\w+)/g)].map((m) => m[1]);

test("the functions source declares 21 functions", () => {
  expect(functionIds).toHaveLength(21);
});

test.each(functionIds)("README documents KAM.%s with its syntax", (id) => {
  expect(readme).toMatch(new RegExp("`KAM\\." + id + "\\("));
});

test.each(CRITERIA_SPECS.map((s) => [s.name, s.defaultValue]))("README lists criterion %s with default %s", (name, value) => {
  expect(readme).toMatch(new RegExp("\\| `" + name + "` \\| " + String(value).replace(".", "\\.") + " \\|"));
});

test("README gives the install-and-start and the test commands", () => {
  expect(readme).toContain("npm ci && npm start");
  expect(readme).toContain("npm ci && npm test");
});
