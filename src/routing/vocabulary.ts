/**
 * What the router knows about one word: its key, a correction into the catalog's vocabulary, and the
 * parts of a compound. Swedish writes compounds as one word and puts the meaning-carrying part last
 * ("gallstens|operationerna" is a kind of operation), so a compound no clause contains is understood
 * through its parts, the last one weighing most.
 */
import type { CompiledLexicon } from "./compiled-lexicon";
import { swedishDictionary } from "./dictionary";
import { baseCandidates, swedishBackwardsRules } from "./inflection-base";
import { KnownParts, type KnownPiece } from "./known-parts";
import { keySv, keySvUncached } from "./normalize";
import { pace, runNow, type Steps } from "./slices";
import { editDistance, nearWords, SpellingIndex, type SpellingState } from "./spelling";
import { SWEDISH_STOP_WORDS } from "./stop-words";
import { packedMap } from "./packed";
import { EXCLUDING } from "./analyze";
import { HANDED_OVER, LEFT } from "./relation-party";

/**
 * Words the router's code reads as cues besides the lexicon's (who handed a responsibility over, "förutom X"): their
 * typos are read as them too. Folded.
 */
const CODE_CUES: readonly string[] = [...HANDED_OVER, ...LEFT, ...EXCLUDING];

/** The vocabulary's tables (Vocabulary.state), for the persisted router index. */
export interface VocabularyState {
  readonly words: readonly string[];
  readonly keys: readonly string[];
  readonly spelling: SpellingState;
  /** The catalog's words as the build read them as passage words, in the order read (`restore` keeps the map). */
  readonly passage: Map<string, WordInfo>;
}

export interface WordInfo {
  readonly key: string;
  /** The key of the catalog word a misspelt word was read as, and that word. */
  readonly corrected?: string;
  readonly correctedWord?: string;
  /** Keys of a compound's parts in order (the last is its head); empty when the word is not split. */
  readonly parts: readonly string[];
  /** Index of the part that carries the compound's meaning: its head, the last part, always. A head the catalog does
   * not know ("personal|matsalen") makes the compound a thing the mandates do not speak of, restricted by a word they
   * do: it is not read as its modifier ("personal"). */
  readonly head?: number;
  /** Known to the catalog, the lexicon or the Swedish dictionary. */
  readonly real: boolean;
}

const MIN_PART = 3;
/** The parts of a word that is not split (one array for all: most catalog words are short). */
const NO_PARTS: readonly string[] = Object.freeze([]);
const MAX_WORD = 40;
const LINKS = ["", "s", "e", "a", "u", "o"];
const CACHE_MAX = 50_000;
/** From this length a word one typo from a catalog word is read as that word even when two words could spell it. */
const TYPO_COMPOUND_MIN = 7;
/** A clipped word has at least this many letters (shorter ones are abbreviations, in forkortningar.yaml), and completes to few words. */
const CLIPPED_MIN = 5;
const CLIPPED_MAX = 12;
/** The length of a word `cueTypo` reads as a five-letter word with a letter left out (one letter shorter: a four-letter word). */
const SHORT_TYPO = 4;
/** Heads that only frame a matter (folded): "-frågan", "-ärendet", "-biten", "-grejen" (longest first). */
const FRAME_HEADS = ["fragestallningarna", "fragestallningar", "fragestallningen", "fragestallning", "fragorna", "fragan", "fragor", "fraga", "arendena", "arendet", "arenden", "arende", "bitarna", "biten", "bitar", "grejen", "grejer", "grejor"];

/** Words after which "Xs Y" is a genitive and its noun (folded): articles, possessives, determiners. */
const GENITIVE_BEFORE = new Set(["en", "ett", "var", "vart", "vara", "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "er", "ert", "era", "deras", "hans", "hennes", "dess", "varje", "annan", "annat", "andra", "samma", "denna", "detta", "dessa", "nagon", "nagot", "nagra", "vilken", "vilket", "vilka", "ingen", "inget", "varsin"]);

/** A group's noun in the definite form (folded), written apart from the area that names it. */
const GROUP_NOUNS = new Set(["radet", "radets", "raden", "radens", "gruppen", "gruppens", "grupperna", "gruppernas"]);
/**
 * English puts a noun's modifier before it in any form ("the imaging samordningsråd"): a compound with "råd" as its head,
 * in any form, that the catalog writes (a kind's noun), after a care area (analyze.ts areaBeforeGroupNoun).
 */
const COUNCIL_COMPOUND = /^.{4,}(rad|radet|radets|raden|radens)$/;

/** The plural definite endings of a noun of people, in the genitive or not (folded): "chefernas", "cheferna". */
const PLURAL_GENITIVE = /(ernas|arnas|ornas|erna|arna|orna)$/;
/** A group's noun (folded) after which people in the plural genitive name the group ("chefernas grupp"). */
const GROUP_HEADS = new Set(["grupp", "gruppen", "grupper", "grupperna", "rad", "radet", "forum", "forumet"]);

/** Inflection endings a question's word may carry past the form the catalog writes (longest first). */
const INFLECTIONS = ["erna", "arna", "orna", "ernas", "arnas", "ens", "ets", "en", "et", "na", "er", "ar", "or", "n", "t", "s"];

/**
 * The word, or its last part (a compound is inflected on its head: verksamhetschefs|grupp → gruppen), is a word of the
 * dictionary with this ending too ("grupp" / "gruppen"; not "mottagningar" / "mottagningarn").
 */
function takesEnding(word: string, end: string): boolean {
  const dict = swedishDictionary();
  if (!dict) return false;
  for (let i = 0; i <= word.length - 3; i++) {
    const tail = word.slice(i);
    if (dict.hasSimple(tail) && dict.hasSimple(`${tail}${end}`)) return true;
  }
  return false;
}

/** The inflection endings, longest first (a form's whole ending is taken off before a part of it). */
const INFLECTIONS_LONGEST_FIRST = [...INFLECTIONS].sort((a, b) => b.length - a.length);

type Known = 0 | 1 | 2; // unknown, Swedish dictionary, catalog/lexicon

/**
 * The best split of each suffix, by its start, in typed rows: `splitCompoundAt` runs for every long word of the
 * catalog twice at each build (some 200,000 words at 10,000 groups), and a map, a record and a spread array per
 * candidate were much of the build's garbage. A split is compared on the same facts in the same order as before:
 * the fewest parts (parkerings|tillstånd, not park|…|stånd); then a head the catalog knows; then more parts the
 * catalog knows; then fewer linking letters ("kompetens|försörjning" before "kompeten|s|försörjning"); then the longer
 * head.
 */
class SplitRows {
  /** 0 not computed, 1 no split, 2 split. */
  readonly state = new Uint8Array(MAX_WORD + 2);
  readonly parts = new Int32Array(MAX_WORD + 2);
  readonly catalog = new Int32Array(MAX_WORD + 2);
  readonly lastCatalog = new Uint8Array(MAX_WORD + 2);
  readonly links = new Int32Array(MAX_WORD + 2);
  readonly lastLen = new Int32Array(MAX_WORD + 2);
  /** End of the suffix's first part, and where the rest begins (past a linking letter). */
  readonly end = new Int32Array(MAX_WORD + 2);
  readonly next = new Int32Array(MAX_WORD + 2);
  busy = false;
}

const shared = new SplitRows();

/** The best split of a word into known parts (a linking -s-, -e-, -a-, -u-, -o- allowed between parts). */
export function splitCompound(w: string, known: (part: string) => Known): string[] {
  return splitCompoundAt(w, (i, j) => known(w.slice(i, j)));
}

/** splitCompound, asking for the part from i to j by position (known-parts.ts answers so without slicing). */
export function splitCompoundAt(w: string, knownAt: (from: number, to: number) => Known): string[] {
  if (w.length < 2 * MIN_PART || w.length > MAX_WORD || /\d/.test(w)) return [];
  // a caller's knownAt never splits, but a fresh set of rows keeps a nested call right all the same
  const r = shared.busy ? new SplitRows() : shared;
  r.busy = true;
  try {
    r.state.fill(0, 0, w.length + 1);
    if (!splitFrom(w, 0, knownAt, r) || r.parts[0]! < 2) return [];
    const out: string[] = [];
    for (let i = 0; ; i = r.next[i]!) {
      out.push(w.slice(i, r.end[i]!));
      if (r.end[i] === w.length) return out;
    }
  } finally {
    r.busy = false;
  }
}

/** Whether a split (parts, catalog, lastCatalog, links, lastLen) is better than the best so far (b…). */
function better(parts: number, catalog: number, lastCatalog: boolean, links: number, lastLen: number, bParts: number, bCatalog: number, bLastCatalog: boolean, bLinks: number, bLastLen: number): boolean {
  if (parts !== bParts) return parts < bParts;
  if (lastCatalog !== bLastCatalog) return lastCatalog;
  if (catalog !== bCatalog) return catalog > bCatalog;
  if (links !== bLinks) return links < bLinks;
  return lastLen > bLastLen;
}

/** Fills row i of `r` with the best split of `w.slice(i)`; false when it has none. */
function splitFrom(w: string, i: number, knownAt: (from: number, to: number) => Known, r: SplitRows): boolean {
  if (r.state[i]) return r.state[i] === 2;
  const n = w.length;
  // a known rest is the one split of one part, and every other has two or more: it wins whatever follows, so the rows
  // of the rest's own pieces are never asked for (most of a compound's rows were its head's: "operation|erna" …)
  if (i > 0 && n - i >= MIN_PART) {
    const k = knownAt(i, n);
    if (k) {
      r.state[i] = 2;
      r.parts[i] = 1;
      r.catalog[i] = k === 2 ? 1 : 0;
      r.lastCatalog[i] = k === 2 ? 1 : 0;
      r.links[i] = 0;
      r.lastLen[i] = n - i;
      r.end[i] = n;
      r.next[i] = n;
      return true;
    }
  }
  // the best split so far (no closure to compare: this runs for every suffix of some 200,000 words a build)
  let has = false;
  let bParts = 0, bCatalog = 0, bLastCatalog = false, bLinks = 0, bLastLen = 0, bEnd = 0, bNext = 0;
  for (let j = i + MIN_PART; j <= n; j++) {
    const k = knownAt(i, j);
    if (!k) continue;
    if (j === n) {
      if (i === 0) continue; // the whole word is no split of itself
      if (!has || better(1, k === 2 ? 1 : 0, k === 2, 0, j - i, bParts, bCatalog, bLastCatalog, bLinks, bLastLen)) {
        has = true;
        bParts = 1;
        bCatalog = k === 2 ? 1 : 0;
        bLastCatalog = k === 2;
        bLinks = 0;
        bLastLen = j - i;
        bEnd = j;
        bNext = j;
      }
      continue;
    }
    for (const link of LINKS) {
      if (link && w[j] !== link) continue;
      const next = j + link.length;
      if (n - next < MIN_PART) continue;
      if (!splitFrom(w, next, knownAt, r)) continue;
      const parts = 1 + r.parts[next]!;
      const catalog = r.catalog[next]! + (k === 2 ? 1 : 0);
      const lastCatalog = r.lastCatalog[next] === 1;
      const links = r.links[next]! + link.length;
      const lastLen = r.lastLen[next]!;
      if (has && !better(parts, catalog, lastCatalog, links, lastLen, bParts, bCatalog, bLastCatalog, bLinks, bLastLen)) continue;
      has = true;
      bParts = parts;
      bCatalog = catalog;
      bLastCatalog = lastCatalog;
      bLinks = links;
      bLastLen = lastLen;
      bEnd = j;
      bNext = next;
    }
  }
  r.state[i] = has ? 2 : 1;
  if (has) {
    r.parts[i] = bParts;
    r.catalog[i] = bCatalog;
    r.lastCatalog[i] = bLastCatalog ? 1 : 0;
    r.links[i] = bLinks;
    r.lastLen[i] = bLastLen;
    r.end[i] = bEnd;
    r.next[i] = bNext;
  }
  return has;
}

export class Vocabulary {
  private words: ReadonlySet<string>;
  private readonly keys = new Set<string>();
  private spelling!: SpellingIndex;
  /** The lexicon's question words and relation cues, for their typos (built on the first question that needs it). */
  private cueSpelling: SpellingIndex | undefined;
  /**
   * The catalog's words and keys as a trie: which parts of a catalog word the catalog knows, without stemming each. A
   * restored vocabulary (`restore`) makes it on first use: its passage words are read already.
   */
  private known: KnownParts | undefined;
  /** Words of the catalog (passages and names); corrections are catalog words too. */
  private passageCache = new Map<string, WordInfo>();
  private readonly questionCache = new Map<string, WordInfo>();
  /**
   * Keys of the words and pieces met while the router is built. The process-wide key cache (normalize.ts) stops at
   * 100,000; a 10,000-group catalog asks some 335,000 distinct words and pieces about 1.7 million times, and each
   * miss is two Snowball stems. Dropped by `built()`: a question's words go through the process-wide cache.
   */
  private buildKeys: Map<string, string> | undefined = new Map();
  /**
   * The known pieces of the long catalog words, from the constructor's look for compound tails until the word is read
   * as a passage word (each is split twice, and the rows filled are most of the cost; known-parts.ts refills a row a
   * key added since concerns).
   */
  private buildPieces: Map<string, KnownPiece> | undefined = new Map();
  /** The words with their counts until the build is done. */
  private all: Map<string, number> | undefined;

  /**
   * catalogWords: folded content words of the catalog with their counts; the lexicon adds its own. Built at once;
   * `Vocabulary.build` is the same build in steps (slices.ts).
   */
  constructor(
    catalogWords: ReadonlyMap<string, number>,
    private readonly lexicon: CompiledLexicon,
    deferred = false,
  ) {
    const all = new Map(catalogWords);
    for (const w of lexicon.vocabulary) if (!all.has(w)) all.set(w, 1);
    this.words = new Set(all.keys());
    this.all = all;
    if (!deferred) runNow(this.fill());
  }

  /** The vocabulary, built in steps that yield now and then. */
  static *build(catalogWords: ReadonlyMap<string, number>, lexicon: CompiledLexicon): Steps<Vocabulary> {
    const v = new Vocabulary(catalogWords, lexicon, true);
    yield* v.fill();
    return v;
  }

  private *fill(): Steps<void> {
    const all = this.all!;
    this.all = undefined;
    const tick = pace(32);
    // read by index: a map's iterator in a generator made an object per step (some 130,000 words, twice)
    const list = [...all.keys()];
    for (let n = 0; n < list.length; n++) {
      this.keys.add(this.key(list[n]!));
      if (tick()) yield;
    }
    // a piece's key is kept in the trie: the build's pieces are stemmed once, past the process-wide key cache
    const trie = (this.known = yield* this.knownParts());
    // the tail of a catalog compound whose head is a catalog word is a word too: kompetens|försörjning → försörjning
    let heads = new Uint8Array(MAX_WORD + 1);
    for (let n = 0; n < list.length; n++) {
      const w = list[n]!;
      if (w.length < 9) continue;
      if (tick()) yield;
      const known = this.knownPieces(w);
      const parts = splitCompoundAt(w, (i, j) => (j - i >= 4 && known(i, j) ? 2 : 0));
      if (parts.length) continue;
      if (heads.length < w.length + 1) heads = new Uint8Array(w.length + 1);
      trie.wordPrefixes(w, heads);
      for (let i = 4; i <= w.length - 6; i++) {
        // the head must be a word the catalog writes, not only a stem ("bered|ningen" has no word "ningen")
        if (!heads[i]) continue;
        const rest = w.slice(w[i] === "s" ? i + 1 : i);
        const tail = this.key(rest);
        // a tail that is no Swedish word is a fragment ("samverka|nsnämnden")
        if (tail.length < 5 || this.keys.has(tail) || !(swedishDictionary()?.hasPart(rest) ?? false)) continue;
        this.keys.add(tail);
        trie.addKey(tail);
      }
    }
    // the lexicon's names and services are corrected to, never split on (added after the compound passes)
    for (const w of this.lexicon.spellingWords) if (!all.has(w)) all.set(w, 1);
    this.spelling = yield* SpellingIndex.build(all);
  }

  /** The trie of the catalog's words and keys (a piece's key is kept in it: the build's pieces are stemmed once, past the process-wide key cache). */
  private knownParts(): Steps<KnownParts> {
    return KnownParts.build(this.words, this.keys, (p) => (this.buildKeys ? keySvUncached(p) : keySv(p)), (length, whole) => length >= 4 || whole);
  }

  private knownTrie(): KnownParts {
    // a restored vocabulary's, at a question's word no passage has (a correction, a short form's long form), unless
    // `prepare` made it: some 0.15 s at 10,000 groups
    if (!this.known) runNow(this.prepare());
    return this.known!;
  }

  /** Makes a restored vocabulary's trie of known parts before a question needs it (in steps: a bot's idle turns). */
  *prepare(): Steps<void> {
    if (this.known) return;
    const trie = yield* this.knownParts();
    if (this.known) return; // a question made it meanwhile
    trie.release();
    this.known = trie;
  }

  /**
   * What the vocabulary is made of, for the persisted router index (router-index.ts): asked when the router is built,
   * so the passage words are the build's (a question adds the words of its corrections).
   */
  state(): VocabularyState {
    return { words: [...this.words], keys: [...this.keys], spelling: this.spelling.state(), passage: new Map(this.passageCache) };
  }

  /**
   * The vocabulary a `state()` describes, as built (`built()` included). The trie of known parts is made again from the
   * words and keys when first needed: it answers as the build's did (known-parts.ts).
   */
  static *restore(s: VocabularyState, lexicon: CompiledLexicon): Steps<Vocabulary> {
    const v = new Vocabulary(new Map(), lexicon, true);
    v.all = undefined;
    // some 130,000 words, keys and spelling words each at 10,000 groups: a step each
    v.words = new Set(s.words);
    yield;
    for (const k of s.keys) v.keys.add(k);
    yield;
    v.spelling = SpellingIndex.restore(s.spelling);
    v.passageCache = s.passage;
    v.built();
    return v;
  }

  private key(w: string): string {
    const m = this.buildKeys;
    if (!m) return keySv(w);
    let k = m.get(w);
    if (k === undefined) m.set(w, (k = keySvUncached(w)));
    return k;
  }

  /** The router is built: the build's key memo and pieces are of no more use. */
  built(): void {
    this.known?.release();
    this.buildKeys = undefined;
    this.buildPieces = undefined;
  }

  /** A catalog word's known pieces, kept for the index build (which splits it again as a passage word). */
  private knownPieces(w: string): KnownPiece {
    const known = this.knownTrie().forWord(w);
    this.buildPieces?.set(w, known);
    return known;
  }

  /** The catalog writes this word, or an inflection of it (a 3-letter stem only as written: "foren" is no "föras"). */
  private catalogKnows(part: string): boolean {
    return this.words.has(part) || this.knowsByKey(part);
  }

  /** Known by its key (the rule known-parts.ts is given, on a piece's key). */
  private knowsByKey(part: string): boolean {
    const k = this.key(part);
    return (k.length >= 4 || k === part) && this.keys.has(k);
  }

  /**
   * The catalog (or lexicon) writes this word, or, for a long word, an inflection of it; or the word is a Swedish
   * dictionary word whose own suffix rules make it an inflection of a catalog word ("psykiatris" in "Which group
   * handles psykiatris frågor?": Swedish words in an English sentence).
   */
  writes(w: string): boolean {
    return this.words.has(w) || (w.length >= 8 && this.keys.has(keySv(w))) || this.baseKey(w) !== undefined;
  }

  /**
   * Two words that are one compound written apart (särskrivning: "lednings gruppen", "minnes anteckningarna",
   * "samordnings-rådet"), joined: the joined word is one the catalog writes (or an inflection of one), or the first is a
   * compound's first part with a suffix that always takes the linking -s (-nings, -hets, -skaps, -tions) before
   * a word the catalog knows, not after a determiner ("vår lednings …" is a genitive). Function words are never joined.
   * `english`: the pair comes from an English question, where a care area stands before the kind's noun in any form.
   */
  joined(a: string, b: string, before?: string, english = false): string | undefined {
    // function words never; the lexicon's question words ("gruppen", "person") only into a word the catalog writes
    if (a.length < 3 || b.length < 3 || SWEDISH_STOP_WORDS.has(a) || SWEDISH_STOP_WORDS.has(b) || /\d/.test(a + b)) return undefined;
    const w = a + b;
    if (w.length > MAX_WORD) return undefined;
    // the catalog's word, or an inflection of it whose key reaches into the second word ("beslutet sen" is no "beslut")
    // (by one letter when the second word is long enough to be a head: the stemmer may cut a head's inflected form
    // short, "samordnings rådens" has the key "samordningsr" of "samordningsrådet")
    const into = keySv(w).length - a.length;
    if (this.words.has(w) || (w.length >= 8 && this.keys.has(keySv(w)) && (into > 1 || (into === 1 && b.length >= 5)))) return w;
    // a word that asks ("bestämmer", "utser") or another word of the lexicon ("föräldraledighet") split by a stray
    // space: the pieces are not both Swedish words ("best ämmer", "föräldra ledighet")
    const dict = swedishDictionary();
    const lexiconWord = this.lexicon.cueWords.has(w) || this.lexicon.spellingWords.has(w);
    if (w.length >= 7 && lexiconWord && dict && !(dict.hasSimple(a) && dict.hasSimple(b))) return w;
    // "verksamhetschefernas grupp": people in the plural genitive (or, typed, without its -s) before a group's noun name
    // the group as the compound does ("verksamhetschefsgrupp", general Swedish): the catalog's word, with its linking -s
    const people = PLURAL_GENITIVE.exec(a);
    if (people && GROUP_HEADS.has(b)) {
      const c = a.slice(0, -people[0].length) + "s" + b;
      if (this.words.has(c) || (c.length >= 8 && this.keys.has(keySv(c)))) return c;
    }
    // suffixes that always take the linking -s in a compound (lednings-, verksamhets-, kunskaps-); a passive verb in -s
    // ("används", "träffas") never ends so
    const linked = a.length >= 7 && /(nings|hets|skaps|tions|doms|elses|nads)$/.test(a);
    const stem = a.slice(0, -1);
    const compound = linked && b.length >= 4 && !this.lexicon.stopSv.has(b) && this.catalogKnows(b) && (this.catalogKnows(stem) || !!swedishDictionary()?.hasPart(stem));
    // a group named by its care area, its noun written apart in the definite form ("röntgen rådet", "ortopedi gruppen"):
    // the norm writes it as one word
    if (!compound && !((GROUP_NOUNS.has(b) || (english && this.councilCompound(b))) && a.length >= 4 && !/[aets]$/.test(a) && this.namesArea(a))) return undefined;
    // (asked only of a pair that would be joined: every pair of a question's words comes here, few join)
    // a place or an organisation in the genitive ("Gävleborgs representant", "västmanlands samverkansgrupp")
    const place = (t: string) => [this.lexicon.organisations, this.lexicon.outside].some((p) => p.longestAt([keySv(t)], 0));
    if (place(a) || place(a.slice(0, -1))) return undefined;
    // after a determiner the -s is a genitive ("vår regions representant", "en grupps ordförande"), not a compound's
    return before !== undefined && GENITIVE_BEFORE.has(before) ? undefined : w;
  }

  /** `joined`, only for a group's noun after the word, in any form ("the imaging samordningsråd": English word order). */
  joinedBeforeGroupNoun(a: string, b: string, before?: string): string | undefined {
    return GROUP_NOUNS.has(b) || this.councilCompound(b) ? this.joined(a, b, before, true) : undefined;
  }

  private councilCompound(w: string): boolean {
    return COUNCIL_COMPOUND.test(w) && this.catalogKnows(w);
  }

  /** The word names a care area of the lexicon ("röntgen", "ortopedi"), not a verb before a group ("rapporterar gruppen"). */
  private namesArea(w: string): boolean {
    return (this.lexicon.concepts.longestAt([keySv(w)], 0)?.value ?? []).some((c) => this.lexicon.areaConcepts.has(c));
  }

  /**
   * A typo of a word that asks ("betämmer", "frbereder", "ordförade"): the question word or relation cue one edit away,
   * for a word no catalog word, no real Swedish word and no catalog typo explains. Those words are the lexicon's, not
   * the catalog's, so the catalog's spelling index never holds them.
   */
  cueTypo(w: string): string | undefined {
    if (w.length === SHORT_TYPO || w.length === SHORT_TYPO - 1) return this.shortTypo(w);
    if (w.length < 5 || w.length > MAX_WORD || this.lexicon.cueWords.has(w) || CODE_CUES.includes(w) || this.lexicon.stopSv.has(w)) return undefined;
    if (swedishDictionary()?.hasSimple(w)) return undefined;
    this.cueSpelling ??= new SpellingIndex(packedMap([...this.lexicon.cueWords, ...CODE_CUES], (c): [string, number] => [c, 1]));
    // "tillsäter", "faststaler": no real word, but the stem of one a cue has ("tillsätter"): the cue word of that stem.
    // A stem the catalog knows in no word one edit away is the stemmer's cut of a typo ("delgerat" has the stem of
    // "delges"), which says nothing: a cue word one edit away reads it, as below
    if (this.catalogKnows(w)) {
      if (this.words.has(w)) return undefined;
      const stem = this.cueOfStem(w);
      if (stem) return stem;
    }
    const fix = this.cueSpelling.correct(w);
    if (!fix || editDistance(w, fix, 1) > 1) return undefined;
    // a catalog word as near explains the typo, unless it is the cue word itself ("utvärdrar": the mandate's "utvärderar")
    const catalog = this.spelling.correct(w);
    return catalog && catalog !== fix && editDistance(w, catalog, 1) <= 1 ? undefined : fix;
  }

  /** Asking and function words of five letters, for `shortTypo` (built on first use). */
  private fiveLetter?: string[];
  private fourLetter?: string[];

  /**
   * A four-letter word that is no Swedish word, read as the one asking or function word of five letters it is with a
   * letter left out ("utsr", "ledr", "vlka", "ellr"); a three-letter one likewise as a word of four ("hea" hela, "gtt"
   * gett, "iop" ihop): a letter left out is the commonest slip of fast typing, and these short verbs and pronouns
   * carry the relation a question asks. Spelling correction allows no edit below five letters (too many real words
   * are that close), so only this one kind of edit, only of a word the dictionary does not have (abbreviations are
   * read before: "iom" is i och med), only towards one word (two candidates say nothing), and never the first letter
   * (people do not drop it).
   */
  private shortTypo(w: string): string | undefined {
    const lex = this.lexicon;
    if (lex.cueWords.has(w) || lex.stopSv.has(w) || this.catalogKnows(w) || swedishDictionary()?.has(w) !== false) return undefined;
    if (!this.fiveLetter || !this.fourLetter) {
      const plain = [...new Set([...lex.cueWords, ...lex.stopSv])].filter((c) => /^[a-z]+$/.test(c));
      this.fiveLetter = plain.filter((c) => c.length === SHORT_TYPO + 1);
      this.fourLetter = plain.filter((c) => c.length === SHORT_TYPO);
    }
    let found: string | undefined;
    for (const c of w.length === SHORT_TYPO ? this.fiveLetter : this.fourLetter) {
      if (c[0] !== w[0]) continue;
      let i = 1;
      while (i < w.length && c[i] === w[i]) i++;
      if (c.slice(i + 1) !== w.slice(i)) continue;
      if (found && found !== c) return undefined;
      found = c;
    }
    return found;
  }

  /** The relation cue nearest in spelling to a word whose stem it shares (a misspelt inflection of a cue verb). */
  private cueOfStem(w: string): string | undefined {
    const fix = this.cueSpelling?.correct(w);
    return fix && this.key(fix) === this.key(w) ? fix : undefined;
  }

  knowsKey(key: string): boolean {
    return this.keys.has(key);
  }

  /**
   * The catalog's key of the word's noun or adjective by Swedish derivation: an adjective in -isk is made from a noun in
   * -i ("ekonomi" / "ekonomisk", "ortopedi" / "ortopedisk", "psykiatri" / "psykiatrisk") and one in -atorisk from a noun
   * in -ation ("organisation" / "organisatorisk"). The stemmer keeps the keys apart; the derived word means the same thing.
   */
  derivedKey(key: string): string | undefined {
    if (key.length < 6) return undefined;
    const other = key.endsWith("atorisk") ? `${key.slice(0, -6)}tion`
      : key.endsWith("ation") ? `${key.slice(0, -3)}orisk`
      : key.endsWith("isk") ? key.slice(0, -2)
      : key.endsWith("i") ? `${key}sk`
      : undefined;
    return other && this.keys.has(other) ? other : undefined;
  }

  get spellingSize(): number {
    return this.spelling.size;
  }

  /** A word of a mandate: never corrected; split into parts the catalog knows. */
  passageWord(w: string): WordInfo {
    let info = this.passageCache.get(w);
    if (info) return info;
    const key = this.key(w);
    const parts = this.words.has(w) && w.length < 9 ? NO_PARTS : this.passageParts(w);
    for (let k = 0; k < parts.length; k++) (parts as string[])[k] = this.key(parts[k]!);
    info = { key, parts, real: true };
    // unbounded: a mandate's words are the catalog's (its size bounds this), and a capped cache made every word
    // past the cap be split again at each passage that has it (millions of times at 10,000 groups)
    this.passageCache.set(w, info);
    return info;
  }

  /** A passage word's split into parts the catalog knows (its known pieces kept from the vocabulary's build, if any). */
  private passageParts(w: string): string[] {
    const kept = this.buildPieces?.get(w);
    if (kept) this.buildPieces!.delete(w);
    const known = kept ?? this.knownTrie().forWord(w);
    return splitCompoundAt(w, (i, j) => (known(i, j) ? 2 : 0));
  }

  /**
   * The matter a compound frames: "bemanningsfrågan" is the question of bemanning, "lokalärendet" a case of premises,
   * "IT-biten" the IT part. Its head is a word that only frames (fråga, ärende, bit, grej), its first part a word
   * the catalog or the lexicon knows.
   */
  private framedBy(w: string): string | undefined {
    for (const head of FRAME_HEADS) {
      if (w.length < head.length + 3 || !w.endsWith(head)) continue;
      const first = w.slice(0, -head.length);
      for (const m of first.endsWith("s") && first.length > 3 ? [first, first.slice(0, -1)] : [first]) if (m.length >= 3 && this.catalogKnows(m)) return m;
    }
    return undefined;
  }

  /**
   * Words in unstressed -el (-er, -en) drop the e when inflected ("hjälpmedel" / "hjälpmedlen", "regel" / "regler",
   * "enkel" / "enkla"), and Snowball keeps the two keys apart: the catalog's key of the other form, when it has one.
   * (Keys stay prefixes of their words, which the index build's compound splitting needs: the e is bridged here.)
   */
  private unstressedE(key: string): string | undefined {
    if (key.length < 5) return undefined;
    const dropped = /[bcdfghjklmnpqrstvwxz]e[lnr]$/.test(key) ? `${key.slice(0, -2)}${key.slice(-1)}` : undefined;
    const added = /[bcdfghjklmnpqrstvwxz][lnr]$/.test(key) ? `${key.slice(0, -1)}e${key.slice(-1)}` : undefined;
    for (const k of [dropped, added]) if (k && this.keys.has(k)) return k;
    return undefined;
  }

  /**
   * One typo in a word the spelling index does not hold as written: an inflected form of a catalog word (the index
   * holds the forms the mandates write: "ortoepdin" is "ortopedin" of "ortopedi"), or a compound of a catalog word and
   * a misspelt one ("röntegn|sjuksköterskor"). Each piece is corrected by the index's own rule (one edit below nine
   * letters); the other piece must be known as it is.
   */
  private correctPiece(w: string): WordInfo | undefined {
    if (w.length < 7 || w.length > MAX_WORD) return undefined;
    const key = keySv(w);
    for (const end of INFLECTIONS) {
      if (!w.endsWith(end) || w.length - end.length < 5) continue;
      const fix = this.spelling.correct(w.slice(0, -end.length));
      if (fix) return { key, corrected: keySv(fix), correctedWord: fix, parts: this.passageWord(fix).parts, real: true };
    }
    const dict = swedishDictionary();
    const whole = (p: string) => !this.lexicon.stopSv.has(p) && (this.catalogKnows(p) || (p.length >= 4 && !!dict?.hasPart(p)));
    const piece = (p: string): string | undefined => (whole(p) ? p : undefined);
    for (let i = 5; i <= w.length - 4; i++) {
      const rest = w.slice(i);
      const firsts = w[i - 1] === "s" ? [w.slice(0, i), w.slice(0, i - 1)] : [w.slice(0, i)];
      for (const first of firsts) {
        const a = piece(first) ?? (rest.length >= 4 && whole(rest) ? this.spelling.correct(first) : undefined);
        const b = a && (piece(rest) ?? (whole(first) ? this.spelling.correct(rest) : undefined));
        if (!a || !b || (a === first && b === rest)) continue;
        const parts = [keySv(a), keySv(b)];
        return { key, parts, head: 1, real: true };
      }
    }
    return undefined;
  }

  /**
   * The catalog's key of the entry a real Swedish word is an inflection of (inflection-base.ts): the dictionary's own
   * rules undone, the result an entry of the word list and a word the catalog knows. Two such entries with different
   * keys: no guess.
   */
  private baseKey(w: string): string | undefined {
    const dict = swedishDictionary();
    const rules = w.length >= 5 && dict?.hasSimple(w) ? swedishBackwardsRules() : undefined;
    if (!rules || !dict) return undefined;
    let found: string | undefined;
    for (const b of baseCandidates(w, rules)) {
      if (b.length < 3 || this.lexicon.stopSv.has(b) || !dict.hasEntry(b)) continue;
      const k = keySv(b);
      if (!this.keys.has(k) || k === found) continue;
      if (found !== undefined) return undefined;
      found = k;
    }
    return found;
  }

  /** A word of a question: known as it is, else split into known parts, else read as the catalog word it misspells. */
  questionWord(w: string): WordInfo {
    let info = this.questionCache.get(w);
    if (info) return info;
    info = this.withWrittenForm(w, this.readQuestionWord(w));
    if (this.questionCache.size >= CACHE_MAX) this.questionCache.clear();
    this.questionCache.set(w, info);
    return info;
  }

  /**
   * The catalog word one typo from `w`, also behind a genitive -s the catalog does not write with it
   * ("verksamhetshcefsgruppens" → verksamhetschefsgruppen + s).
   */
  private typoOf(w: string): string | undefined {
    const fix = this.spelling.correct(w);
    if (fix && editDistance(w, fix, 1) <= 1) return fix;
    // an inflected form the catalog does not write, with one typo before its ending: the catalog word's own form
    // ("verksamhetschefsguppen" → verksamhetschefsgrupp + en, where the mandates write "verksamhetschefsgrupper"),
    // when that form is a Swedish word (a genitive -s is one on any word)
    for (const end of INFLECTIONS_LONGEST_FIRST) {
      if (!w.endsWith(end) || w.length - end.length < 5) continue;
      const bare = w.slice(0, -end.length);
      const base = this.spelling.correct(bare);
      if (!base || editDistance(bare, base, 1) > 1) continue;
      const form = `${base}${end}`;
      if (end === "s" || this.words.has(form) || takesEnding(base, end)) return form;
    }
    return undefined;
  }

  /**
   * A typo the stemmer hides ("ledningsgruppn", "ordförandn" have the keys of "ledningsgruppen", "ordföranden"): the key
   * matches, but names and relation cues are read on words, so the word is also read as the catalog's form one edit away.
   */
  private withWrittenForm(w: string, info: WordInfo): WordInfo {
    // a real word is its own form ("beslutet" is not "beslutat", though both have the key "beslut")
    if (info.correctedWord || w.length < 7 || this.words.has(w) || swedishDictionary()?.hasSimple(w)) return info;
    // … and a word clipped where its stem ends ("anteckn", "dagordn"), as chat and notes shorten: the key is the
    // catalog word's, but the cues are read on the whole word
    const fix = this.typoOf(w) ?? this.clipped(w);
    return fix && keySv(fix) === info.key ? { ...info, correctedWord: fix } : info;
  }

  private readQuestionWord(w: string): WordInfo {
    const key = keySv(w);
    const inCatalog = this.catalogKnows(w);
    // "bemanningsfrågan", "lokalärendet", "IT-biten": a word that frames a matter is about its first part
    const framed = inCatalog ? undefined : this.framedBy(w);
    if (framed) {
      const info = this.questionWord(framed);
      return { ...info, key, corrected: info.corrected ?? info.key, correctedWord: info.correctedWord ?? framed };
    }
    const inflected = inCatalog ? undefined : this.unstressedE(key);
    if (inflected) return { key, corrected: inflected, parts: [], real: true };
    // "fastställde", "anmälde", "psykiatris": a form of a word the catalog knows, which the stemmer keys apart
    const base = inCatalog || this.keys.has(key) ? undefined : this.baseKey(w);
    if (base) return { key, corrected: base, parts: [], real: true };
    const dict = () => swedishDictionary();
    // a long word the dictionary takes only as two words glued (its compound rule accepts almost any string), one typo
    // from a word the catalog writes, is that word: "samverknasgruppen" is samverkansgruppen, not samverknas|gruppen
    if (!inCatalog && w.length >= TYPO_COMPOUND_MIN && !dict()?.hasSimple(w)) {
      const fix = this.typoOf(w);
      if (fix) return { key, corrected: keySv(fix), correctedWord: fix, parts: this.passageWord(fix).parts, real: true };
    }
    // a function word is never a part of a compound ("parkeringstill|stånd" is not "till")
    const stop = this.lexicon.stopSv;
    const known = (p: string): Known => (stop.has(p) ? 0 : this.catalogKnows(p) ? 2 : p.length >= 4 && dict()?.hasPart(p) ? 1 : 0);
    // a word the catalog writes is split only when long enough to be a compound, and only into the catalog's own
    // words (its parts are met elsewhere in the mandates: "bestämmer" is not best|ämmer)
    const catalogOnly = (p: string): Known => (!stop.has(p) && this.catalogKnows(p) ? 2 : 0);
    let raw = w.length < 2 * MIN_PART ? [] : !inCatalog ? splitCompound(w, known) : w.length >= 12 ? splitCompound(w, catalogOnly) : [];
    // an inflection ending is no part, whatever short word it spells: "förvaltningars" is the genitive plural of
    // förvaltning, not förvaltning|års — the word without its last part has the word's own key (the stemmer takes it)
    if (raw.length > 1 && this.keys.has(key) && this.key(w.slice(0, w.length - raw[raw.length - 1]!.length)) === key) {
      raw = raw.slice(0, -1);
      if (raw.length < 2) return { key, parts: [], real: true };
    }
    // a word of the dictionary is read as a compound only when the catalog knows its head or a longer part
    // (röntgen|läkare), not when any two words happen to spell it (best|ämmer); nor with a head of three letters, which
    // some catalog word's stem always happens to spell (försko|lan is no län)
    if (raw.length && (raw[raw.length - 1]!.length < 4 || (!this.catalogKnows(raw[raw.length - 1]!) && !raw.some((p) => p.length >= 5 && this.catalogKnows(p)))) && dict()?.hasSimple(w)) raw = [];
    // a typo inside an inflected form or one part of a compound ("ortoepdin", "röntegnsjuksköterskor"): no split the
    // word has explains it as well as the corrected form does
    if (!inCatalog && (!raw.length || raw.some((p) => p.length < 4) || !raw.slice(0, -1).every((p) => this.catalogKnows(p))) && !dict()?.has(w)) {
      const fix = this.spelling.correct(w);
      if (fix) return { key, corrected: keySv(fix), correctedWord: fix, parts: this.passageWord(fix).parts, real: true };
      const fixed = this.correctPiece(w);
      if (fixed) return fixed;
    }
    const parts = packedMap(raw, keySv);
    const lastRaw = raw[raw.length - 1] ?? "";
    // Swedish puts what a compound is last and restricts it by what comes first: the last part is the head
    const head = parts.length ? parts.length - 1 : undefined;
    if (inCatalog) return parts.some((p) => this.keys.has(p)) ? { key, parts, head, real: true } : { key, parts: [], real: true };
    // a split whose head the catalog does not know is weaker than a catalog word one typo away ("ordförnade")
    if (parts.length && (lastRaw.length < 5 || !this.keys.has(parts[parts.length - 1]!)) && !dict()?.hasSimple(w)) {
      const fix = this.spelling.correct(w) ?? this.clipped(w);
      if (fix) return { key, corrected: keySv(fix), correctedWord: fix, parts: this.passageWord(fix).parts, real: true };
      // a short head no catalog word has, one typo from a compound of real words ("röntgenrådt": röntgen|rådet)
      const glued = lastRaw.length < 5 && !this.keys.has(parts[parts.length - 1]!) ? this.compoundTypo(w) : undefined;
      if (glued) return glued;
    }
    if (parts.some((p) => this.keys.has(p))) return { key, parts, head, real: true };
    // a real Swedish word is never "corrected" into a catalog word (bil is not bild), unless it is one with a letter left
    // out inside it ("guppen" of gruppen)
    const left = dict()?.hasSimple(w) ? this.leftOutLetter(w) : undefined;
    if (left) return { key, corrected: keySv(left), correctedWord: left, parts: this.passageWord(left).parts, real: true };
    // a compound of real words is one ("sommar|schemat"); one glued of pieces that are none may be a typo ("röntgenr|rådet")
    const glued = dict()?.has(w) && !dict()?.hasSimple(w) && !inCatalog && !this.ofRealWords(w) ? this.compoundTypo(w) : undefined;
    if (glued) return glued;
    if (dict()?.has(w)) return { key, parts: [], real: true };
    const fix = this.spelling.correct(w) ?? this.clipped(w);
    if (fix) return { key, corrected: keySv(fix), correctedWord: fix, parts: this.passageWord(fix).parts, real: true };
    return this.compoundTypo(w) ?? this.nearRealWord(w, key);
  }

  /** The word splits into a first part and a head that are both real words (a linking -s allowed). */
  private ofRealWords(w: string): boolean {
    const d = swedishDictionary();
    if (!d) return true;
    const word = (p: string) => d.hasSimple(p) || this.words.has(p);
    for (let i = 3; i <= w.length - 3; i++) {
      if (!d.hasSimple(w.slice(i))) continue;
      const f = w.slice(0, i);
      if (word(f) || (f.endsWith("s") && f.length > 3 && word(f.slice(0, -1)))) return true;
    }
    return false;
  }

  /** Set while a compound's typo is read as the word it misspells (which is read as a question word in turn). */
  private readingTypo = false;

  /**
   * A compound the catalog does not write as a whole, with a typo in one part ("chefsgrupppen", "vårdsamverkansgrppen"),
   * which the dictionary takes, if at all, only as pieces glued: read as the one word one edit away that the catalog
   * writes or that is a real first part and a head, a real word whose stem the catalog knows or a group's noun the
   * lexicon lists ("gruppen"). Some 60 dictionary lookups a letter for each place a head may start: asked only of long
   * words nothing else reads.
   */
  private compoundTypo(w: string): WordInfo | undefined {
    const d = swedishDictionary();
    if (!d || w.length < 9 || this.readingTypo) return undefined;
    const first = (f: string) => f.length >= 3 && (this.words.has(f) || d.hasSimple(f));
    const groupNoun = (h: string) => h.length >= 5 && this.lexicon.cueWords.has(h) && this.catalogKnows(h);
    const head = (h: string) => (h.length >= 4 && d.hasSimple(h) && !this.lexicon.stopSv.has(h) && this.keys.has(this.key(h))) || groupNoun(h);
    const splits = (c: string): boolean => {
      for (let i = 3; i <= c.length - 4; i++) {
        if (!head(c.slice(i))) continue;
        const f = c.slice(0, i);
        if (first(f) || (f.endsWith("s") && first(f.slice(0, -1)))) return true;
      }
      return false;
    };
    const near = nearWords(w, (c) => this.words.has(c) || splits(c));
    if (!near.length || new Set(packedMap(near, keySv)).size > 1) return undefined;
    const fix = near[0]!;
    this.readingTypo = true;
    try {
      const info = this.questionWord(fix);
      return { ...info, key: keySv(w), corrected: info.corrected ?? info.key, correctedWord: info.correctedWord ?? fix };
    } finally {
      this.readingTypo = false;
    }
  }

  /**
   * A real word the catalog does not know that is a word the catalog (or the lexicon's questions: "gruppen") writes with
   * a letter left out inside it ("guppen" of gruppen): the commonest typo, which sometimes spells another word. Only
   * inside the word: not its first letter, nor in its ending, where a letter left out makes another form of a word
   * ("skola" / "skolan", "delar" / "deltar"); only from six letters; and only when one such word, of another stem, is
   * that near.
   */
  private leftOutLetter(w: string): string | undefined {
    if (w.length < 6 || w.length > MAX_WORD) return undefined;
    let found: string | undefined;
    for (let i = 1; i <= w.length - 3; i++) {
      for (let c = 97; c <= 122; c++) {
        const cand = `${w.slice(0, i)}${String.fromCharCode(c)}${w.slice(i)}`;
        if (cand === found || !(this.words.has(cand) || this.lexicon.cueWords.has(cand))) continue;
        if (found) return undefined;
        found = cand;
      }
    }
    return found && this.key(found) !== this.key(w) ? found : undefined;
  }

  /**
   * A word nothing else reads, one typo from real Swedish words ("fakura", "pubicerar"): a word all the same, of a
   * matter the mandates may not hold, not one the router cannot read. When those words are all forms of one word, it
   * is read as that word ("publicerar", whose stem the mandates write: "publiceras"; "faktura", which they do not).
   */
  private nearRealWord(w: string, key: string): WordInfo {
    const d = swedishDictionary();
    const near = d ? nearWords(w, (c) => d.hasSimple(c)) : [];
    if (!near.length) return { key, parts: [], real: false };
    if (new Set(packedMap(near, (c) => this.key(c))).size > 1) return { key, parts: [], real: true };
    const fix = near.reduce((a, b) => (b.length < a.length ? b : a));
    return { key, corrected: keySv(fix), correctedWord: fix, parts: this.passageWord(fix).parts, real: true };
  }

  /** The catalog's words in order, for completing a clipped word: built on first use (few questions have one). */
  private ordered?: string[];

  /**
   * A long word clipped short, as people write in chat and notes ("regionövergr", "minnesanteckn", "kompetensförs"):
   * Swedish lets a word's beginning stand for the whole word. When the catalog's words that begin so are all forms of
   * one word (their keys begin with the shortest one's key), the clipped word is that word; otherwise it says nothing.
   */
  private clipped(w: string): string | undefined {
    if (w.length < CLIPPED_MIN) return undefined;
    const list = (this.ordered ??= [...this.words].sort());
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < w) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < list.length && list[i]!.startsWith(w) && found.length <= CLIPPED_MAX; i++) found.push(list[i]!);
    if (!found.length || found.length > CLIPPED_MAX) return undefined;
    const shortest = found.reduce((a, b) => (b.length < a.length ? b : a));
    const k = keySv(shortest);
    return shortest.length > w.length + 1 && found.every((c) => keySv(c).startsWith(k)) ? shortest : undefined;
  }
}
