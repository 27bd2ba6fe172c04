import * as fs from "node:fs";
import { foldWord } from "../../../src/routing/normalize";
import { splitCompound } from "../../../src/routing/vocabulary";

type Known = 0 | 1 | 2;
const MIN_PART = 3;
const LINKS = ["", "s", "e", "a", "u", "o"];

/**
 * The split as splitCompound first did it, every candidate of every suffix compared (no rest taken as known before
 * the rest's own pieces are tried): the build now settles a suffix the catalog knows whole at once, and must split
 * every word as this does.
 */
function referenceSplit(w: string, known: (p: string) => Known): string[] {
  type Best = { parts: number; catalog: number; lastCatalog: boolean; links: number; lastLen: number; end: number; next: number };
  const memo = new Map<number, Best | null>();
  const better = (a: Omit<Best, "end" | "next">, b: Best) =>
    a.parts !== b.parts ? a.parts < b.parts : a.lastCatalog !== b.lastCatalog ? a.lastCatalog : a.catalog !== b.catalog ? a.catalog > b.catalog : a.links !== b.links ? a.links < b.links : a.lastLen > b.lastLen;
  const from = (i: number): Best | null => {
    if (memo.has(i)) return memo.get(i)!;
    let best: Best | null = null;
    for (let j = i + MIN_PART; j <= w.length; j++) {
      const k = known(w.slice(i, j));
      if (!k) continue;
      if (j === w.length) {
        if (i === 0) continue;
        const c = { parts: 1, catalog: k === 2 ? 1 : 0, lastCatalog: k === 2, links: 0, lastLen: j - i };
        if (!best || better(c, best)) best = { ...c, end: j, next: j };
        continue;
      }
      for (const link of LINKS) {
        if (link && w[j] !== link) continue;
        const next = j + link.length;
        if (w.length - next < MIN_PART) continue;
        const r = from(next);
        if (!r) continue;
        const c = { parts: 1 + r.parts, catalog: r.catalog + (k === 2 ? 1 : 0), lastCatalog: r.lastCatalog, links: r.links + link.length, lastLen: r.lastLen };
        if (!best || better(c, best)) best = { ...c, end: j, next };
      }
    }
    memo.set(i, best);
    return best;
  };
  const top = from(0);
  if (w.length < 2 * MIN_PART || w.length > 40 || !top || top.parts < 2) return [];
  const out: string[] = [];
  for (let i = 0; ; i = memo.get(i)!.next) {
    out.push(w.slice(i, memo.get(i)!.end));
    if (memo.get(i)!.end === w.length) return out;
  }
}

/** Every 61st base form of dictionary-sv, folded (a fixed spread of Swedish words). */
function sample(): string[] {
  const dic = fs.readFileSync(require.resolve("dictionary-sv/index.dic"), "utf8").split("\n").slice(1);
  const out: string[] = [];
  for (let i = 0; i < dic.length; i += 61) {
    const w = dic[i]!.split("/")[0]!;
    if (/^[a-zåäö]{3,}$/.test(w)) out.push(foldWord(w));
  }
  return out;
}

describe("compound splitting", () => {
  it("splits compounds of two and three words, linked or not, as the full comparison of every split does", () => {
    const ws = sample();
    // every third word "in the catalog", the rest only in the dictionary, and their heads with inflections
    const catalog = new Set(ws.filter((_, i) => i % 3 === 0));
    const dict = new Set(ws);
    for (const w of ws.slice(0, 400)) for (const end of ["en", "et", "erna", "arna"]) dict.add(w + end);
    const known = (p: string): Known => (catalog.has(p) ? 2 : dict.has(p) ? 1 : 0);
    const compounds: string[] = [];
    for (let i = 0; i + 2 < ws.length && compounds.length < 6000; i += 3) {
      const [a, b, c] = [ws[i]!, ws[i + 1]!, ws[i + 2]!];
      compounds.push(a + b, `${a}s${b}`, a + b + "en", a + b + c, `${a}s${b}e${c}`, b + a, c + "s" + a + "erna");
    }
    const wrong: string[] = [];
    let split = 0;
    for (const w of compounds) {
      const got = splitCompound(w, known).join("|");
      const want = referenceSplit(w, known).join("|");
      if (want) split++;
      if (got !== want) wrong.push(`${w}: ${got} ≠ ${want}`);
    }
    expect(split).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("breaks ties between splits as the full comparison does (words of few letters, split many ways)", () => {
    // a tiny alphabet with the linking letters makes most words splittable in several ways of equal length
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const word = (n: number) => Array.from({ length: n }, () => "asekl"[Math.floor(rnd() * 5)]).join("");
    const catalog = new Set(Array.from({ length: 120 }, () => word(3 + Math.floor(rnd() * 3))));
    const dict = new Set(Array.from({ length: 160 }, () => word(3 + Math.floor(rnd() * 4))));
    const known = (p: string): Known => (catalog.has(p) ? 2 : dict.has(p) ? 1 : 0);
    const pool = [...catalog, ...dict];
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (let n = 0; n < 4000; n++) {
      const parts = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pool[Math.floor(rnd() * pool.length)]!);
      const w = parts.join(rnd() < 0.3 ? "s" : "");
      const got = splitCompound(w, known).join("|");
      const want = referenceSplit(w, known).join("|");
      seen.add(want);
      if (got !== want) wrong.push(`${w}: ${got} ≠ ${want}`);
    }
    expect(seen.size).toBeGreaterThan(2000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
