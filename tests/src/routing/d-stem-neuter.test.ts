/**
 * A stem in -d makes its neuter and supine in -tt (utredd/utreda → utrett, bred → brett): a general fact of Swedish.
 * Such a word is a real word, never "corrected" into a catalog word one edit away ("utrett" is not "utsett", a word
 * of appointing that reads a relation into the question).
 */
import { dictionaryFromText } from "../../../src/routing/dictionary";
import { analyzeQuestion } from "../../../src/routing/analyze";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

describe("a -tt form of a stem in -d", () => {
  it("is a word of the dictionary through its base form", () => {
    const d = dictionaryFromText("3\nutreda/A\nbred\nbil\n");
    expect(d.hasSimple("utrett")).toBe(true);
    expect(d.hasSimple("brett")).toBe(true);
    expect(d.hasSimple("bitt")).toBe(false);
  });

  it("is not corrected into a catalog word", () => {
    const r = new Router(sampleCatalog()) as unknown as { lex: never; vocab: never };
    const a = analyzeQuestion("Koncernledningen vill ha ett underlag om urologin utrett.", r.lex, r.vocab);
    expect(a.words).toContain("utrett");
    expect(a.words).not.toContain("utsett");
  });
});
