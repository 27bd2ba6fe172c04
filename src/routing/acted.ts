/**
 * A body the question says has already done its act ("PPR har beslutat …, vem ansvarar för genomförandet?"): it sets
 * the scene, it is not what is asked about.
 */
import type { QuestionAnalysis } from "./analyze";
import type { NameHit } from "./names";
import { packedMap } from "./packed";

/** Perfect tense after a body's name ("PPR har beslutat", "PPR har sagt ja", "PPR hade prioriterat"): its act is done. */
const PERFECT = new Set(["har", "hade", "has", "had"]);

/** Adverbs of the Swedish midfield that leave a perfect tense what it is ("har redan beslutat", "has already approved"). */
const MIDFIELD = new Set(["redan", "nu", "just", "nyss", "aven", "ocksa", "precis", "faktiskt", "antligen", "already", "now", "just", "also", "finally"]);

/** The body is the subject of a perfect-tense verb, and a question word follows: it set the scene, it is not asked about. */
export function hasActed(a: QuestionAnalysis, h: NameHit): boolean {
  const last = Math.max(h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1));
  if (!PERFECT.has(a.words[last + 1] ?? "")) return false;
  // an adverb may stand between the auxiliary and the participle ("PPR har redan prioriterat"); a negation undoes it
  let p = last + 2;
  while (p < last + 4 && MIDFIELD.has(a.words[p] ?? "")) p++;
  if (!/^(\p{L}+)(at|it|tt|t)$/u.test(a.words[p] ?? "")) return false;
  return a.words.slice(p + 1).some((w) => ["vem", "vilken", "vilka", "who", "which"].includes(w));
}
