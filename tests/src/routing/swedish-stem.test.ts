import * as fs from "node:fs";
import { foldWord } from "../../../src/routing/normalize";
import { stemSwedish } from "../../../src/routing/swedish-stem";

// snowball-stemmers ships no type declarations
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { newStemmer } = require("snowball-stemmers") as { newStemmer(lang: string): { stem(word: string): string } };

describe("the Swedish stemmer (swedish-stem.ts) gives the library's stems", () => {
  it("on every word of dictionary-sv and every piece of every 13th word", () => {
    const library = newStemmer("swedish");
    const dic = fs.readFileSync(require.resolve("dictionary-sv/index.dic"), "utf8").split("\n").slice(1);
    const ws = dic.map((l) => foldWord(l.split("/")[0]!)).filter((w) => /^[a-z]+$/.test(w));
    expect(ws.length).toBeGreaterThan(50_000);
    const strings = [...ws, "", "s", "as", "ss", "fullt", "ettfullt", "lig", "aalig", "samordningsradens", "tt", "kvartalsvis"];
    for (let i = 0; i < ws.length; i += 13) for (let a = 0; a < ws[i]!.length; a++) for (let b = a + 1; b <= ws[i]!.length; b++) strings.push(ws[i]!.slice(a, b));
    const differ = strings.filter((w) => stemSwedish(w) !== library.stem(w));
    expect(differ).toEqual([]);
  });

  it("leaves words with other letters or digits to the library", () => {
    expect(stemSwedish("rådet")).toBeUndefined();
    expect(stemSwedish("covid19")).toBeUndefined();
    expect(stemSwedish("Rad")).toBeUndefined();
    expect(stemSwedish("samordningsradet")).toBe(newStemmer("swedish").stem("samordningsradet"));
  });
});
