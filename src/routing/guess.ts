/**
 * A body the question offers as a guess, not as the one it is about. A Swedish cleft yes/no question ("Är det
 * Klinisk ledning som ska hantera …?", "…, är det verksamhetschefsgruppen?"; English "Is it … that …") asks whether
 * the mandates give the matter to the body it names; so does a body offered as one alternative ("ligger det på
 * rådet eller någon annan?"). The question's other words decide, as for any question: the guess earns no bonus as
 * the question's subject, and its name is no part of what a clause covers (crossing.ts `topicShare`).
 */
import type { QuestionAnalysis } from "./analyze";
import type { NameHit } from "./names";

/** The finite verbs of a cleft question before "det"/"it" (folded: "är" is "ar"). */
const CLEFT_VERB = new Set(["ar", "var", "blir", "is", "was"]);
const CLEFT_IT = new Set(["det", "it"]);
/** Words that may stand between "det" and the body ("är det verkligen PPR", "is it the …"). */
const BETWEEN = new Set(["de", "den", "inte", "verkligen", "kanske", "alltsa", "da", "nog", "not", "really", "the"]);
const OR = new Set(["eller", "or"]);

function span(h: NameHit, a: QuestionAnalysis): { first: number; last: number } {
  const ats = h.tokens.map((t) => a.tokens[t]?.at ?? -1).filter((x) => x >= 0);
  return ats.length ? { first: Math.min(h.at, ...ats), last: Math.max(h.at, ...ats) } : { first: h.at, last: h.at };
}

export function offeredAsGuess(h: NameHit, a: QuestionAnalysis): boolean {
  const { first, last } = span(h, a);
  let i = first - 1;
  while (i >= 0 && BETWEEN.has(a.words[i]!)) i--;
  if (CLEFT_IT.has(a.words[i] ?? "") && CLEFT_VERB.has(a.words[i - 1] ?? "")) return true;
  return OR.has(a.words[last + 1] ?? "") || OR.has(a.words[first - 1] ?? "");
}
