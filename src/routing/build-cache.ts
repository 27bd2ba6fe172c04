/**
 * A file cache for the router's expensive inputs that do not depend on the catalog: the parsed lexicon (the
 * `yaml` parser takes ~0.3–0.5 s of CPU on samples/lexicon in a fresh process) and the Swedish dictionary's
 * Bloom filter (~0.4 s to build: dictionary-sv's word list expanded by its affix rules into ~800,000 forms; ~4 MB). A restarted bot reads both back in a
 * few milliseconds, so its first routing answer does not wait for them.
 *
 * Each entry is one file `<dir>/router-<name>.cache`: a JSON header line `{format, key, sha256}` and the payload. The key
 * is a hash of everything the payload is computed from (the source files' contents and the code that reads them),
 * so an edited lexicon or a new build is a miss and the entry is rebuilt and rewritten; the payload's own hash
 * catches a torn or damaged file, which is then ignored with a log line and rebuilt — never a crash, never a
 * wrong value. Without a configured folder (tests, benches, tools) nothing is cached: the values are computed.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { replaceFile, replaceFileAsync } from "../runtime/replace-file";
import { runNow, runSliced, type Steps } from "./slices";

const FORMAT = 1;

export interface BuildCacheOptions {
  /** The folder the cache files live in (the server and the CLI: DATA_DIR). */
  readonly dir: string;
  /** A damaged cache file or a failed write (the value is computed all the same). */
  readonly warn?: (message: string) => void;
}

export interface Codec<T> {
  encode(value: T): Buffer;
  decode(payload: Buffer): T;
}

let options: BuildCacheOptions | undefined;

/** Where the process keeps its build cache (undefined: no cache). Set once at start, before the first router is built. */
export function configureBuildCache(o: BuildCacheOptions | undefined): void {
  options = o;
}

/** The process's build cache (undefined: none). */
export const buildCacheOptions = (): BuildCacheOptions | undefined => options;

/** The file of the entry `name`. */
export const entryFile = (o: BuildCacheOptions, name: string): string => path.join(o.dir, `router-${name}.cache`);

/**
 * The build cache of a data folder, as the server and the CLI keep it: files `router-*.cache` in DATA_DIR itself
 * (no subfolder: tools that copy DATA_DIR, as bench:soak does, copy its files).
 */
export function buildCacheIn(dataDir: string, warn?: (message: string) => void): BuildCacheOptions {
  return { dir: dataDir, ...(warn ? { warn } : {}) };
}

/** A hash of the parts a cached value is computed from. */
export function cacheKey(parts: readonly (string | Buffer)[]): string {
  const h = createHash("sha256");
  h.update(`format ${FORMAT}\0`);
  for (const p of parts) {
    h.update(String(p.length));
    h.update("\0");
    h.update(p);
  }
  return h.digest("hex");
}

/** The value `build` computes, read from the cache when it holds one for `key` (and written there when not). */
export function cached<T>(name: string, key: () => string, build: () => T, codec: Codec<T>, o: BuildCacheOptions | undefined = options): T {
  if (!o) return build();
  const file = entryFile(o, name);
  const k = key();
  const hit = read(file, k, codec, o);
  if (hit !== undefined) return hit.value;
  const value = build();
  write(file, k, codec.encode(value), o);
  return value;
}

function read<T>(file: string, key: string, codec: Codec<T>, o: BuildCacheOptions): { value: T } | undefined {
  return runNow(readEntry(file, key, o, function* (payload) {
    return codec.decode(payload);
  }));
}

/** Bytes hashed between two steps of a sliced read or write (some milliseconds of SHA-256). */
const HASH_SLICE = 4 << 20;

function* sha256Of(parts: readonly Buffer[]): Steps<string> {
  const h = createHash("sha256");
  for (const part of parts)
    for (let at = 0; at < part.length; at += HASH_SLICE) {
      h.update(part.subarray(at, at + HASH_SLICE));
      yield;
    }
  return h.digest("hex");
}

/**
 * The value of the entry in `file` for `key`, decoded by `decode`, in steps (the router's persisted index is tens of
 * MB: its checksum and its decoding are sliced as its build is); undefined when there is none for that key, or when the
 * file is damaged or the payload cannot be decoded (logged: the caller builds the value).
 */
export function* readEntry<T>(file: string, key: string, o: BuildCacheOptions, decode: (payload: Buffer) => Steps<T>): Steps<{ value: T } | undefined> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined; // not written yet (or not readable: the value is computed and the write says what is wrong)
  }
  try {
    const nl = bytes.indexOf(10);
    if (nl < 0) throw new Error("no header");
    const header = JSON.parse(bytes.subarray(0, nl).toString("utf8")) as { format?: unknown; key?: unknown; sha256?: unknown };
    // another key is a stale entry (an edited lexicon, a new build): rebuilt without a word, as intended
    if (header.format === FORMAT && header.key !== key) return undefined;
    if (header.format !== FORMAT) throw new Error(`format ${String(header.format)}`);
    const payload = bytes.subarray(nl + 1);
    if (header.sha256 !== (yield* sha256Of([payload]))) throw new Error("checksum mismatch");
    return { value: yield* decode(payload) };
  } catch (e) {
    o.warn?.(`routing build cache ${file} ignored (${(e as Error).message}): rebuilt`);
    return undefined;
  }
}

function* entryParts(key: string, payload: readonly Buffer[]): Steps<Buffer[]> {
  const line = JSON.stringify({ format: FORMAT, key, sha256: yield* sha256Of(payload) });
  // padded to a multiple of 8 bytes (JSON allows the spaces): the payload's tables are then aligned in a file read whole
  return [Buffer.from(`${line.padEnd(line.length + ((7 - (line.length % 8)) % 8))}\n`), ...payload];
}

function write(file: string, key: string, payload: Buffer, o: BuildCacheOptions): void {
  try {
    // a reader sees the old file or the new one, never half of one (two processes may build at once)
    replaceFile(file, runNow(entryParts(key, [payload])));
  } catch (e) {
    o.warn?.(`routing build cache ${file} not written (${(e as Error).message})`);
  }
}

/**
 * Writes an entry without holding the event loop for long: the payload is made (`encode`'s steps) and hashed in
 * slices between event-loop turns, and the file written asynchronously, replaced as `cached` replaces it. Never
 * rejects (a failed write is logged: the next start builds the value again).
 */
export async function writeEntryLater(file: string, key: string, encode: () => Steps<Buffer[]>, o: BuildCacheOptions): Promise<void> {
  try {
    const parts = await runSliced((function* () {
      return yield* entryParts(key, yield* encode());
    })());
    await replaceFileAsync(file, parts);
  } catch (e) {
    o.warn?.(`routing build cache ${file} not written (${(e as Error).message})`);
  }
}

/** A JSON value as a cache payload. */
export function jsonCodec<T>(): Codec<T> {
  return { encode: (v) => Buffer.from(JSON.stringify(v)), decode: (b) => JSON.parse(b.toString("utf8")) as T };
}
