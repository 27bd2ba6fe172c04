/**
 * A question that asks for a fact of the world — a time, a price, an amount, a waiting time now ("När är lunchen …?",
 * "Vad kostar det att hyra …?", "Hur lång är väntetiden just nu …?") — asks nobody to own anything: a mandate gives a
 * group kinds of matters to take care of, never the answer to "when" or "how much". Such a question is answered
 * "none" even when one of its words is a mandate's word. Facts of a group ("Hur ofta träffas samordningsrådet?",
 * "Hur länge gäller uppdraget för ett samordningsråd?") are the group's: a question that speaks of a group in any
 * way, or that also asks who/which/where, is left to the router.
 *
 * General Swedish (and English): the interrogatives that ask for a time, a quantity or a price, against those that
 * ask for a party (vem, vilken, vart …).
 */
import { endsAsGroupWord, ownMeetings, THE_MEETINGS } from "./group-words";

/** Words that open a question for a time or a quantity (folded), and what may follow "hur"/"how" to make one. */
const FACT_OPENERS = new Set(["nar", "when"]);
const HOW = new Set(["hur", "how"]);
const QUANTITY = new Set(["lange", "lang", "langt", "mycket", "manga", "ofta", "dags", "long", "much", "many", "often", "far"]);
const WHAT = new Set(["vad", "what"]);
const PRICE = new Set(["kostar", "kostade", "kosta", "cost", "costs", "kostnaden", "priset", "price"]);

/**
 * "När är lunchen?" puts the finite verb right after "när"; "När vi inför …, måste …?" is a subordinate clause (its
 * subject comes first) framing another question. Words that show a subject or an article there (folded), and the
 * English auxiliaries a direct "when"-question goes on with.
 */
const SUBJECT_AFTER_WHEN = new Set(["vi", "jag", "du", "ni", "de", "dom", "man", "han", "hon", "hen", "den", "det", "detta", "denna", "dessa", "en", "ett", "min", "mitt", "mina", "var", "vart", "vara", "er", "ert", "era", "nagon", "nagot", "alla"]);
const AUX_AFTER_WHEN = new Set(["is", "are", "was", "were", "does", "do", "did", "will", "can", "should", "must", "would", "could"]);

/** Interrogatives that ask for a party or a place to turn to: the question may well be about an owner. */
const PARTY = new Set(["vem", "vems", "vilken", "vilket", "vilka", "vart", "var", "who", "whom", "whose", "which", "where"]);


/**
 * True when the question (folded words, sentence starts) asks for a fact of the world: it opens a sentence with
 * "när"/"hur länge"/"hur mycket"/"vad kostar" (or the English), asks for no party anywhere, and speaks of no group.
 */
export function asksForWorldFact(words: readonly string[], sentenceStarts: ReadonlySet<number>): boolean {
  // … nor of a group's meetings, by the definite form ("Hur ofta är mötena i Västmanland?": the meetings a mandate sets)
  // or a possessive ("Hur ofta har de sina möten?")
  if (words.some((w, i) => PARTY.has(w) || endsAsGroupWord(w) || THE_MEETINGS.has(w) || ownMeetings(words, i))) return false;
  for (const i of sentenceStarts) {
    const w = words[i] ?? "";
    const next = words[i + 1] ?? "";
    if (FACT_OPENERS.has(w) && (w === "when" ? AUX_AFTER_WHEN.has(next) : !!next && !SUBJECT_AFTER_WHEN.has(next))) return true;
    if (HOW.has(w) && QUANTITY.has(next)) return true;
    if (WHAT.has(w) && (PRICE.has(next) || (next === "does" && words.slice(i + 2, i + 6).some((x) => PRICE.has(x))))) return true;
  }
  return false;
}

/** The words before a post's title in "vem är (min/vår) (närmaste) chef …" (folded). */
const WHO_IS = ["vem", "ar"];
const BEFORE_TITLE = new Set(["min", "var", "vart", "vara", "er", "ert", "narmaste"]);

/**
 * "Vem är chef för akutmottagningen?", "Vem är verksamhetschef på röntgen i Borås?", "Vem är min chef?": who holds a
 * post in the line organisation is a fact of that unit (its staff list), not a matter any mandate gives a group — the
 * mandates name groups and the roles that appoint or receive, never who heads a unit. A title ending in "chef" right
 * after "vem är" (with a possessive or "närmaste" between), and no group spoken of anywhere (the caller checks that
 * none is named; "Vem är chef för bildrådet?" asks who leads a group).
 */
export function asksWhoHoldsPost(words: readonly string[]): boolean {
  if (words.some((w) => endsAsGroupWord(w))) return false;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] !== WHO_IS[0] || words[i + 1] !== WHO_IS[1]) continue;
    let j = i + 2;
    while (j < words.length && BEFORE_TITLE.has(words[j]!)) j++;
    if (/chef(en)?$/.test(words[j] ?? "")) return true;
  }
  return false;
}
