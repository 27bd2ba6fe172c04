/**
 * Articles (folded), Swedish and English: a word of them names nothing, so a reading that looks for the noun after a verb
 * or a preposition steps over them. One set for the relation steps that read so (relation-asked.ts, relation-answer.ts,
 * relations.ts, own-minutes.ts, seats-elsewhere.ts), kept apart so none of them imports another for it.
 */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "den", "det", "de", "en", "ett", "a", "an"]);
