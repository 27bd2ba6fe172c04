/*
 * A word written with a capital inside a sentence is a name and is not "corrected" into a catalog word ("Kalmar" is
 * not "kallar"), but a name one typo from a place or organisation the lexicon names is that place: "Mellanserige" is
 * Mellansverige, "Västmaland" Västmanland. Questions written by the lead.
 */
import { sampleRouter } from "./sample-router";

const { say } = sampleRouter();

describe("a typo in a place's name", () => {
  it.each([
    ["Vilken grupp i Mellanserige samordnar urologin?", "Vilken grupp i Mellansverige samordnar urologin?"],
    ["Vem i Mellansvrige för regionernas talan i nationella sammanhang?", "Vem i Mellansverige för regionernas talan i nationella sammanhang?"],
    ["Var kan kommunerna i Västmaland ta upp oenighet om ansvaret för hemsjukvården?", "Var kan kommunerna i Västmanland ta upp oenighet om ansvaret för hemsjukvården?"],
  ])("%s", (typo, clean) => {
    const want = say(clean);
    expect(want.startsWith("owner ")).toBe(true);
    expect(say(typo)).toBe(want);
  });
  it("keeps a name that is no typo of a known place as written", () => {
    expect(say("Vilken grupp i Region Kalmar län samordnar ortopedin?")).toBe("none");
  });
});
