import { compileLexicon } from "../../../src/routing/compiled-lexicon";
import { shippedLexicon } from "../../../src/routing/lexicon";
import { keySv, keySvCached } from "../../../src/routing/normalize";
import { Vocabulary } from "../../../src/routing/vocabulary";

/**
 * The process-wide key cache (normalize.ts) holds 100,000 keys and then stops taking more: a 10,000-group build stems
 * some 300,000 words and pieces, which filled it with the build's words, so a question's words were stemmed afresh
 * at every turn after it. The build keeps its own memo of them instead.
 */
describe("a router build and the process-wide key cache", () => {
  it("leaves the catalog's words and their pieces out of it, with the same keys", () => {
    const lex = compileLexicon(shippedLexicon());
    // made-up compounds no other test stems
    const made = ["zyxoplaneringsarbetena", "qwuvardplaneringarnas", "zyxouppfoljningsansvaret"];
    const vocab = new Vocabulary(new Map(made.map((w): [string, number] => [w, 1])), lex);
    for (const w of made) vocab.passageWord(w);
    const pieces = made.flatMap((w) => [w, w.slice(4), w.slice(5)]);
    expect(pieces.filter(keySvCached)).toEqual([]);
    for (const w of made) expect(vocab.passageWord(w).key).toBe(keySv(w));
  });
});
