/*
 * Prints the KAM functions' help of every registered language as JSON, for the webpack build
 * (scripts/localized-functions-metadata.js runs it with ts-node): the first language's help goes into
 * functions.json, every other language's into functions.<lang>.json.
 */
import { LANGS, words } from "../src/core/i18n/languages";

const help = LANGS.map((lang) => ({ lang, help: words(lang).functionHelp }));
process.stdout.write(JSON.stringify(help));
