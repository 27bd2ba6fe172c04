/**
 * Is this a Swedish word? The word list of dictionary-sv (Hunspell's index.dic, LGPL) read into a
 * 512 KB Bloom filter of folded base forms, once per process, on first use.
 *
 * Why not nspell: with dictionary-sv, nspell takes ~3 s and ~105 MB of heap to load and answers a
 * suggestion in 17–180 ms; its compound rule (COMPOUNDMIN 1) also accepts almost any string. The router
 * needs only "is this a real word" (so a real word is never "corrected" into a catalog word: bil ≠ bild)
 * and "are these the parts of a compound"; spelling is corrected against the catalog's own vocabulary
 * (vocabulary.ts). Inflected forms are checked by removing a Swedish inflection ending (äger → äga).
 * A Bloom filter answers "maybe" for about 1 word in 4,000 that is not there; such a word is then not
 * corrected, which costs a little recall and never a wrong correction.
 */
import * as fs from "node:fs";
import { cached, cacheKey, type BuildCacheOptions, type Codec } from "./build-cache";
import { codeStamp } from "../runtime/code-stamp";

const BITS = 1 << 22; // 4 Mbit = 512 KB, ~150,000 words: false positives ≈ 0.03% with 4 hashes
const HASHES = 4;

export interface SwedishDictionary {
  /** A word, an inflected form of one, or a compound of two. */
  has(folded: string): boolean;
  /** A word or an inflected form of one (no compounds): for the parts of a compound. */
  hasSimple(folded: string): boolean;
  readonly words: number;
  readonly loadMs: number;
}

/** Folding of the letters a dictionary word can hold (as foldWord, without allocating). */
const FOLD: Record<number, number> = { 0xe5: 97, 0xe4: 97, 0xe0: 97, 0xe1: 97, 0xe2: 97, 0xe6: 97, 0xf6: 111, 0xf8: 111, 0xf3: 111, 0xf4: 111, 0xe9: 101, 0xe8: 101, 0xea: 101, 0xfc: 117, 0xfa: 117, 0xed: 105 };

/** Bloom positions of text[from, to), folded on the way (one pass, no substring). */
function hashRange(text: string, from: number, to: number, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = FOLD[c] ?? c;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 |= 1;
  for (let k = 0; k < HASHES; k++) out[k] = ((h1 + Math.imul(k, h2)) >>> 0) % BITS;
}

class Bloom {
  constructor(readonly bits: Uint32Array = new Uint32Array(BITS / 32)) {}
  private readonly tmp = new Uint32Array(HASHES);
  addRange(text: string, from: number, to: number): void {
    hashRange(text, from, to, this.tmp);
    for (const b of this.tmp) this.bits[b >>> 5]! |= 1 << (b & 31);
  }
  has(s: string): boolean {
    hashRange(s, 0, s.length, this.tmp);
    for (const b of this.tmp) if (!(this.bits[b >>> 5]! & (1 << (b & 31)))) return false;
    return true;
  }
}

/** Endings of Swedish inflected forms, longest first; the base may end in -a or -e (äger → äga, mötet → möte). */
const ENDINGS = ["arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ades", "ens", "ets", "ans", "ade", "are", "aste", "ast", "ar", "er", "or", "en", "et", "an", "na", "de", "te", "at", "ad", "a", "e", "n", "t", "s", "r"];

/**
 * A stem in -d makes its neuter and supine in -tt: utredd/utreda → utrett, bred → brett, leda → lett (a general fact
 * of Swedish). The word list has the base forms only, so "utrett" is read through them — else it is no word and is
 * "corrected" to a catalog word one edit away ("utsett", a word of appointing).
 */
function dStemNeuter(w: string, bloom: { has(s: string): boolean }): boolean {
  if (w.length < 4 || !w.endsWith("tt")) return false;
  const base = w.slice(0, -2);
  return bloom.has(`${base}d`) || bloom.has(`${base}da`) || bloom.has(`${base}dd`);
}

/** The Bloom filter of a .dic word list, and how many words went in. */
interface DictionaryBits {
  readonly bits: Uint32Array;
  readonly words: number;
}

function bitsFromText(dic: string): DictionaryBits {
  const bloom = new Bloom();
  let n = 0;
  let start = dic.indexOf("\n") + 1; // the first line is the word count
  while (start > 0 && start < dic.length) {
    let end = dic.indexOf("\n", start);
    if (end < 0) end = dic.length;
    let stop = dic.indexOf("/", start);
    if (stop < 0 || stop > end) stop = end;
    const c = dic.charCodeAt(start);
    // proper names (capitalised) are not words a question's topic is made of
    if (stop - start >= 2 && !(c >= 65 && c <= 90) && c !== 0xc5 && c !== 0xc4 && c !== 0xd6) {
      bloom.addRange(dic, start, stop);
      n++;
    }
    start = end + 1;
  }
  return { bits: bloom.bits, words: n };
}

export function dictionaryFromText(dic: string, loadStart = Date.now()): SwedishDictionary {
  return dictionaryFromBits(bitsFromText(dic), loadStart);
}

function dictionaryFromBits(d: DictionaryBits, loadStart: number): SwedishDictionary {
  const bloom = new Bloom(d.bits);
  const loadMs = Date.now() - loadStart;
  const known = (w: string): boolean => {
    if (w.length < 2) return false;
    if (bloom.has(w)) return true;
    for (const e of ENDINGS) {
      if (!w.endsWith(e) || w.length - e.length < 2) continue;
      const base = w.slice(0, -e.length);
      if (bloom.has(base) || bloom.has(`${base}a`) || bloom.has(`${base}e`)) return true;
    }
    return dStemNeuter(w, bloom);
  };
  return {
    words: d.words,
    loadMs,
    // a compound of two known words (with a linking -s-) is a word too: parkerings|böter
    has: (w) => known(w) || compoundOfKnown(w, known),
    hasSimple: known,
  };
}

/** The filter as a cache payload: the word count, then the bits (little-endian, as this machine's and Azure's). */
const BITS_CODEC: Codec<DictionaryBits> = {
  encode: (d) => {
    const out = Buffer.alloc(4 + d.bits.byteLength);
    out.writeUInt32LE(d.words, 0);
    Buffer.from(d.bits.buffer, d.bits.byteOffset, d.bits.byteLength).copy(out, 4);
    return out;
  },
  decode: (b) => {
    if (b.length !== 4 + BITS / 8) throw new Error(`${b.length} bytes, not ${4 + BITS / 8}`);
    const bits = new Uint32Array(BITS / 32);
    Buffer.from(bits.buffer).set(b.subarray(4));
    return { words: b.readUInt32LE(0), bits };
  },
};

function compoundOfKnown(w: string, known: (w: string) => boolean): boolean {
  if (w.length < 6) return false;
  for (let i = w.length - 3; i >= 3; i--) {
    const tail = w.slice(i);
    if (!known(tail)) continue;
    const head = w.slice(0, i);
    if (known(head) || (head.endsWith("s") && head.length > 3 && known(head.slice(0, -1)))) return true;
  }
  return false;
}

let loaded: SwedishDictionary | null | undefined;

/** The dictionary, loaded on first use; null when dictionary-sv cannot be read (then nothing counts as a known word). */
export function swedishDictionary(): SwedishDictionary | null {
  if (loaded === undefined) loaded = loadSwedishDictionary();
  return loaded;
}

/** dictionary-sv's word list as a filter, through the build cache (`cache`: the process's when not given); null when unreadable. */
export function loadSwedishDictionary(cache?: BuildCacheOptions): SwedishDictionary | null {
  const t0 = Date.now();
  let file: string;
  let stat: fs.Stats;
  try {
    file = require.resolve("dictionary-sv/index.dic");
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  // the filter is kept in the build cache (build-cache.ts): ~100 ms less on a restart. The word list is known by its
  // path, size and time (an installed package is not edited in place); this code by codeStamp (runtime/code-stamp.ts).
  const key = () => cacheKey([codeStamp(__filename), file, String(stat.size), String(stat.mtimeMs)]);
  let bits: DictionaryBits;
  try {
    bits = cached("swedish-dictionary", key, () => bitsFromText(fs.readFileSync(file, "utf8")), BITS_CODEC, cache);
  } catch {
    return null;
  }
  return dictionaryFromBits(bits, t0);
}
