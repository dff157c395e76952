/* global require, module */
/*
 * Webpack plugin: writes functions.<locale>.json beside the functions.json that
 * custom-functions-metadata-plugin generates from the JSDoc, with the descriptions translated from a
 * JSON table. Ids and names stay the same, so formulas work in every language. A function or
 * parameter missing from the table fails the build, so the translations can never fall behind.
 */
const fs = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");

const pluginName = "LocalizedFunctionsMetadataPlugin";

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
    if (!metadata.functions.some((f) => f.id === id)) problems.push(`${locale}: ${id} is translated but not a function`);
  return { json: JSON.stringify({ ...metadata, functions }, null, 4), problems };
}

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, translations: Record<string, string> }} options locale → table file */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.hooks.processAssets.tap({ name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.options.source);
        if (!asset) return; // the metadata plugin reported its own error
        const metadata = JSON.parse(asset.source.source().toString());
        for (const [locale, file] of Object.entries(this.options.translations)) {
          compilation.fileDependencies.add(file);
          const table = JSON.parse(fs.readFileSync(file, "utf8"));
          const { json, problems } = localize(metadata, table, locale);
          problems.forEach((p) => compilation.errors.push(new WebpackError(`${pluginName}: ${p}`)));
          compilation.emitAsset(this.options.source.replace(/\.json$/, `.${locale}.json`), new sources.RawSource(json));
        }
      });
    });
  }
}

module.exports = LocalizedFunctionsMetadataPlugin;
module.exports.localize = localize;
