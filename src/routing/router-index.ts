/**
 * The router's built index (the vocabulary, the passage index, the name index: router-parts.ts, nearly all of a build at
 * scale) kept in the build cache (build-cache.ts), so that a restarted bot or a CLI call with an unchanged catalog
 * reads it instead of building it: at 10,000 groups a build is seconds of CPU (README, "Round 34: router build") and
 * reading it back a fraction of that. The router's other parts are built from the catalog as before (some 0.15 s).
 *
 * The entry's key hashes what the index is computed from: the catalog's content (its organisations and entries, not
 * its version number: a new version with the same groups reads the same index), the lexicon, and the code (every
 * module of src/routing and src/catalog, or the bundle's build id). Another catalog is a miss: the index is built and
 * written again. A damaged file is ignored with a log line (build-cache.ts) and rebuilt, never read in part.
 *
 * The file is written after the build, in slices between event-loop turns (the bot is answering by then) and
 * asynchronously; `indexWritten()` waits for it (tests, benches).
 */
import { createHash } from "node:crypto";
import * as os from "node:os";
import * as path from "node:path";
import type { Catalog } from "../catalog/schema";
import { folderStamp } from "../runtime/code-stamp";
import { buildCacheOptions, cacheKey, entryFile, readEntry, writeEntryLater, type BuildCacheOptions } from "./build-cache";
import type { CompiledLexicon } from "./compiled-lexicon";
import { IndexReader, IndexWriter } from "./index-codec";
import type { Lexicon } from "./lexicon";
import { Names, type NameVariantState } from "./names";
import { clausesOf, PassageIndex, type PassageIndexState } from "./passages";
import type { ClausesOf, RouterParts } from "./router-parts";
import { packedMap } from "./packed";
import { pace, runSliced, type Steps } from "./slices";
import { Vocabulary, type VocabularyState, type WordInfo } from "./vocabulary";

const NAME = "index";
const PREPARE_AFTER_MS = 100;
/** A passage word's parts when it has none (one array for all, as the build's). */
const NO_PARTS: readonly string[] = Object.freeze([]);

/** What a persisted index holds: the three parts' tables. */
interface IndexState {
  readonly vocab: VocabularyState;
  readonly index: PassageIndexState;
  readonly names: readonly NameVariantState[];
}

/** The stored parts for this catalog, if the cache holds them; `keep` writes the parts built on a miss. */
export interface StoredParts {
  readonly parts: RouterParts | undefined;
  /** Called with the built parts once the router is built (before any question): their tables are written later. */
  readonly keep: (parts: RouterParts) => void;
}

const NOTHING: StoredParts = { parts: undefined, keep: () => undefined };

/** The parts of `catalog`'s router from the process's build cache (none configured: nothing read, nothing kept). */
export function* storedParts(catalog: Catalog, lexicon: Lexicon, lex: CompiledLexicon, o: BuildCacheOptions | undefined = buildCacheOptions()): Steps<StoredParts> {
  if (!o) return NOTHING;
  const key = cacheKey([folderStamp([__dirname, path.join(__dirname, "..", "catalog")]), os.endianness(), yield* contentHash(lexicon), yield* contentHash(catalog)]);
  const file = entryFile(o, NAME);
  const hit = yield* readEntry(file, key, o, (payload) => decode(payload, catalog, lex));
  if (hit) {
    // the vocabulary's trie of known parts, before a question needs it: in a bot's idle turns (a CLI call that is done
    // by then exits without it)
    setTimeout(() => void runSliced(hit.value.vocab.prepare()), PREPARE_AFTER_MS).unref();
    return { parts: { lex, clauses: clauseLists(), ...hit.value }, keep: () => undefined };
  }
  return {
    parts: undefined,
    keep: (parts) => {
      // the tables as built, taken now: questions add words to the vocabulary's memo afterwards
      const state: IndexState = { vocab: parts.vocab.state(), index: parts.index.state(), names: parts.names.state() };
      const write = () => writeEntryLater(file, key, () => encode(state), o);
      writing = writing.then(() => new Promise<void>((resolve) => setImmediate(() => void write().then(resolve))));
    },
  };
}

let writing: Promise<void> = Promise.resolve();

/** Resolves when the index files this process began to write are written (or have failed, logged). */
export function indexWritten(): Promise<void> {
  return writing;
}

/** Each entry's clauses, computed when first asked (the index that reads them at its build is read from the file). */
function clauseLists(): ClausesOf {
  const lists = new WeakMap<object, ReturnType<ClausesOf>>();
  return (e) => {
    let l = lists.get(e);
    if (!l) lists.set(e, (l = clausesOf(e)));
    return l;
  };
}

const hashes = new WeakMap<object, string>();

/**
 * A hash of a value's JSON, once per object. A catalog is hashed entry by entry (some 80 MB of JSON at 10,000 groups:
 * a slice ends every 256 entries), after its organisations; not its version number nor its ingestion reports, which
 * no part of the index reads.
 */
function* contentHash(value: Lexicon | Catalog): Steps<string> {
  const known = hashes.get(value);
  if (known) return known;
  const h = createHash("sha256");
  if ("entries" in value) {
    h.update(JSON.stringify(value.organizations));
    const tick = pace(256);
    for (const e of value.entries) {
      h.update(JSON.stringify(e));
      if (tick()) yield;
    }
  } else h.update(JSON.stringify(value));
  const hex = h.digest("hex");
  hashes.set(value, hex);
  return hex;
}

/**
 * The tables as bytes. Strings are numbered in one table (a word is also a key, a passage word, a term: written once,
 * and read back as one string object the maps share); the clause texts, each of one passage, are a list of their own.
 */
function* encode(s: IndexState): Steps<Buffer[]> {
  const numbers = new Map<string, number>();
  const table: string[] = [];
  const tick = pace(4096);
  function* ids(list: Iterable<string>): Steps<Int32Array> {
    const out: number[] = [];
    for (const x of list) {
      let n = numbers.get(x);
      if (n === undefined) numbers.set(x, (n = table.push(x) - 1));
      out.push(n);
      if (tick()) yield;
    }
    return Int32Array.from(out);
  }
  const { vocab, index, names } = s;
  const lists = [
    yield* ids(vocab.words),
    yield* ids(vocab.keys),
    yield* ids(vocab.spelling.words),
    yield* ids(vocab.passage.keys()),
    yield* ids(packedMap([...vocab.passage.values()], (i) => i.key)),
    yield* ids([...vocab.passage.values()].flatMap((i) => i.parts)),
    yield* ids(index.terms),
    yield* ids(index.entryIds),
    yield* ids(index.orgIds),
    yield* ids(names.map((v) => v.entryId)),
    yield* ids(names.flatMap((v) => v.keys)),
    yield* ids(names.map((v) => v.requires ?? "")),
  ];
  const w = new IndexWriter();
  yield* w.strings(table);
  yield;
  for (const l of lists) w.table(l);
  w.table(Uint8Array.from(vocab.passage.values(), (i) => i.parts.length));
  w.table(Uint8Array.from(names, (v) => v.keys.length));
  w.table(vocab.spelling.counts);
  w.table(vocab.spelling.start);
  w.table(vocab.spelling.entries);
  w.int(vocab.spelling.mask);
  w.table(index.termNumbers);
  w.table(index.df);
  const p = index.postings;
  for (const a of [p.listStart, p.listOrg, p.listFrom, p.ids]) w.table(a);
  yield* w.floats(p.strengths);
  w.table(index.entryOrg);
  for (const c of index.columns) w.table(c);
  yield;
  yield* w.strings(index.texts);
  return w.done().parts;
}

/** The parts `encode` wrote, rebuilt (the vocabulary's trie of known parts is made again from its words and keys). */
function* decode(payload: Buffer, catalog: Catalog, lex: CompiledLexicon): Steps<Omit<RouterParts, "lex" | "clauses">> {
  const r = new IndexReader(payload);
  const table = yield* r.strings();
  yield;
  const list = () => {
    const ns = r.table(Int32Array);
    const out = new Array<string>(ns.length);
    for (let i = 0; i < ns.length; i++) out[i] = table[ns[i]!]!;
    return out;
  };
  const lists: string[][] = [];
  for (let l = 0; l < 12; l++) {
    lists.push(list());
    yield;
  }
  const [words, keys, spellingWords, passageWords, passageKeys, parts, terms, entryIds, orgIds, nameEntries, nameKeys, requires] = lists;
  yield;
  const partCounts = r.table(Uint8Array);
  const nameLengths = r.table(Uint8Array);
  const spelling = { words: spellingWords, counts: r.table(Int32Array), start: r.table(Int32Array), entries: r.table(Int32Array), mask: r.int() };
  const termNumbers = r.table(Int32Array);
  const df = r.table(Int32Array);
  const postings = { listStart: r.table(Int32Array), listOrg: r.table(Uint16Array), listFrom: r.table(Int32Array), ids: r.table(Int32Array), strengths: yield* r.floats() };
  const entryOrg = r.table(Int32Array);
  const columns = [r.table(Int32Array), r.table(Int32Array), r.table(Uint8Array), r.table(Int32Array), r.table(Int32Array)] as const;
  yield;
  const texts = yield* r.strings();
  r.end();
  const passage = new Map<string, WordInfo>();
  const tick = pace(16_384);
  for (let i = 0, at = 0; i < passageWords!.length; i++) {
    const n = partCounts[i]!;
    passage.set(passageWords![i]!, { key: passageKeys![i]!, parts: n ? parts!.slice(at, (at += n)) : NO_PARTS, real: true });
    if (tick()) yield;
  }
  const variants: NameVariantState[] = [];
  for (let v = 0, at = 0; v < nameEntries!.length; v++) variants.push({ entryId: nameEntries![v]!, keys: nameKeys!.slice(at, (at += nameLengths[v]!)), requires: requires![v] || undefined });
  yield;
  const vocab = yield* Vocabulary.restore({ words: words!, keys: keys!, spelling, passage }, lex);
  const index = PassageIndex.restore({ terms: terms!, termNumbers, df, postings, entryIds: entryIds!, orgIds: orgIds!, entryOrg, columns, texts });
  yield;
  return { vocab, index, names: Names.restore(catalog, variants) };
}
