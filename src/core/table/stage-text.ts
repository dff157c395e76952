import { LANGS, words } from "../language";
import { RelationshipStage, planVocabulary } from "../plans/plan-vocabulary";

/**
 * Stage words a ledger may use besides the plans' own, in one language (the catalogue's
 * `ledgerStages`): the article's and the Cranfield model's names, such as "basic" and "integrated".
 */
export type StageWords = Readonly<Record<string, RelationshipStage>>;

const compact = (text: string): string => text.normalize("NFKC").trim().toLowerCase();

const WORDS: ReadonlyMap<string, RelationshipStage> = new Map([
  ...LANGS.flatMap((lang) =>
    Object.entries(planVocabulary(lang).stage).map(
      ([key, word]) => [compact(word), key as RelationshipStage] as const
    )
  ),
  ...LANGS.flatMap((lang) =>
    Object.entries(words(lang).ledgerStages).map(([word, key]) => [compact(word), key] as const)
  ),
]);

/**
 * The relationship stage a ledger's cell names, in any of the product's languages, as the plans word
 * it ("partnership") or as the article and the Cranfield model do ("basic", "integrated");
 * undefined for a blank or any other text.
 */
export function stageOf(text: string | undefined): RelationshipStage | undefined {
  return text === undefined ? undefined : WORDS.get(compact(text));
}
