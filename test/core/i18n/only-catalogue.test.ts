import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { LANGS } from "../../../src/core/i18n/languages";

/*
 * The catalogues (src/core/i18n) are the only place that knows the languages: outside them no source
 * file holds a Chinese word, names a language code ("zh-CN", "en") in a string, keys a table by
 * language (Record<Lang, …>) or pairs files by language (-en.ts / -zh.ts). Strings are found with
 * TypeScript's own parser, so comments may still give examples in any language.
 */

const SRC = path.resolve(__dirname, "../../../src");
const CATALOGUE_DIR = path.join(SRC, "core", "i18n");
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === CATALOGUE_DIR ? [] : sourceFiles(full);
    return /\.(ts|tsx|js|json)$/.test(entry.name) ? [full] : [];
  });
}

/** Every string the file's code holds (literals, template parts, JSX text), with its line. */
function strings(file: string): { text: string; line: number }[] {
  const source = fs.readFileSync(file, "utf8");
  if (file.endsWith(".json")) return [{ text: source, line: 1 }];
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node))
      found.push({ text: node.text, line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function offences(file: string): string[] {
  const where = path.relative(SRC, file);
  const found: string[] = [];
  if (/-(en|zh)\.[jt]sx?$|\.(zh-CN|en)\.json$/.test(file)) found.push(`${where}: a file per language`);
  const code = fs.readFileSync(file, "utf8");
  if (/Record<\s*Lang\s*,/.test(code)) found.push(`${where}: a table keyed by language (Record<Lang, …>)`);
  for (const { text, line } of strings(file)) {
    if (HAN.test(text)) found.push(`${where}:${line}: Chinese words ${JSON.stringify(text.slice(0, 40))}`);
    if ((LANGS as readonly string[]).includes(text)) found.push(`${where}:${line}: names the language "${text}"`);
  }
  return found;
}

test("no source file outside src/core/i18n knows which languages exist", () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap(offences)).toEqual([]);
});

test("the check finds what it looks for", () => {
  const dir = fs.mkdtempSync(path.join(require("os").tmpdir(), "kam-i18n-"));
  const bad = path.join(dir, "bad.ts");
  fs.writeFileSync(
    bad,
    '// 注释里的中文可以\nconst t: Record<Lang, string> = { en: "a", "zh-CN": "客户" };\nconst z = lang === "zh-CN";\n'
  );
  const found = offences(bad);
  expect(found.some((o) => o.includes("Record<Lang"))).toBe(true);
  expect(found.some((o) => o.includes("Chinese words") && o.includes(":2:"))).toBe(true);
  expect(found.some((o) => o.includes('names the language "zh-CN"') && o.includes(":3:"))).toBe(true);
  expect(found.some((o) => o.includes(":1:"))).toBe(false);
  fs.rmSync(dir, { recursive: true });
});
