import { COLUMN_ROLES, ColumnRole } from "./columns";
import { COLUMN_SYNONYMS, HEADER_UNITS, TOTAL_LABELS } from "./column-synonyms";
import { anyOf, inEveryLanguage } from "./every-language";

const RANGE_TO = anyOf(["-", "~", "–", ...inEveryLanguage((w) => w.headerWords.rangeTo)]);
const SCORE_UNIT = anyOf(inEveryLanguage((w) => w.headerWords.scoreUnits));
/** A score range such as "1-5" (with points after it) is a unit too; a lone number ("2023") is not. */
const SCORE_RANGE = new RegExp(`^\\d+\\s*(?:${RANGE_TO})\\s*\\d+\\s*(?:${SCORE_UNIT})?$`);

const BRACKETED = /[([【]([^()[\]【】]*)[)\]】]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function isUnit(text: string): boolean {
  const compact = text.toLowerCase().replace(NOT_WORD, "");
  return HEADER_UNITS.has(compact) || SCORE_RANGE.test(text.trim());
}

/** A header as matching sees it: `compact` has no spaces or punctuation, `spaced` keeps word breaks. */
export interface NormalisedHeader {
  compact: string;
  spaced: string;
}

/** NFKC first, so full-width brackets, letters and digits ("（ＵＳＤ）", "ＡＲ") compare like their ASCII forms. */
export function normaliseHeader(text: string): NormalisedHeader {
  let t = text.normalize("NFKC").toLowerCase();
  t = t.replace(BRACKETED, (_whole, inner: string) => (isUnit(inner) ? " " : ` ${inner} `));
  const slash = t.lastIndexOf("/");
  if (slash > 0 && isUnit(t.slice(slash + 1))) t = t.slice(0, slash);
  const words = t.replace(NOT_WORD, " ").trim();
  return { compact: words.replace(/ /g, ""), spaced: ` ${words} ` };
}

/** How well a header names a role: exact matches always beat partial ones, longer synonyms beat shorter. */
export interface RoleMatch {
  role: ColumnRole;
  score: number;
  exact: boolean;
}

const EXACT = 1000;
/** Short Latin words ("ar", "name", "area") are matched only as whole words, never inside other words. */
const MIN_INNER_LATIN = 5;
const LATIN = /^[a-z0-9 ]+$/;

interface Synonym {
  role: ColumnRole;
  compact: string;
  spaced: string;
  latin: boolean;
}

const SYNONYMS: readonly Synonym[] = COLUMN_ROLES.flatMap((role) =>
  COLUMN_SYNONYMS[role].map((text) => {
    const n = normaliseHeader(text);
    return { role, ...n, latin: LATIN.test(n.spaced.trim()) };
  })
);

function matchScore(header: NormalisedHeader, s: Synonym): number {
  if (header.compact === s.compact) return EXACT + s.compact.length;
  const inside = s.latin
    ? header.spaced.includes(s.spaced) ||
      (s.compact.length >= MIN_INNER_LATIN && header.compact.includes(s.compact))
    : header.compact.includes(s.compact);
  return inside ? s.compact.length : 0;
}

/** The roles a header could have, best first (one entry per role). */
export function matchHeader(text: string): RoleMatch[] {
  const header = normaliseHeader(text);
  if (header.compact === "") return [];
  const best = new Map<ColumnRole, number>();
  for (const s of SYNONYMS) {
    const score = matchScore(header, s);
    if (score > (best.get(s.role) ?? 0)) best.set(s.role, score);
  }
  return [...best]
    .map(([role, score]) => ({ role, score, exact: score > EXACT }))
    .sort(
      (a, b) => b.score - a.score || COLUMN_ROLES.indexOf(a.role) - COLUMN_ROLES.indexOf(b.role)
    );
}

const TOTAL_KIND = new Map<string, "grand" | "sub">(
  (["grand", "sub"] as const).flatMap((kind) =>
    TOTAL_LABELS[kind].map((label) => [normaliseHeader(label).compact, kind] as const)
  )
);

const LONGEST_TOTAL_LABEL = 16;
const FIRST_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const firstCharacter = (text: string): string =>
  (FIRST_WORD_CHARACTER.exec(text)?.[0] ?? "").normalize("NFKC").toLowerCase();
const TOTAL_FIRST_CHARACTERS = new Set([...TOTAL_KIND.keys()].map(firstCharacter));

/** Whether an account name is a total row's label, and which kind. */
export function totalLabel(name: string): "grand" | "sub" | undefined {
  // This runs once per row: most names are longer than any label or start differently, so they
  // are let through without being normalised.
  if (name.length > LONGEST_TOTAL_LABEL || !TOTAL_FIRST_CHARACTERS.has(firstCharacter(name)))
    return undefined;
  return TOTAL_KIND.get(normaliseHeader(name).compact);
}
