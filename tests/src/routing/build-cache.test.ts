import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildCacheIn, cached, cacheKey, jsonCodec, type BuildCacheOptions } from "../../../src/routing/build-cache";
import { dictionaryFromText, loadSwedishDictionary } from "../../../src/routing/dictionary";
import { lexiconDir, loadLexicon, loadShippedLexicon } from "../../../src/routing/lexicon";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

let dir: string;
let warnings: string[];
let cache: BuildCacheOptions;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-build-cache-"));
  warnings = [];
  cache = { dir: path.join(dir, "cache"), warn: (m) => warnings.push(m) };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A value whose builds are counted. */
function counted(value: unknown): { build: () => unknown; builds: () => number } {
  let n = 0;
  return {
    build: () => {
      n++;
      return value;
    },
    builds: () => n,
  };
}

const file = (name: string) => path.join(cache.dir, `router-${name}.cache`);

describe("the routing build cache", () => {
  it("computes a value once, writes it, and reads it back in a later build", () => {
    const v = counted({ words: ["röntgen", "ortopedi"], n: 2 });
    expect(cached("t", () => "k1", v.build, jsonCodec(), cache)).toEqual({ words: ["röntgen", "ortopedi"], n: 2 });
    expect(fs.existsSync(file("t"))).toBe(true);
    expect(cached("t", () => "k1", v.build, jsonCodec(), cache)).toEqual({ words: ["röntgen", "ortopedi"], n: 2 });
    expect(v.builds()).toBe(1);
    expect(warnings).toEqual([]);
  });

  it("rebuilds and rewrites a stale entry (another key: an edited source, a new build) without a warning", () => {
    cached("t", () => "old", () => ({ v: "old" }), jsonCodec(), cache);
    const v = counted({ v: "new" });
    expect(cached("t", () => "new", v.build, jsonCodec(), cache)).toEqual({ v: "new" });
    expect(cached("t", () => "new", v.build, jsonCodec(), cache)).toEqual({ v: "new" });
    expect(v.builds()).toBe(1);
    expect(warnings).toEqual([]);
  });

  it.each([
    ["garbage", (b: Buffer) => Buffer.from("not a cache file at all")],
    ["a flipped payload byte", (b: Buffer) => Buffer.from(b.toString("utf8").replace('"röntgen"', '"röntgem"'))],
    ["a cut-off file", (b: Buffer) => b.subarray(0, b.length - 5)],
    ["an empty file", () => Buffer.alloc(0)],
    ["an unknown format", (b: Buffer) => Buffer.from(b.toString("utf8").replace('"format":1', '"format":99'))],
  ])("ignores a damaged file (%s) with a log line, rebuilds and rewrites it", (_, damage) => {
    cached("t", () => "k", () => ({ w: "röntgen" }), jsonCodec(), cache);
    fs.writeFileSync(file("t"), damage(fs.readFileSync(file("t"))));
    const v = counted({ w: "röntgen" });
    expect(cached("t", () => "k", v.build, jsonCodec(), cache)).toEqual({ w: "röntgen" });
    expect(v.builds()).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/routing build cache .*router-t\.cache ignored .*rebuilt/);
    // rewritten: the next read is a hit again
    expect(cached("t", () => "k", v.build, jsonCodec(), cache)).toEqual({ w: "röntgen" });
    expect(v.builds()).toBe(1);
  });

  it("ignores a payload its codec refuses (same checksum, wrong shape), with a log line", () => {
    const strict = { encode: (v: number[]) => Buffer.from(JSON.stringify(v)), decode: (b: Buffer) => { const v = JSON.parse(b.toString()) as unknown; if (!Array.isArray(v)) throw new Error("not a list"); return v as number[]; } };
    cached("t", () => "k", () => ({ not: "a list" }) as unknown as number[], strict, cache);
    expect(cached("t", () => "k", () => [1, 2], strict, cache)).toEqual([1, 2]);
    expect(warnings.join("\n")).toMatch(/not a list/);
  });

  it("still answers when the folder cannot be written (a read-only deployment), with a log line", () => {
    fs.writeFileSync(path.join(dir, "cache"), "a file where the folder should be");
    // (a folder that cannot be made: a file stands in its place)
    expect(cached("t", () => "k", () => 42, jsonCodec(), cache)).toBe(42);
    expect(warnings.join("\n")).toMatch(/not written/);
  });

  it("computes without a folder (no cache configured)", () => {
    const v = counted(7);
    expect(cached("t", () => "k", v.build, jsonCodec(), undefined)).toBe(7);
    expect(cached("t", () => "k", v.build, jsonCodec(), undefined)).toBe(7);
    expect(v.builds()).toBe(2);
  });

  it("keeps a data folder's entries as files in DATA_DIR itself (tools that copy DATA_DIR copy files, not folders)", () => {
    cached("x", () => "k", () => 1, jsonCodec(), buildCacheIn(dir));
    expect(fs.readdirSync(dir, { withFileTypes: true }).filter((f) => !f.isFile())).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(["router-x.cache"]);
  });

  it("keys by every part and its boundaries", () => {
    expect(cacheKey(["ab", "c"])).not.toBe(cacheKey(["a", "bc"]));
    expect(cacheKey(["ab", "c"])).toBe(cacheKey(["ab", Buffer.from("c")]));
  });
});

describe("what the router keeps in the build cache", () => {
  it("gives the same lexicon read back as parsed, and the router the same answers with it", () => {
    const parsed = loadLexicon(lexiconDir());
    if (!parsed.ok) throw new Error(parsed.message);
    loadShippedLexicon(cache);
    const readBack = loadShippedLexicon(cache);
    expect(readBack).toEqual(JSON.parse(JSON.stringify(parsed.lexicon)));
    const catalog = sampleCatalog();
    const a = new Router(catalog, { lexicon: parsed.lexicon });
    const b = new Router(catalog, { lexicon: readBack });
    for (const question of ["Vem äger frågan om gemensam produktionsplanering i Mellansverige?", "Vem utser ordförande i samordningsrådet för bild- och funktionsmedicin?", "Who decides on radiology queues?"])
      expect(b.routeDetailed({ question })).toEqual(a.routeDetailed({ question }));
    expect(warnings).toEqual([]);
  });

  it("rebuilds the lexicon when a file of it changes", () => {
    const lex = path.join(dir, "lexicon");
    fs.mkdirSync(lex);
    fs.writeFileSync(path.join(lex, "a.yaml"), "outside: [Region Skåne]\n");
    expect(loadShippedLexicon(cache, lex).outside).toEqual(["Region Skåne"]);
    fs.writeFileSync(path.join(lex, "a.yaml"), "outside: [Region Skåne, Region Halland]\n");
    expect(loadShippedLexicon(cache, lex).outside).toEqual(["Region Skåne", "Region Halland"]);
    fs.writeFileSync(path.join(lex, "b.yaml"), "outside: [Region Kalmar]\n");
    expect(loadShippedLexicon(cache, lex).outside).toEqual(["Region Skåne", "Region Halland", "Region Kalmar"]);
  });

  it("gives the same Swedish dictionary read back as built from the word list, and survives a damaged file", () => {
    const words = ["röntgen", "parkeringsböter", "bestämmer", "äger", "xqzvw", "samordningsrådet", "bil", "bild", "fotboll", "kvzzq", "mötena", "ägde", "beslutr"].map((w) => w.normalize("NFC"));
    const read = (name: string) => fs.readFileSync(require.resolve(`dictionary-sv/${name}`), "utf8");
    const fresh = dictionaryFromText(read("index.dic"), read("index.aff"));
    const fold = (w: string) => w.replace(/[åä]/g, "a").replace(/ö/g, "o");
    const answers = (d: ReturnType<typeof loadSwedishDictionary>) => words.map((w) => [d?.has(fold(w)), d?.hasSimple(fold(w)), d?.hasPart(fold(w))]);
    const built = loadSwedishDictionary(cache);
    const readBack = loadSwedishDictionary(cache);
    expect(readBack?.words).toBe(fresh.words);
    expect(answers(built)).toEqual(answers(fresh));
    expect(answers(readBack)).toEqual(answers(fresh));
    const f = file("swedish-dictionary");
    fs.writeFileSync(f, fs.readFileSync(f).subarray(0, 1000));
    expect(answers(loadSwedishDictionary(cache))).toEqual(answers(fresh));
    expect(warnings).toHaveLength(1);
  });
});
