/**
 * "Vem godkänner min semesteransökan?", "Kan någon återställa mitt lösenord?": a question that speaks of a thing as
 * the asker's own. Governance groups own kinds of matters, never one person's case (egna-arenden.yaml says the same
 * for the phrases it lists), so a mandate must cover such a question more clearly than it covers a question about a
 * kind of matter before the router names an owner: a word the question shares with a clause ("godkänner" ~ beslut,
 * "lön" ~ arbetsvillkor) is no evidence that a group owns the asker's own instance of it.
 *
 * General Swedish (and English): the first person singular possessive (min, mitt, mina; my) before a noun. Not the
 * adverb "mitt i/på/under/emellan/för" (in the middle of), nor "min" after a number (minutes), nor a possessive of a
 * group ("mitt råd", "min grupp": a group of the asker's, whose relations and topics the question asks about), nor one
 * of where the asker works or of the asker's question ("min enhet vill …", "min chef undrar …", "min fråga gäller …").
 */
import type { QuestionAnalysis } from "./analyze";
import { endsAsGroupWord } from "./group-words";
import { foldWord, keySv } from "./normalize";
import { packedMap } from "./packed";

const POSSESSIVE = new Set(["min", "mitt", "mina", "my"]);
/** After "mitt" these make it the adverb "in the middle of" (folded). */
const MIDDLE = new Set(["i", "pa", "under", "emellan", "for", "ibland"]);

/**
 * Words for where the asker works and for the asker's question itself: "min enhet vill samordna …", "min chef undrar
 * …", "min fråga gäller …" say who asks and that a question follows, not whose the matter is (keys, so every inflection).
 */
const ASKER = new Set(
  packedMap(["chef", "chefer", "enhet", "avdelning", "klinik", "förvaltning", "verksamhet", "verksamhetsområde", "sjukhus", "region", "kommun", "arbetsplats", "team", "organisation", "fråga", "frågor", "ärende", "fundering", "förslag", "idé"], (w) => keySv(foldWord(w))),
);

/** Definite endings of a Swedish noun (folded): "lönen", "schemat", "barnen", "tiderna". */
const DEFINITE = /(en|et|na|an|n|t)$/;

/**
 * Positions (in words) of a definite noun followed by the asker's possessive: colloquial Swedish puts the possessive
 * after the noun in its definite form ("lönen min", "schemat mitt", "barnen mina"), meaning what "min lön", "mitt
 * schema", "mina barn" mean. Not a group or the asker's workplace ("gruppen min", "chefen min"), nor a possessive
 * that opens a noun phrase of its own ("rapporten min chef skrev": "min chef" is someone, excluded as above).
 */
export function postposedOwn(a: Pick<QuestionAnalysis, "words">): number[] {
  const ws = a.words;
  const at: number[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const noun = ws[i]!;
    const poss = ws[i + 1]!;
    if (poss === "my" || !POSSESSIVE.has(poss) || noun.length < 4 || !DEFINITE.test(noun)) continue;
    if (endsAsGroupWord(noun) || ASKER.has(keySv(noun))) continue;
    const next = ws[i + 2];
    // ("mötet mitt i veckan": the adverb "in the middle of", as before a noun)
    if (poss === "mitt" && next !== undefined && MIDDLE.has(next)) continue;
    if (next !== undefined && (endsAsGroupWord(next) || ASKER.has(keySv(next)))) continue;
    at.push(i);
  }
  return at;
}

/**
 * The keys with a postposed possessive at `i` (postposedOwn) put before its noun, from the possessive on: "lönen min
 * …" is read as "min lön …" (a definite and an indefinite form share their key).
 */
export function preposedKeys(keys: readonly string[], i: number): string[] {
  return [keys[i + 1]!, keys[i]!, ...keys.slice(i + 2)];
}

/**
 * The keys from a possessive on without the weak adjective after it: "min första lön", "mitt nya schema" are "min lön",
 * "mitt schema" (general Swedish: an adjective between a possessive and its noun takes the weak form, in -a or -e).
 * Positions of such possessives, each with its keys read so.
 */
export function withoutAdjective(a: Pick<QuestionAnalysis, "words" | "keys">): string[][] {
  const out: string[][] = [];
  a.words.forEach((w, i) => {
    const adj = a.words[i + 1];
    if (!POSSESSIVE.has(w) || w === "my" || !adj || i + 2 >= a.words.length || adj.length < 3 || !/[ae]$/.test(adj)) return;
    out.push([a.keys[i]!, ...a.keys.slice(i + 2)]);
  });
  return out;
}

/** The question speaks of a thing as the asker's own: a first person singular possessive before a noun, or after its definite form. */
export function speaksOfOwnThing(a: Pick<QuestionAnalysis, "words">): boolean {
  if (postposedOwn(a).length) return true;
  const ws = a.words;
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i]!;
    if (!POSSESSIVE.has(w)) continue;
    const next = ws[i + 1]!;
    if (w === "mitt" && MIDDLE.has(next)) continue;
    if (w === "min" && /^\d/.test(ws[i - 1] ?? "")) continue;
    if (endsAsGroupWord(next) || ASKER.has(keySv(next))) continue;
    return true;
  }
  return false;
}

/** Verbs of being employed somewhere (folded): "jobbar på", "arbetar vid", "är anställd inom". */
const WORKS = new Set(["jobbar", "jobbat", "arbetar", "arbetat", "anstalld", "work", "works", "worked", "employed"]);
const WORKS_AT = new Set(["pa", "vid", "inom", "at", "for"]);

/**
 * The words at `i` name where the asker works ("Jag arbetar på patientnämnden och får in många synpunkter …"): a
 * workplace says who asks, as "min enhet" does above, not that the matter is one person's case.
 */
export function namesWorkplace(a: Pick<QuestionAnalysis, "words">, i: number): boolean {
  return i >= 2 && WORKS_AT.has(a.words[i - 1]!) && WORKS.has(a.words[i - 2]!);
}
