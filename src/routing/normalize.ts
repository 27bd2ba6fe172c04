/**
 * Words and their matching keys, Swedish and English.
 *
 * Every word is folded first (lower case, no diacritics), so "fragan" and "frågan" are the same word by
 * construction, and a key is computed from the folded word. Swedish keys come from the Snowball Swedish
 * stemmer with one extra step for the definite endings Snowball leaves (-et, -an, -ets: "rådet",
 * "frågan", "mötet", "ortopedin") and for the nominal -ing ("utvärdering" ↔ "utvärderar"); a second Snowball pass
 * keeps the key of "samordningsrådet" equal to the key of "samordningsråd".
 */
import { fold } from "../catalog/text";
import { stemSwedish } from "./swedish-stem";
import { packedMap } from "./packed";

// snowball-stemmers ships no type declarations
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { newStemmer } = require("snowball-stemmers") as { newStemmer(lang: string): { stem(word: string): string } };

export { fold };

const MAP: Record<string, string> = { å: "a", ä: "a", ö: "o", é: "e", è: "e", ü: "u", à: "a", á: "a", æ: "a", ø: "o" };

/** One word folded (lower case, Swedish letters without diacritics). */
export function foldWord(w: string): string {
  const lower = w.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.replace(/[^\x00-\x7f]/g, (c) => MAP[c] ?? c.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

/** A character past U+02FF: below it every character is its own NFC form, with combining class 0 (tests/src/routing/normalize-nfc.test.ts). */
const PAST_LATIN = /[^\u0000-\u02ff]/;

/**
 * `text.normalize("NFC")`, without the call for a text of Latin letters only (nearly every mandate text), which NFC
 * leaves as it is: the call copies the text, and it was about a tenth of the router's build at 10,000 groups.
 */
export function nfc(text: string): string {
  return PAST_LATIN.test(text) ? text.normalize("NFC") : text;
}

/** Folded words of a text: letters and digits, everything else separates ("bild- och" → bild, och). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of nfc(text).split(/[^\p{L}\p{N}]+/u)) if (raw) out.push(foldWord(raw));
  return out;
}

const sv = newStemmer("swedish");
/** The same stem as the library's, several times faster for a–z words (swedish-stem.ts). */
const stemSv = (w: string): string => stemSwedish(w) ?? sv.stem(w);
const en = newStemmer("english");
const KEY_CACHE_MAX = 100_000;
const svCache = new Map<string, string>();
const enCache = new Map<string, string>();

/** Endings Snowball's Swedish stemmer leaves on definite forms and -ing nouns; stripped when a stem of 3+ letters remains. */
const EXTRA_ENDINGS = ["ingarna", "ingens", "ingen", "ingar", "ets", "ing", "et", "an"];

function stripExtra(s: string): string {
  for (const e of EXTRA_ENDINGS) if (s.endsWith(e) && s.length - e.length >= (e.startsWith("ing") ? 4 : 3)) return s.slice(0, -e.length);
  // the definite -n of a word in -i ("ortopedin", "psykiatrin"); applied alike to "medicin" and "medicinen"
  if (s.endsWith("in") && s.length >= 6) return s.slice(0, -1);
  return s;
}

/** Adjective endings before a neuter -t ("gemensamt", "regionalt", "digitalt", "medicinskt", "formellt"). */
const NEUTER_T = ["igt", "iskt", "samt", "alt", "ellt", "ivt"];
/** A stem ending in a double consonant ("gemensamm" of "gemensamma", "formell") is the word with one ("gemensam"). */
const DOUBLES = new Uint8Array(128);
for (const c of "bdfgklmnprstv") DOUBLES[c.charCodeAt(0)] = 1;

/**
 * Forms Snowball keeps apart that are one word: the neuter -t of adjectives and a doubled last consonant (read by
 * letter, not by regular expression: the index build keys some 340,000 words and pieces at 10,000 groups).
 */
function evenOut(stem: string): string {
  let s = stem;
  if (s.length >= 6 && s.charCodeAt(s.length - 1) === 116)
    for (const e of NEUTER_T)
      if (s.endsWith(e)) {
        s = s.slice(0, -1);
        break;
      }
  const n = s.length;
  if (n >= 5 && s.charCodeAt(n - 1) === s.charCodeAt(n - 2) && DOUBLES[s.charCodeAt(n - 1)]) s = s.slice(0, -1);
  return s;
}

/** The Swedish matching key of a folded word. */
export function keySv(folded: string): string {
  let k = svCache.get(folded);
  if (k === undefined) {
    k = keySvUncached(folded);
    if (svCache.size < KEY_CACHE_MAX) svCache.set(folded, k);
  }
  return k;
}

/** Whether the process-wide cache holds the word's key (tests: what a router build leaves there). */
export function keySvCached(folded: string): boolean {
  return svCache.has(folded);
}

/**
 * keySv without the process-wide cache: for a router build, which keeps its own memo of the words and pieces it
 * stems (some 300,000 at 10,000 groups), so they do not fill the cache a question's words are looked up in.
 */
export function keySvUncached(folded: string): string {
  if (folded.length <= 3) return folded;
  const stem = stemSv(folded);
  const once = stripExtra(stem);
  // a genitive -s ends a word, after its definite -et ("husets"), never before it: the s left when -et is gone is
  // the stem's own ("headset", "headseten" → "heads", not the "head" of "heads" and "head"; "dataset", "mindset")
  const twice = once.endsWith("s") && stem.length === once.length + 2 && stem.endsWith("et") ? once : stemSv(once);
  // the second pass never cuts a word down to a fragment ("föreningar" → "foren", not "for") — but the definite plural
  // -ena of a neuter in -e (möte, möten, mötena) is the word's own ending: Snowball leaves "moten", the plain plural's key is "mot"
  const plural = twice.length === 3 && once.length === 5 && (folded.endsWith("ena") || folded.endsWith("enas"));
  return evenOut(twice.length >= 4 || twice === once || plural ? twice : once);
}

/**
 * British and American spellings of one word, written one way before stemming (the glossary's phrases and a question's
 * words alike, so only the key changes): -ize/-yze as -ise/-yse (Snowball cuts "organization" to "organ", but keeps
 * "organis" of "organisation"), -our as -or ("neighbour", "labour", "tumour"), -tre as -ter ("centre"), -ogue as -og
 * ("dialogue"), "programme" as "program", the medical ae/oe as e ("paediatrics", "haematology", "oesophagus", "diarrhoea").
 */
const SPELLINGS: readonly [RegExp, string][] = [
  [/^([a-z]{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/, "$1is$2"],
  [/^([a-z]{2,})yz(e|es|ed|ing|er|ers)$/, "$1ys$2"],
  [/^([a-z]{2,}[^aeiouy])our(s|ed|ing|ite|ites|able|hood|hoods|er|ers|ful|less)?$/, "$1or$2"],
  [/^([a-z]{2,})tre(s|d)?$/, "$1ter$2"],
  [/^([a-z]{2,})ogue(s)?$/, "$1og$2"],
  [/gramme(s)?$/, "gram$1"],
  [/([^aeiou])ae(?=[a-z])/g, "$1e"],
  [/^oe(?=[sd])/, "e"],
  [/rhoea/, "rhea"],
];

function spellingOf(folded: string): string {
  let w = folded;
  for (const [from, to] of SPELLINGS) w = w.replace(from, to);
  return w;
}

/** The English matching key of a folded word (Snowball English, after spellingOf). */
export function keyEn(folded: string): string {
  let k = enCache.get(folded);
  if (k === undefined) {
    k = en.stem(folded.length >= 5 ? spellingOf(folded) : folded);
    if (enCache.size < KEY_CACHE_MAX) enCache.set(folded, k);
  }
  return k;
}

/**
 * Folded words of an English text without the possessive "s" the apostrophe leaves ("the group's chair" is "the group
 * chair", "the councils' coordinator" already is): English writes no word "s", so a phrase reads through a genitive.
 */
export function wordsEn(text: string): string[] {
  return withoutPossessive(words(text));
}

export function withoutPossessive(ws: readonly string[]): string[] {
  return ws.filter((w, i) => w !== "s" || i === 0);
}

/** Swedish keys of a phrase, in order. */
export const keysSv = (phrase: string): string[] => packedMap(words(phrase), keySv);
/** English keys of a phrase, in order. */
export const keysEn = (phrase: string): string[] => packedMap(wordsEn(phrase), keyEn);
