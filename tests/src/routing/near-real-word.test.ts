/*
 * A typo that no catalog word explains is still a typo of a Swedish word: "fakura" is faktura, "pubicerar" is
 * publicerar (003: "Anteckningarna ska publiceras"), one edit from the dictionary's word and from no other stem. And the
 * commonest typo, a letter left out inside a word, sometimes spells another real word ("guppen" of gruppen): read as
 * the word the catalog or the lexicon's questions write, when it is the only such word and of another stem. A letter
 * left out of an ending makes another form, not a typo ("delar" / "deltar"). Questions written for this test.
 */
import { sampleAnalyzer, sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();
const read = sampleAnalyzer(router);

describe("a typo of a real Swedish word", () => {
  it("reads a word one edit from one real word as that word", () => {
    expect(read("Var pubicerar samordningsråden sina anteckningar?").words).toContain("publicerar");
    const a = read("Jag har fått en fakura från vårdcentralen");
    expect(a.words).toContain("faktura");
    expect(a.tokens.every((t) => t.real)).toBe(true);
  });

  it("leaves a word near two stems unread but real", () => {
    const a = read("Vad betyder faktuar?");
    expect(a.words).toContain("faktuar");
  });

  it("reads a real word with a letter left out inside it as the catalog's word", () => {
    expect(read("Hur ofta har guppen möte i Västmanland?").words).toContain("gruppen");
  });

  it("keeps real words whose near catalog word differs in the ending or the first letter", () => {
    expect(read("Vem delar ut pengarna till skolan?").words).toEqual(expect.arrayContaining(["delar", "skolan"]));
  });

  it.each([
    ["Var pubicerar samordningsråden i VGR sina anteckningar?", "Var publicerar samordningsråden i VGR sina anteckningar?"],
    ["Vem kan ge guppen i Västmanland ett formellt uppdrag?", "Vem kan ge gruppen i Västmanland ett formellt uppdrag?"],
  ])("%s", (typo, clean) => {
    expect(say(typo)).toBe(say(clean));
  });
});
