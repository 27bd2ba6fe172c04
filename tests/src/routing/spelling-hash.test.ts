import { deletionHashes, hashOf, SpellingIndex } from "../../../src/routing/spelling";

/** The index files each deletion of a word under deletionHashes and looks a deletion up by hashOf: they must agree. */
describe("spelling index hashes", () => {
  it("hashes every deletion of a word as the deletion itself hashes", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzåäöé-";
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const one = new Int32Array(42);
    const suffix = new Int32Array(43);
    const wrong: string[] = [];
    for (let t = 0; t < 5000; t++) {
      const n = 1 + Math.floor(rnd() * 41);
      let w = "";
      for (let i = 0; i < n; i++) w += letters[Math.floor(rnd() * letters.length)];
      deletionHashes(w, one, suffix);
      for (let i = 0; i < n; i++) if (one[i]! >>> 0 !== hashOf(w.slice(0, i) + w.slice(i + 1))) wrong.push(`${w}@${i}`);
    }
    expect(wrong).toEqual([]);
  });

  it("finds a word one edit away through those hashes", () => {
    const s = new SpellingIndex([["ledningsgruppen", 3], ["kompetensforsorjning", 2], ["ortopedi", 1]]);
    expect([s.correct("ledningsgrupen"), s.correct("kompetensforsorjnig"), s.correct("ortoepdi"), s.correct("ledningsgrupen")]).toEqual(["ledningsgruppen", "kompetensforsorjning", "ortopedi", "ledningsgruppen"]);
  });
});
