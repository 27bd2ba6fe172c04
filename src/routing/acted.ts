/**
 * A body the question says has already done its act ("PPR har beslutat …, vem ansvarar för genomförandet?"): it sets
 * the scene, it is not what is asked about.
 */
import type { QuestionAnalysis } from "./analyze";
import type { NameHit } from "./names";
import { packedMap } from "./packed";

/** Perfect tense after a body's name ("PPR har beslutat", "PPR har sagt ja", "PPR hade prioriterat"): its act is done. */
const PERFECT = new Set(["har", "hade", "has", "had"]);

/** Preterite of a Swedish verb of the first conjugation ("beslutade", "prioriterade", "godkände" is the second's): -ade, -de after a consonant. */
const PRETERITE = /^\p{L}{3,}(ade|[^aeiouy]de)$/u;

/** Adverbs of the Swedish midfield that leave a perfect tense what it is ("har redan beslutat", "has already approved"). */
const MIDFIELD = new Set(["redan", "nu", "just", "nyss", "aven", "ocksa", "precis", "faktiskt", "antligen", "val", "sedan", "already", "now", "just", "also", "finally"]);

const QUESTION_WORDS = ["vem", "vilken", "vilket", "vilka", "who", "which"];

/**
 * A Swedish action noun, in any of its forms: -ning/-ing (prioritering, bedömning), -tion (rekommendation), -ande/-ende
 * (ställningstagande) and "beslut". Said in a body's genitive it names the result of the body's act ("PPR:s
 * prioriteringar", "nämndens beslut"): the act is done, as with a perfect tense.
 */
const ACTION_NOUN = /^(\p{L}+(ning|ing|tion)(en|ar|arna|er|erna)?|\p{L}+(ande|ende)(t|n|na)?|beslut(et|en|a)?)$/u;

/** The body's last word in the question's words. */
function lastWord(a: QuestionAnalysis, h: NameHit): number {
  return Math.max(h.at, ...packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1));
}

/** The body is the subject of a perfect-tense verb, and a question word follows: it set the scene, it is not asked about. */
export function hasActed(a: QuestionAnalysis, h: NameHit): boolean {
  const last = lastWord(a, h);
  if (resultNounAt(a, h) >= 0) return true;
  // in a subordinate clause a sentence adverb comes before the finite verb ("när PPR väl har prioriterat", "om PPR redan
  // har beslutat"): it may stand between the body and its auxiliary
  let v = last + 1;
  if (MIDFIELD.has(a.words[v] ?? "")) v++;
  // the preterite says the same of a main clause ("PPR beslutade i våras om …", "PPR prioriterade"): the act is done
  if (PRETERITE.test(a.words[v] ?? "")) return a.words.slice(v + 1).some((w) => QUESTION_WORDS.includes(w));
  if (!PERFECT.has(a.words[v] ?? "")) return false;
  // an adverb may stand between the auxiliary and the participle ("PPR har redan prioriterat"); a negation undoes it
  let p = v + 1;
  while (p < v + 3 && MIDFIELD.has(a.words[p] ?? "")) p++;
  if (!/^(\p{L}+)(at|it|tt|t)$/u.test(a.words[p] ?? "")) return false;
  return a.words.slice(p + 1).some((w) => QUESTION_WORDS.includes(w));
}

/**
 * The word position of the action noun a body's genitive owns ("PPR:s prioriteringar", "nämndens beslut"), else -1.
 * The noun says what the body did, not what is asked of anyone else: the caller reads it as part of the body's name
 * ("Vem tar fram PPR:s prioriteringar?" asks of no clause that leaves the rest to another group).
 */
export function resultNounAt(a: QuestionAnalysis, h: NameHit): number {
  const last = lastWord(a, h);
  const w = a.words[last] ?? "";
  const at = a.words[last + 1] === "s" ? last + 2 : /(en|et|na|an)s$/u.test(w) ? last + 1 : -1;
  if (at < 0 || !ACTION_NOUN.test(a.words[at] ?? "")) return -1;
  return verbFollows(a, at) ? at : -1;
}

/** Auxiliaries and modals of Swedish (and English) that make the noun before them the subject of what comes next. */
const FINITE = new Set(["ska", "skall", "maste", "kan", "bor", "blir", "ar", "har", "behover", "will", "must", "should", "is", "are", "has", "have"]);

/**
 * A finite verb after the noun in its sentence — an auxiliary or a passive (-as, -es, -rs: "genomförs", "införas"):
 * the noun is the subject of what happens next ("… att PPR:s prioriteringar genomförs"), a done thing the question
 * builds on. A noun no verb follows is the object asked about ("Vem tar fram PPR:s prioriteringar?"): not done yet.
 */
function verbFollows(a: QuestionAnalysis, at: number): boolean {
  const end = [...a.sentenceStarts].sort((x, y) => x - y).find((s) => s > at) ?? a.words.length;
  return a.words.slice(at + 1, end).some((w) => FINITE.has(w) || (w.length >= 5 && /(a|e|r)s$/u.test(w)));
}

/** Verbs of wanting something done (folded): "vill", "behöver", "önskar". */
const WANT = new Set(["vill", "behover", "onskar", "wants", "needs"]);
/** After a verb of wanting, what makes the body the asker rather than the one who wants a thing done ("vill veta"). */
const ASKS_ITSELF = new Set(["veta", "fraga", "forsta", "kolla", "know", "ask", "understand"]);
/** Words that ask for a party in the sentence that asks. */
const PARTY_WORDS = new Set(["vem", "vilken", "vilka", "who", "which"]);

/**
 * "Ledningsgruppen i Mellansverige vill ha synpunkter … Vem svarar?", "Koncernledningen behöver ett underlag. Vem tar
 * fram det?", "X vill att någon samordnar …, vem gör det?": a body the subject of a verb of wanting, with the question
 * for a party after that verb (in the sentence that asks, not before it), wants a thing done by someone else — it is the
 * one who asks for it (the commissioner, the receiver), not the answer to who does it. Not a body that wants to know
 * ("vill veta"), which is the asker's setting only.
 */
export function wantsDoneByOther(a: QuestionAnalysis, h: NameHit): boolean {
  const last = lastWord(a, h);
  const sentence = a.sentenceOf[last];
  if (sentence === undefined || a.asking < 0 || sentence > a.asking) return false;
  // the verb follows the name, or its place phrase ("Ledningsgruppen i Mellansverige vill …")
  for (let v = last + 1; v <= last + 4 && v < a.words.length && a.sentenceOf[v] === sentence; v++) {
    if (!WANT.has(a.words[v]!)) continue;
    if (ASKS_ITSELF.has(a.words[v + 1] ?? "")) return false;
    // … and the question asks for a party after it (in the sentence that asks, or later in the same one:
    // "X vill att någon samordnar …, vem gör det?")
    return a.words.some((w, i) => i > v && a.sentenceOf[i] === a.asking && PARTY_WORDS.has(w));
  }
  return false;
}
