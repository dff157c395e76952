import { LANGS, words } from "../../src/core/language";
import { runKam } from "./run-kam";

describe("kam's help and --lang come from the catalogues", () => {
  test.each([
    ["en_US.UTF-8", "en"],
    ["zh_CN.UTF-8", "zh-CN"],
  ] as const)("with LANG=%s the help is in the terminal's language", async (env, lang) => {
    const help = words(lang).cli.help;
    const run = await runKam(["analyze", "--help"], { LANG: env });
    expect(run.code).toBe(0);
    // commander wraps the help to the terminal's width.
    const shown = run.stdout.replace(/\s+/g, " ");
    for (const text of [help.analyze, help.input, help.lang, help.langDefault, help.json])
      expect(shown).toContain(text.replace(/\s+/g, " "));
  });

  test("--lang accepts exactly the registered languages", async () => {
    const run = await runKam(["analyze", "in.xlsx", "--lang", "xx"], { LANG: "en_US" });
    expect(run.code).toBe(2);
    for (const lang of LANGS) expect(run.stderr).toContain(lang);
  });
});
