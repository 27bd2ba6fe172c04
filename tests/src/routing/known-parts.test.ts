import * as fs from "node:fs";
import { KnownParts, MAX_REMOVED, removalEnds } from "../../../src/routing/known-parts";
import { foldWord, keySv, words } from "../../../src/routing/normalize";
import { sampleCatalog } from "./sample-catalog";

/** A fixed spread of Swedish words (every 97th of dictionary-sv's base forms) and their pieces. */
function dictionarySample(): string[] {
  const dic = fs.readFileSync(require.resolve("dictionary-sv/index.dic"), "utf8").split("\n").slice(1);
  const out: string[] = [];
  for (let i = 0; i < dic.length; i += 97) {
    const w = dic[i]!.split("/")[0]!;
    if (/^[a-zåäö]{2,}$/.test(w)) out.push(foldWord(w));
  }
  return out;
}

const pieces = (w: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) out.push(w.slice(i, j));
  return out;
};

/** removalEnds as first written (arrays of positions, slot by slot): the bit mask must give the same ends. */
function referenceEnds(w: string, m: number): number[] {
  const slots: (string[] | "doubled")[] = ["doubled", ["t"], ["lig", "ig", "els", "t"], ["d", "n", "t"], MAIN, EXTRA, ["lig", "ig", "els", "t"], ["d", "n", "t"], MAIN];
  let at = [m];
  for (const slot of slots) {
    const next = [...at];
    for (const p of at)
      if (slot === "doubled") {
        if (p > 0 && p < w.length && w[p] === w[p - 1] && "bdfgklmnprstv".includes(w[p]!)) next.push(p + 1);
      } else for (const e of slot) if (w.startsWith(e, p)) next.push(p + e.length);
    at = [...new Set(next)];
  }
  return at.sort((x, y) => x - y);
}
const MAIN = ["a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "s", "as", "arnas", "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast"];
const EXTRA = ["ingarna", "ingens", "ingen", "ingar", "ets", "ing", "et", "an", "n"];

describe("known parts of a word (the index build's compound splitting)", () => {
  it("the removal ends as a bit mask are the ends the slot-by-slot walk finds", () => {
    const wrong: string[] = [];
    const sample = [...dictionarySample(), "heternaheterna", "ingarnaheternaligt", "anddtheterna", "vardplaneringarnas"];
    for (const w of sample) for (let m = 0; m <= w.length; m++) if (removalEnds(w, m).join() !== referenceEnds(w, m).join()) wrong.push(`${w}@${m}`);
    // the longest removal there can be fills all 32 bits
    const longest = "xx" + "t" + "els" + "t" + "heterna" + "ingarna" + "lig" + "t" + "heterna";
    expect(removalEnds(longest, 2)).toEqual(referenceEnds(longest, 2));
    expect(wrong).toEqual([]);
  });

  it("a Swedish key is its word less endings the stemmer removes, in the order it removes them", () => {
    const wrong: string[] = [];
    for (const w of dictionarySample())
      for (const p of pieces(w)) {
        const k = keySv(p);
        if (!(p.startsWith(k) && p.length - k.length <= MAX_REMOVED && removalEnds(p, k.length).includes(p.length))) wrong.push(`${p} → ${k}`);
      }
    expect(wrong).toEqual([]);
  });

  it("answers as stemming every piece would, also after keys are added", () => {
    const catalogWords = new Set(sampleCatalog().entries.flatMap((e) => [e.name, ...e.duties.map((d) => d.text)].flatMap(words)));
    const ws = new Set([...catalogWords].filter((w) => w.length >= 3));
    const keys = new Set([...ws].map(keySv));
    const byKey = (p: string) => {
      const k = keySv(p);
      return (k.length >= 4 || k === p) && keys.has(k);
    };
    const known = new KnownParts(ws, keys, keySv, (length, whole) => length >= 4 || whole);
    const wrong: string[] = [];
    const check = (w: string) => {
      const at = known.forWord(w);
      for (let i = 0; i < w.length; i++)
        for (let j = i + 1; j <= w.length; j++) {
          const p = w.slice(i, j);
          if (at(i, j) !== (ws.has(p) || byKey(p))) wrong.push(`${w}: ${p}`);
        }
    };
    const sample = [...ws].filter((w) => w.length >= 9).concat(dictionarySample().filter((w) => w.length >= 9).slice(0, 300));
    for (const w of sample) check(w);
    // a word's function asked before keys are added, and again after (rows filled before must be filled again)
    const kept = ["vardplaneringsansvaret", "uppfoljningsplaneringen", "ansvarsplaneringarna"].map((w) => ({ w, at: known.forWord(w) }));
    const ask = ({ w, at }: { w: string; at: (i: number, j: number) => boolean }) => {
      for (let i = 0; i < w.length; i++)
        for (let j = i + 1; j <= w.length; j++) if (at(i, j) !== (ws.has(w.slice(i, j)) || byKey(w.slice(i, j)))) wrong.push(`kept ${w}: ${w.slice(i, j)}`);
    };
    kept.forEach(ask);
    for (const k of ["planering", "ansvar", "uppfoljning"]) {
      keys.add(k);
      known.addKey(k);
    }
    check("vardplaneringsansvaret");
    check("uppfoljningsplaneringen");
    kept.forEach(ask);
    expect(wrong).toEqual([]);
  });

  it("finds the prefixes of a word that are words (not keys, also after keys are added), as slicing would", () => {
    const ws = new Set(["vard", "vardplan", "plan", "ansvar", "vardplanering"]);
    const keys = new Set(["vardpl", "ansv"]);
    const known = new KnownParts(ws, keys, keySv, () => true);
    known.addKey("vardplaneringsansv");
    const wrong: string[] = [];
    for (const w of ["vardplaneringsansvaret", "ansvarsvard", "planvard", "xvard", "vardplan"]) {
      const out = new Uint8Array(w.length + 1).fill(7);
      known.wordPrefixes(w, out);
      for (let i = 0; i <= w.length; i++) if (out[i] !== (ws.has(w.slice(0, i)) ? 1 : 0)) wrong.push(`${w}@${i}`);
    }
    expect(wrong).toEqual([]);
  });
});
