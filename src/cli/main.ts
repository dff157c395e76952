#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { type Lang, LANGS, languageOf } from "../core/language";
import { analyze } from "./analyze";
import { CliError, EXIT } from "./cli-error";
import { cliText } from "./cli-text";
import { DEFAULT_PLAN_LIMIT } from "./plan-choice";

/** The language of the terminal ("zh_CN.UTF-8" → its catalogue), when --lang does not say. */
function environmentLanguage(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return languageOf(locale.replace(/_/g, "-"));
}

interface RawOptions {
  sheet?: string;
  out?: string;
  plans?: boolean;
  plansTop?: number;
  plansFor?: string[];
  plansLimit?: number;
  lang?: Lang;
  criteria?: string;
  json?: boolean;
}

interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A whole number of 1 or more, for --plans-top and --plans-limit. */
function wholeNumber(env: NodeJS.ProcessEnv) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1)
      throw new InvalidArgumentError(cliText(environmentLanguage(env)).notWholeNumber);
    return n;
  };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function program(env: NodeJS.ProcessEnv, io: Output): Command {
  // The help is in the terminal's language, as are the usage errors.
  const text = cliText(environmentLanguage(env));
  const help = text.help;
  const kam = new Command("kam")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .description(help.kam)
    .version(require("../../package.json").version as string)
    .exitOverride()
    // One line naming the problem (commander's "error: …"), then where to look: not the whole help.
    .showHelpAfterError(text.seeHelp);
  kam
    .command("analyze")
    .alias("analyse")
    .description(help.analyze)
    .argument("<input>", help.input)
    .option("--sheet <name>", help.sheet)
    .option("--out <file>", help.out)
    .option("--plans", help.plans)
    .option("--plans-top <n>", help.plansTop, wholeNumber(env))
    .option("--plans-for <names>", help.plansFor, collect)
    .option("--plans-limit <n>", help.plansLimit(DEFAULT_PLAN_LIMIT), wholeNumber(env))
    .addOption(
      new Option("--lang <lang>", help.lang)
        .choices(LANGS)
        .default(environmentLanguage(env), help.langDefault)
    )
    .option("--criteria <file>", help.criteria)
    .option("--json", help.json)
    .exitOverride();
  return kam;
}

/** Runs the command line; resolves to the exit code instead of exiting, so tests can call it. */
export async function main(
  argv: string[],
  io = {
    stdout: (t: string) => void process.stdout.write(t),
    stderr: (t: string) => void process.stderr.write(t),
    terminal: Boolean(process.stderr.isTTY),
  },
  env: NodeJS.ProcessEnv = process.env
): Promise<number> {
  const kam = program(env, io);
  let run: Promise<void> | undefined;
  kam.commands[0].action((input: string, raw: RawOptions) => {
    const options = { input, plans: false, json: false, lang: LANGS[0] as Lang, ...raw };
    const plans = Boolean(raw.plans || raw.plansTop !== undefined || raw.plansFor !== undefined);
    run = analyze({ ...options, plans, json: Boolean(raw.json) }, io);
  });
  try {
    await kam.parseAsync(argv, { from: "user" });
    if (run) await run;
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError)
      return error.exitCode === 0 || error.code === "commander.helpDisplayed"
        ? EXIT.ok
        : EXIT.usage;
    if (error instanceof CliError) {
      io.stderr(`kam: ${error.message}\n`);
      return error.code;
    }
    io.stderr(`kam: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.data;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
