/**
 * A boundary clause may say two things in two sentences: 000's "Gruppens tar självständigt kontakt med grupper inom
 * samverkansnämndens organisation och andra samarbetspartners. Formella uppdrag kan endast ges av ledningsgruppen."
 * keeps contacts with the group and sends formal assignments to the Ledningsgrupp. Only the sentence that names the
 * body sends anything to it; a question whose words the other sentence says is about what the group does itself.
 */
import { sentences } from "./actors";
import type { QuestionAnalysis } from "./analyze";
import type { DecideContext } from "./decide";
import { memo } from "./memo";
import { keySv, words } from "./normalize";
import { packedMap } from "./packed";

/** A clause's sentences with the keys of their words: a function of the text alone, read again whenever the clause leads. */
export const sentenceKeys = memo((text: string) => packedMap(sentences(text), (s) => ({ s, keys: packedMap(words(s), keySv) })));

/**
 * The question's words (not the names it says: they say who, not what) are said more by a sentence of the clause that
 * does not name `targetId` than by every sentence that does: the clause's sending part is not what is asked.
 */
export function asksOwnSentence(text: string, targetId: string, organizationId: string, a: QuestionAnalysis, ctx: DecideContext, nameTokens: ReadonlySet<number>): boolean {
  const list = sentenceKeys(text);
  if (list.length < 2) return false;
  const asked = new Set(a.tokens.flatMap((t, i) => (nameTokens.has(i) ? [] : [t.key])));
  let sending = 0;
  let own = 0;
  for (const { s, keys } of list) {
    const n = new Set(keys.filter((k) => asked.has(k))).size;
    if (ctx.actors.bodiesIn(s, organizationId).some((b) => b.id === targetId)) sending = Math.max(sending, n);
    else own = Math.max(own, n);
  }
  return own > sending;
}
