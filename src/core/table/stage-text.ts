import { LANGS } from "../language";
import { RelationshipStage, planVocabulary } from "../plans/plan-vocabulary";

/** Stage words a ledger may use besides the plans' own (the article's and Cranfield's names). */
const EXTRA_WORDS: Readonly<Record<string, RelationshipStage>> = {
  basic: "transactional",
  "buying and selling": "transactional",
  买卖: "transactional",
  interdependent: "partnership",
  合作伙伴: "partnership",
  integrated: "embeddedPartnership",
  embedded: "embeddedPartnership",
  镶嵌式合作伙伴关系: "embeddedPartnership",
  镶嵌式: "embeddedPartnership",
};

const compact = (text: string): string => text.normalize("NFKC").trim().toLowerCase();

const WORDS: ReadonlyMap<string, RelationshipStage> = new Map([
  ...LANGS.flatMap((lang) =>
    Object.entries(planVocabulary(lang).stage).map(
      ([key, word]) => [compact(word), key as RelationshipStage] as const
    )
  ),
  ...Object.entries(EXTRA_WORDS).map(([word, key]) => [compact(word), key] as const),
]);

/**
 * The relationship stage a ledger's cell names, in English or Chinese, as the plans word it
 * ("partnership", "合作伙伴关系") or as the article and the Cranfield model do ("basic", "integrated");
 * undefined for a blank or any other text.
 */
export function stageOf(text: string | undefined): RelationshipStage | undefined {
  return text === undefined ? undefined : WORDS.get(compact(text));
}
