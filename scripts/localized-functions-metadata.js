/* global require, module, process, __dirname */
/*
 * Webpack plugin: the descriptions Excel shows for the KAM functions come from the catalogues
 * (src/core/i18n, each language's `functionHelp`). custom-functions-metadata-plugin generates
 * functions.json from the JSDoc (ids, names, parameters, types); this plugin puts the first registered
 * language's help into it and writes functions.<lang>.json beside it for every other language. Ids and
 * names stay the same, so formulas work in every language. A function or parameter without help, or
 * help for one that does not exist, fails the build, so the help can never fall behind.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const pluginName = "LocalizedFunctionsMetadataPlugin";
const root = path.resolve(__dirname, "..");
const catalogueDir = path.join(root, "src/core/i18n");

function localize(metadata, table, locale) {
  const problems = [];
  const functions = metadata.functions.map((f) => {
    const t = table[f.id];
    if (!t) {
      problems.push(`${locale}: no translation for ${f.id}`);
      return f;
    }
    const parameters = f.parameters.map((p) => {
      const text = t.parameters && t.parameters[p.name];
      if (!text) problems.push(`${locale}: no translation for ${f.id}(${p.name})`);
      return { ...p, description: text || p.description };
    });
    return { ...f, description: t.description, parameters };
  });
  for (const id of Object.keys(table))
    if (!metadata.functions.some((f) => f.id === id))
      problems.push(`${locale}: ${id} is translated but not a function`);
  return { json: JSON.stringify({ ...metadata, functions }, null, 4), problems };
}

/**
 * Every registered language's function help, the default first: `[{ lang, help }]`. The catalogues
 * are TypeScript, so a separate Node runs them through ts-node (transpile only: tsc checks types).
 */
function catalogueHelp() {
  const output = execFileSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", path.join(__dirname, "function-help.ts")],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TS_NODE_PROJECT: path.join(root, "tsconfig.json") },
    }
  );
  return JSON.parse(output);
}

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, help?: () => { lang: string, help: object }[] }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const loadHelp = this.options.help || catalogueHelp;
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.options.source);
          if (!asset) return; // the metadata plugin reported its own error
          // Watch the catalogues, so a changed word rebuilds the metadata.
          for (const file of fs.readdirSync(catalogueDir))
            compilation.fileDependencies.add(path.join(catalogueDir, file));
          const metadata = JSON.parse(asset.source.source().toString());
          let languages;
          try {
            languages = loadHelp();
          } catch (error) {
            compilation.errors.push(
              new WebpackError(`${pluginName}: the catalogues could not be read: ${error.message}`)
            );
            return;
          }
          languages.forEach(({ lang, help }, index) => {
            const { json, problems } = localize(metadata, help, lang);
            problems.forEach((p) =>
              compilation.errors.push(new WebpackError(`${pluginName}: ${p}`))
            );
            const file =
              index === 0
                ? this.options.source
                : this.options.source.replace(/\.json$/, `.${lang}.json`);
            if (index === 0) compilation.updateAsset(file, new sources.RawSource(json));
            else compilation.emitAsset(file, new sources.RawSource(json));
          });
        }
      );
    });
  }
}

module.exports = LocalizedFunctionsMetadataPlugin;
module.exports.localize = localize;
module.exports.catalogueHelp = catalogueHelp;
