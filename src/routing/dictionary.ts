/**
 * Is this a Swedish word? The word list of dictionary-sv (Hunspell's index.dic, LGPL) with every inflected form its
 * affix file (index.aff) makes of each entry (affixes.ts: ~800,000 forms), read into a Bloom filter of folded forms
 * (~4 MB), once per process, on first use.
 *
 * Why not nspell: with dictionary-sv, nspell takes ~3 s and ~105 MB of heap to load and answers a
 * suggestion in 17–180 ms; its compound rule (COMPOUNDMIN 1) also accepts almost any string. The router
 * needs only "is this a real word" (so a real word is never "corrected" into a catalog word: bil ≠ bild)
 * and "are these the parts of a compound"; spelling is corrected against the catalog's own vocabulary
 * (vocabulary.ts). A form the affix rules do not make is also checked by removing a Swedish inflection ending.
 * A Bloom filter answers "maybe" for about 1 word in 500,000 that is not there; such a word is then not
 * corrected, which costs a little recall and never a wrong correction.
 */
import * as fs from "node:fs";
import { affixesStamp, forEachForm, parseAffixes, splitFlags } from "./affixes";
import { cached, cacheKey, type BuildCacheOptions, type Codec } from "./build-cache";
import { codeStamp } from "../runtime/code-stamp";

/**
 * Bits per word form and hashes: false positives ≈ (1 − e^(−10/32))^10 ≈ 0.0002%, ~4 MB for dictionary-sv's forms. A
 * compound is split by asking for many of its substrings, each with a few endings taken off: at 0.03% a long typo
 * often had a "part" that is no word.
 */
const BITS_PER_WORD = 32;
const HASHES = 10;

export interface SwedishDictionary {
  /** A word, an inflected form of one, or a compound of two. */
  has(folded: string): boolean;
  /** A word or an inflected form of one (no compounds). */
  hasSimple(folded: string): boolean;
  /** A part of a compound: a word as the list writes it, or with an inflection ending (a heuristic: stems pass). */
  hasPart(folded: string): boolean;
  /** An entry of the word list as it writes it (a base form: "fastställa", not "fastställde"). */
  hasEntry(folded: string): boolean;
  readonly words: number;
  readonly loadMs: number;
}

/** Folding of the letters a dictionary word can hold (as foldWord, without allocating). */
const FOLD: Record<number, number> = { 0xe5: 97, 0xe4: 97, 0xe0: 97, 0xe1: 97, 0xe2: 97, 0xe6: 97, 0xf6: 111, 0xf8: 111, 0xf3: 111, 0xf4: 111, 0xe9: 101, 0xe8: 101, 0xea: 101, 0xfc: 117, 0xfa: 117, 0xed: 105 };

/** The two hashes of text[from, to), folded on the way (one pass, no substring); a word's positions are h1 + k·h2. */
const pair = new Uint32Array(2);
function hashRange(text: string, from: number, to: number, seed = 0): void {
  let h1 = 0x811c9dc5 ^ seed;
  let h2 = 0x9747b28c ^ seed;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = FOLD[c] ?? c;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  pair[0] = h1;
  pair[1] = h2 | 1;
}

class Bloom {
  readonly size: number;
  constructor(readonly bits: Uint32Array) {
    this.size = bits.length * 32;
  }
  /** A filter of `words` words. */
  static sized(words: number): Bloom {
    return new Bloom(new Uint32Array(Math.max(64, Math.ceil((words * BITS_PER_WORD) / 32))));
  }
  addHashes(h1: number, h2: number): void {
    for (let k = 0; k < HASHES; k++) {
      const b = ((h1 + Math.imul(k, h2)) >>> 0) % this.size;
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }
  has(s: string, seed = 0): boolean {
    hashRange(s, 0, s.length, seed);
    const h1 = pair[0]!;
    const h2 = pair[1]!;
    for (let k = 0; k < HASHES; k++) {
      const b = ((h1 + Math.imul(k, h2)) >>> 0) % this.size;
      if (!(this.bits[b >>> 5]! & (1 << (b & 31)))) return false;
    }
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
  /** The inflected forms are in the filter (read with the affix file). */
  readonly inflected: boolean;
}

/** The seed of a base form's hashes: the filter holds the base forms (an entry as the word list writes it) apart from the forms. */
const BASE = 0x2545f491;

/** Proper names (capitalised) are not parts a question's topic is made of. */
function capitalised(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
}

/**
 * The filter of a .dic word list: its entries as written (base forms, for the parts of a compound), and with its .aff
 * file every form of every entry that stands as a word (affixes.ts: the true inflected forms, known misspellings and
 * compound-only forms left out).
 */
function bitsFromText(dic: string, aff?: string): DictionaryBits {
  const affixes = aff === undefined ? undefined : parseAffixes(aff);
  // the hashes first, the filter then, sized for how many forms there are (the build's only pass over the forms)
  let hashes = new Uint32Array(1 << 16);
  let n = 0;
  const push = (h1: number, h2: number) => {
    if (2 * n + 2 > hashes.length) {
      const grown = new Uint32Array(hashes.length * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[2 * n] = h1;
    hashes[2 * n + 1] = h2;
    n++;
  };
  const addForm = (form: string) => {
    if (form.length < 2) return;
    hashRange(form, 0, form.length);
    push(pair[0]!, pair[1]!);
  };
  let start = dic.indexOf("\n") + 1; // the first line is the word count
  while (start > 0 && start < dic.length) {
    let end = dic.indexOf("\n", start);
    if (end < 0) end = dic.length;
    if (dic.charCodeAt(end - 1) === 13) end--;
    let stop = dic.indexOf("/", start);
    if (stop < 0 || stop > end) stop = end;
    const name = capitalised(dic, start);
    if (stop - start >= 2 && !name) {
      hashRange(dic, start, stop, BASE);
      push(pair[0]!, pair[1]!);
    }
    // a name is a word all the same, which a question writes in lower case ("sala", "skövde") and no typo of a catalog word
    if (stop - start >= 2 && affixes) {
      forEachForm(dic.slice(start, stop), splitFlags(dic.slice(Math.min(stop + 1, end), end), affixes.flagMode), affixes, addForm);
    }
    start = dic.indexOf("\n", end) + 1;
  }
  const bloom = Bloom.sized(n);
  for (let i = 0; i < n; i++) bloom.addHashes(hashes[2 * i]!, hashes[2 * i + 1]!);
  return { bits: bloom.bits, words: n, inflected: affixes !== undefined };
}

/** A filter of a .dic word list (and its .aff file's inflected forms, when given). */
export function dictionaryFromText(dic: string, aff?: string, loadStart = Date.now()): SwedishDictionary {
  return dictionaryFromBits(bitsFromText(dic, aff), loadStart);
}

function dictionaryFromBits(d: DictionaryBits, loadStart: number): SwedishDictionary {
  const bloom = new Bloom(d.bits);
  const loadMs = Date.now() - loadStart;
  const base = { has: (w: string) => bloom.has(w, BASE) };
  // a part of a compound: an entry, or a word that is one with an inflection ending taken off (a compound's parts are
  // read as before the affix file's forms were known: its first parts are stems, which the forms do not hold)
  const part = (w: string): boolean => {
    if (w.length < 2) return false;
    if (base.has(w)) return true;
    for (const e of ENDINGS) {
      if (!w.endsWith(e) || w.length - e.length < 2) continue;
      const stem = w.slice(0, -e.length);
      if (base.has(stem) || base.has(`${stem}a`) || base.has(`${stem}e`)) return true;
    }
    return dStemNeuter(w, base);
  };
  // a word: one of the affix file's forms, which are the true ones (an ending taken off a typo finds another form:
  // "beslutr" is no word, though "beslut" is); without the affix file, as a part
  const word = d.inflected ? (w: string) => w.length >= 2 && bloom.has(w) : part;
  return {
    words: d.words,
    loadMs,
    // a compound of two known words (with a linking -s-) is a word too: parkerings|böter
    has: (w) => word(w) || compoundOfKnown(w, part),
    hasSimple: word,
    hasPart: part,
    hasEntry: base.has,
  };
}

/** The filter as a cache payload: the word count, whether inflected, the filter's length in 32-bit words, then the bits (little-endian, as this machine's and Azure's). */
const BITS_CODEC: Codec<DictionaryBits> = {
  encode: (d) => {
    const out = Buffer.alloc(12 + d.bits.byteLength);
    out.writeUInt32LE(d.words, 0);
    out.writeUInt32LE(d.inflected ? 1 : 0, 4);
    out.writeUInt32LE(d.bits.length, 8);
    Buffer.from(d.bits.buffer, d.bits.byteOffset, d.bits.byteLength).copy(out, 12);
    return out;
  },
  decode: (b) => {
    const length = b.length >= 12 ? b.readUInt32LE(8) : 0;
    if (b.length < 12 || b.length !== 12 + 4 * length) throw new Error(`${b.length} bytes, not 12 + 4 × ${length}`);
    const bits = new Uint32Array(length);
    Buffer.from(bits.buffer).set(b.subarray(12));
    return { words: b.readUInt32LE(0), inflected: b.readUInt32LE(4) === 1, bits };
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

/** dictionary-sv's word list and its inflected forms as a filter, through the build cache (`cache`: the process's when not given); null when unreadable. */
export function loadSwedishDictionary(cache?: BuildCacheOptions): SwedishDictionary | null {
  const t0 = Date.now();
  const files: { file: string; stat: fs.Stats }[] = [];
  try {
    for (const name of ["dictionary-sv/index.dic", "dictionary-sv/index.aff"]) {
      const file = require.resolve(name);
      files.push({ file, stat: fs.statSync(file) });
    }
  } catch {
    return null;
  }
  // the filter is kept in the build cache (build-cache.ts): ~0.4 s less on a restart. The word list and its affix file
  // are known by their paths, sizes and times (an installed package is not edited in place); this code and the affix
  // reader by codeStamp (runtime/code-stamp.ts).
  const key = () =>
    cacheKey([codeStamp(__filename), affixesStamp(), ...files.flatMap(({ file, stat }) => [file, String(stat.size), String(stat.mtimeMs)])]);
  let bits: DictionaryBits;
  try {
    const [dic, aff] = files.map((f) => f.file) as [string, string];
    bits = cached("swedish-dictionary", key, () => bitsFromText(fs.readFileSync(dic, "utf8"), fs.readFileSync(aff, "utf8")), BITS_CODEC, cache);
  } catch {
    return null;
  }
  return dictionaryFromBits(bits, t0);
}
