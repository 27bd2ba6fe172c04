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
import { replaceFile } from "../runtime/replace-file";

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

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** The value `build` computes, read from the cache when it holds one for `key` (and written there when not). */
export function cached<T>(name: string, key: () => string, build: () => T, codec: Codec<T>, o: BuildCacheOptions | undefined = options): T {
  if (!o) return build();
  const file = path.join(o.dir, `router-${name}.cache`);
  const k = key();
  const hit = read(file, k, codec, o);
  if (hit !== undefined) return hit.value;
  const value = build();
  write(file, k, codec.encode(value), o);
  return value;
}

function read<T>(file: string, key: string, codec: Codec<T>, o: BuildCacheOptions): { value: T } | undefined {
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
    if (header.sha256 !== sha256(payload)) throw new Error("checksum mismatch");
    return { value: codec.decode(payload) };
  } catch (e) {
    o.warn?.(`routing build cache ${file} ignored (${(e as Error).message}): rebuilt`);
    return undefined;
  }
}

function write(file: string, key: string, payload: Buffer, o: BuildCacheOptions): void {
  try {
    const header = Buffer.from(`${JSON.stringify({ format: FORMAT, key, sha256: sha256(payload) })}\n`);
    // a reader sees the old file or the new one, never half of one (two processes may build at once)
    replaceFile(file, [header, payload]);
  } catch (e) {
    o.warn?.(`routing build cache ${file} not written (${(e as Error).message})`);
  }
}

/** A JSON value as a cache payload. */
export function jsonCodec<T>(): Codec<T> {
  return { encode: (v) => Buffer.from(JSON.stringify(v)), decode: (b) => JSON.parse(b.toString("utf8")) as T };
}
