/**
 * Pronouns a question uses to point back to something said before it ("… driva det?", "remissinstans åt den?", "Vart
 * ska den?"), folded, Swedish and English: one list for every step that reads a question so (crossing.ts `pointsBack`,
 * relations.ts). "så(da)nt" is folded "sant"/"sadant". (A mandate sentence that opens with a pronoun continues the one
 * before it: relations.ts `PRONOUN_START`, which also takes the subject forms "de", "han", "hon".)
 */
export const POINTING_BACK: ReadonlySet<string> = new Set(["den", "det", "dem", "denna", "detta", "dessa", "sant", "sadant", "it", "this", "that", "them", "these"]);
