/**
 * A body the question offers as a guess, not as the one it is about. A Swedish cleft yes/no question ("Är det
 * Klinisk ledning som ska hantera …?", "…, är det verksamhetschefsgruppen?"; English "Is it … that …") asks whether
 * the mandates give the matter to the body it names; so does a body offered as one alternative ("ligger det på
 * rådet eller någon annan?"). The question's other words decide, as for any question: the guess earns no bonus as
 * the question's subject, and its name is no part of what a clause covers (crossing.ts `topicShare`).
 */
import { PLACE_NOUNS, type QuestionAnalysis } from "./analyze";
import type { NameHit } from "./names";
import { packedMap } from "./packed";

/** The finite verbs of a cleft question before "det"/"it" (folded: "är" is "ar"). */
const CLEFT_VERB = new Set(["ar", "var", "blir", "is", "was"]);
const CLEFT_IT = new Set(["det", "it"]);
/** Words that may stand between "det" and the body ("är det verkligen PPR", "is it the …"). */
const BETWEEN = new Set(["de", "den", "inte", "verkligen", "kanske", "alltsa", "da", "nog", "not", "really", "the"]);
const OR = new Set(["eller", "or"]);
/**
 * Quantifiers before a noun ("varje verksamhetschefsgrupp", "alla samordningsråd", "every group"): the noun phrase
 * speaks of all the groups of a kind, not of one body; a guess at who answers names one body.
 */
const QUANTIFIERS = new Set(["varje", "alla", "samtliga", "every", "each", "all"]);

function span(h: NameHit, a: QuestionAnalysis): { first: number; last: number } {
  const ats = packedMap(h.tokens, (t) => a.tokens[t]?.at ?? -1).filter((x) => x >= 0);
  return ats.length ? { first: Math.min(h.at, ...ats), last: Math.max(h.at, ...ats) } : { first: h.at, last: h.at };
}

/**
 * A Swedish genitive right before the name is the name's own determiner, part of the noun phrase offered: "är det
 * länets samverkansgrupp", "är det VGR:s råd" (a genitive ends in -s; "länets", "regionens", "vgr:s").
 */
function genitiveBefore(first: number, a: QuestionAnalysis): number {
  const w = a.words[first - 1] ?? "";
  // "VGR:s" is read as two words, "vgr" and "s"
  if (w === "s" && first >= 2) return first - 2;
  return w.length >= 4 && w.endsWith("s") && !BETWEEN.has(w) && !CLEFT_IT.has(w) && !CLEFT_VERB.has(w) && !OR.has(w) ? first - 1 : -1;
}

/**
 * A body alone after a dash at the end of the question that asks ("Vem ansvarar för … – verksamhetschefsgrupperna?"):
 * an elliptic "är det verksamhetschefsgrupperna?", the asker's guess at the answer to the question before the dash.
 */
function appendedAfterDash(first: number, last: number, a: QuestionAnalysis): boolean {
  const sentence = a.sentenceOf[last];
  if (sentence === undefined || sentence !== a.asking) return false;
  if (inOfferedList(first, a)) return true;
  let i = first;
  while (i > 0 && !a.afterDash.has(i) && BETWEEN.has(a.words[i - 1]!)) i--;
  if (!a.afterDash.has(i) || a.sentenceStarts.has(i)) return false;
  let j = last + 1;
  while (j < a.words.length && a.sentenceOf[j] === sentence && BETWEEN.has(a.words[j]!)) j++;
  return j >= a.words.length || a.sentenceOf[j] !== sentence;
}

/**
 * "Vem utser ordföranden i VCG – ledningsgruppen eller samverkansnämnden?", "… till: (a) regiondirektören, (b) …
 * eller (c) Koncernkontoret?": the rest of the asking sentence after a dash (a colon reads as one) lists alternatives
 * joined by "eller", or set off one by one ("1) … 2) …") — the answers offered, each a guess.
 */
function inOfferedList(first: number, a: QuestionAnalysis): boolean {
  const d = offeredListStart(a);
  return d >= 0 && first >= d;
}

/** offeredListStart's answer per question: asked once per name hit and once by the organisation step. */
const listStarts = new WeakMap<QuestionAnalysis, number>();

/** Where the asking sentence's list of offered answers begins (see inOfferedList), or -1. */
export function offeredListStart(a: QuestionAnalysis): number {
  let d = listStarts.get(a);
  if (d === undefined) listStarts.set(a, (d = findListStart(a)));
  return d;
}

function findListStart(a: QuestionAnalysis): number {
  if (a.asking < 0) return -1;
  const ats = packedMap(a.words, (_, i) => i).filter((i) => a.sentenceOf[i] === a.asking);
  for (const d of ats) {
    if (!a.afterDash.has(d) || a.sentenceStarts.has(d)) continue;
    if (ats.some((i) => i >= d && OR.has(a.words[i]!))) return d;
    // … or each set off on its own ("1) kansliet 2) ledningsgruppen", analyze.ts LIST_MARKER): two parts or more
    if (ats.filter((i) => i >= d && a.afterDash.has(i) && !a.sentenceStarts.has(i)).length >= 2) return d;
  }
  return -1;
}

/**
 * A body in the genitive owns the noun after it ("koncernkontorets koordinator", "VGR:s råd"): the noun phrase ends on
 * that noun, and the whole phrase is what is offered. The noun's position, or -1.
 */
function ownedNoun(last: number, a: QuestionAnalysis): number {
  // the words drop a genitive -s the token keeps ("koncernkontorets" is read "koncernkontoret")
  const w = a.tokens.find((t) => t.at === last)?.word ?? a.words[last] ?? "";
  const at = a.words[last + 1] === "s" ? last + 2 : /(en|et|na|an)s$/u.test(w) ? last + 1 : -1;
  const noun = a.words[at] ?? "";
  if (at < 0 || a.sentenceOf[at] !== a.sentenceOf[last] || a.sentenceStarts.has(at)) return -1;
  return noun.length >= 3 && !BETWEEN.has(noun) && !OR.has(noun) && !CLEFT_IT.has(noun) && a.tokens.some((t) => t.at === at) ? at : -1;
}

/** A body alone after a dash or the last comma at the end of the asking sentence ("Vem utser ordföranden, koncernledningen?"). */
export function appendedAsGuess(h: NameHit, a: QuestionAnalysis): boolean {
  const { first, last: nameLast } = span(h, a);
  const owned = ownedNoun(nameLast, a);
  const gen = genitiveBefore(first, a);
  return appendedAfterDash(gen >= 0 ? gen : first, owned >= 0 ? owned : nameLast, a);
}

/** The finite verbs a Swedish yes/no question opens with, and English auxiliaries (folded: "får" is "far", "bör" "bor"). */
const YES_NO_OPENERS = new Set(["ska", "skall", "kan", "far", "maste", "bor", "ar", "har", "should", "can", "may", "must", "is", "does", "do"]);
/** Words that offer some other body than the one named (folded): "eller ligger det på en annan nivå", "or someone else". */
const SOMEONE_ELSE = new Set(["annan", "annat", "annanstans", "else", "elsewhere", "another"]);
/** How far after "eller" the other body may be offered ("eller ligger det på en annan nivå"). */
const ELSE_WITHIN = 6;

/**
 * "Ska en verksamhetschefsgrupp själv ansvara för samverkan med kommunerna, eller ligger det på en annan nivå?": a
 * yes/no question whose subject is the body named right after its opening verb, set against "någon annan" after an
 * "eller", asks who owns the matter — the named body is one answer offered (the general either-or question).
 */
function setAgainstSomeoneElse(first: number, a: QuestionAnalysis): boolean {
  const s = a.sentenceOf[first];
  if (s === undefined || s !== a.asking) return false;
  let i = first - 1;
  while (i >= 0 && a.sentenceOf[i] === s && (BETWEEN.has(a.words[i]!) || a.words[i] === "en" || a.words[i] === "ett" || a.words[i] === "a")) i--;
  if (i < 0 || a.sentenceOf[i] !== s || (i > 0 && a.sentenceOf[i - 1] === s) || !YES_NO_OPENERS.has(a.words[i]!)) return false;
  const or = a.words.findIndex((w, k) => k > first && a.sentenceOf[k] === s && OR.has(w));
  return or > 0 && a.words.slice(or + 1, or + 1 + ELSE_WITHIN).some((w, k) => SOMEONE_ELSE.has(w) && a.sentenceOf[or + 1 + k] === s);
}

export function offeredAsGuess(h: NameHit, a: QuestionAnalysis): boolean {
  const { first, last: nameLast } = span(h, a);
  if (setAgainstSomeoneElse(first, a)) return true;
  // "… ha med någon i varje verksamhetschefsgrupp, eller bara i vissa?": the alternative is how many of the kind's
  // groups, not another body
  if (QUANTIFIERS.has(a.words[first - 1] ?? "")) return false;
  const gen = genitiveBefore(first, a);
  let i = (gen >= 0 ? gen : first) - 1;
  while (i >= 0 && BETWEEN.has(a.words[i]!)) i--;
  if (CLEFT_IT.has(a.words[i] ?? "") && CLEFT_VERB.has(a.words[i - 1] ?? "")) return true;
  if (appendedAsGuess(h, a)) return true;
  // (an "eller" after the noun the body owns ends the phrase the body is part of, "… i samverkansnämndens organisation,
  // eller …": the alternative offered is that phrase's subject, not the body)
  return OR.has(a.words[nameLast + 1] ?? "") || OR.has(a.words[(gen >= 0 ? gen : first) - 1] ?? "");
}

/**
 * The tokens of a body offered as a guess: its name's, and a genitive of place before it ("länets samverkansgrupp":
 * whose county, as "i länet" says where, not what; analyze.ts PLACE_NOUNS). A genitive of a care area
 * ("neurologins samordningsråd") says which group, and stays.
 */
export function guessTokens(h: NameHit, a: QuestionAnalysis): number[] {
  const { first, last } = span(h, a);
  const gen = genitiveBefore(first, a);
  const extra = gen < 0 ? [] : a.tokens.flatMap((t, i) => (t.at >= gen && t.at < first && PLACE_NOUNS.has(t.key) ? [i] : []));
  // the noun the body's genitive owns is part of the guess ("– koncernkontorets koordinator?")
  const owned = ownedNoun(last, a);
  const noun = owned < 0 ? [] : a.tokens.flatMap((t, i) => (t.at === owned ? [i] : []));
  return [...h.tokens, ...extra, ...noun];
}
