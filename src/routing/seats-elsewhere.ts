/**
 * Seats in a body the catalog does not hold. "Vem nominerar ledamöter från VGR till det nationella programområdet för
 * bild- och funktionsmedicin?": the seats are the national body's ("ledamöter till X" are X's members), and the group's
 * name only says which of those bodies — filling them is a duty of the group's mandate (004: "Nominera ordförande och
 * ledamöter till nationella programområden"), not who decides the group's own members.
 */
import type { QuestionAnalysis } from "./analyze";
import type { NameHit } from "./names";
import { packedMap } from "./packed";
import { ARTICLES } from "./articles";

/** Words for seats and those who fill them (folded stems). */
const SEATS = ["ledamot", "ledamo", "medlem", "deltagar", "represent", "ordforand", "member", "chair"];
/** Prepositions that tie seats to the body they are in or sent to (folded). */
const INTO = new Set(["till", "i", "to", "in", "on"]);
/** Prepositions that tie a body to its field ("programområdet för …", "arbetsgrupper inom …"), folded. */
const OF_FIELD = new Set(["for", "inom", "of", "within"]);
/** Determiners and the like, which name no body (folded). */
const DETERMINERS = new Set([...ARTICLES, "vart", "varje", "each"]);
/** A word that is itself a group ("rådet", "ledningsgruppen", "forumet"); "område" is a field, not a råd. */
const GROUP_WORD = /(grupp|(?<!om)rad|forum)(en|et|er|erna|s)?$/;
/** How far the preposition may stand from the seat word ("ledamöter från VGR till …"). */
const REACH = 4;

/**
 * Whether the seats the question speaks of belong to another body, named by a noun of its own before the group's name
 * ("till det nationella programområdet för <group>"), so the named group is that body's field, not the seats' group.
 */
export function seatsOfAnotherBody(a: QuestionAnalysis, named: readonly NameHit[]): boolean {
  if (!named.length) return false;
  const groupAt = new Set(named.flatMap((h) => [h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1)]));
  const sameSentence = (i: number, j: number) => a.sentenceOf[i] === a.sentenceOf[j];
  return a.words.some((w, i) => {
    if (!SEATS.some((s) => w.startsWith(s)) || groupAt.has(i)) return false;
    for (let p = i + 1; p <= i + REACH && p < a.words.length && sameSentence(i, p); p++) {
      if (groupAt.has(p)) return false;
      if (!INTO.has(a.words[p]!)) continue;
      // the body: content words after the preposition, up to a preposition of its field that the group's name follows
      let body = false;
      for (let q = p + 1; q < a.words.length && sameSentence(p, q); q++) {
        const x = a.words[q]!;
        if (groupAt.has(q)) return false;
        if (OF_FIELD.has(x)) return body && groupAt.has(q + 1);
        if (!DETERMINERS.has(x)) {
          if (GROUP_WORD.test(x)) return false;
          body = true;
        }
      }
      return false;
    }
    return false;
  });
}
