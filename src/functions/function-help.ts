/*
 * The ids of the KAM custom functions (as `@customfunction` names them in functions.ts) and the shape
 * of their help in a catalogue. Excel shows the help in formula autocomplete: the build writes
 * functions.json (the default language) and functions.<lang>.json (every other registered language)
 * from the catalogues' `functionHelp`, and fails when a function or parameter has no help there.
 */

/** Every KAM function, once: a catalogue without help for one of them does not compile. */
export const KAM_FUNCTION_IDS = [
  "SHARE",
  "CUMSHARE",
  "RANK",
  "ABC",
  "PARETO",
  "TOPSHARE",
  "HHI",
  "CREDIT",
  "CREDITWHY",
  "AGING",
  "LIMIT",
  "LIMITWHY",
  "DSO",
  "WALLET",
  "HEADROOM",
  "PORTFOLIO",
  "GRADE",
  "ISKEY",
  "TIERS",
  "HEALTH",
  "HEALTHWHY",
] as const;

export type KamFunctionId = (typeof KAM_FUNCTION_IDS)[number];

/** What Excel shows for one function: its description and one line per parameter, by name. */
export interface FunctionHelpEntry {
  description: string;
  parameters: Record<string, string>;
}

export type FunctionHelp = Record<KamFunctionId, FunctionHelpEntry>;
