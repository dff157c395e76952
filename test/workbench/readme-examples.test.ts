/**
 * Every example of the README's function table computes, in the workbench's formula engine on the
 * sample workbook, the figure the README gives (the e2e test types the same ones into the grid).
 */
import * as fs from "fs";
import * as path from "path";
import { CRITERIA_SPECS } from "../../src/core/criteria";
import { seedName, seedSheet } from "../../src/workbench/excel-double";
import { openWorkbook } from "../../src/workbench/workbook-file/open-workbook";
import { agreesWithReadme, readmeExamples } from "../support/readme-examples";

const examples = readmeExamples();

test("the README gives an example for each of the 21 functions", () => {
  expect(examples).toHaveLength(21);
  for (const example of examples) expect(example.formula).toMatch(new RegExp(`^=${example.id}\\(`));
});

test.each(examples.map((e) => [e.formula, e.shown]))(
  "%s shows %s on the sample",
  async (formula, shown) => {
    const bytes = fs.readFileSync(path.resolve(__dirname, "../../assets/kam-sample-en.xlsx"));
    const host = await openWorkbook(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      "kam-sample-en.xlsx"
    );
    // KAM_Criteria as the pane writes it, with the defaults.
    seedSheet(
      host,
      "KAM Criteria",
      "A1",
      CRITERIA_SPECS.map((spec) => [spec.name, spec.defaultValue])
    );
    seedName(host, "KAM_Criteria", `'KAM Criteria'!A1:B${CRITERIA_SPECS.length}`, false);
    const sheet = seedSheet(host, "Customers", "K45", [[formula]]);
    host.changed();
    const value = host.model.valueAt(sheet, 44, 10);
    expect([value, agreesWithReadme(value, shown)]).toEqual([value, true]);
  }
);
