/**
 * Issue 13 (round 28): a question's inflected form of a word the catalog knows, where the stemmer keys the two apart
 * ("fastställde" faststalld / "fastställa" faststal, "anmälde", "psykiatris", "ansvarsområdena"), is read as that word:
 * the dictionary's own suffix rules undone (inflection-base.ts), the result an entry of the word list whose key the
 * catalog has. General Swedish inflection, no list of words. Sentences written for this test.
 */
import { analyzeQuestion } from "../../../src/routing/analyze";
import { keySv } from "../../../src/routing/normalize";
import { backwardsRules, baseCandidates, swedishBackwardsRules } from "../../../src/routing/inflection-base";
import { parseAffixes } from "../../../src/routing/affixes";
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

describe("a suffix rule undone", () => {
  const rules = backwardsRules(parseAffixes("SFX A Y 2\nSFX A a de a\nSFX A a t a\nSFX B Y 1\nSFX B 0 s .\n"));
  it("puts back what the rule took off, under its condition", () => {
    expect(baseCandidates("anmalde", rules)).toContain("anmala");
    expect(baseCandidates("anmalt", rules)).toContain("anmala");
  });
  it("undoes a suffix on a suffix", () => {
    expect(baseCandidates("anmaldes", rules)).toContain("anmala");
  });
  it("gives nothing for an ending no rule adds", () => {
    expect(baseCandidates("anmalx", rules)).toEqual([]);
  });
  it("reads dictionary-sv's own affix file", () => {
    const sv = swedishBackwardsRules();
    expect(sv).not.toBeNull();
    expect(baseCandidates("faststallde", sv!)).toContain("faststalla");
  });
});

describe("a question's inflected form has the catalog word's key among its terms", () => {
  const r = new Router(sampleCatalog()) as unknown as { lex: never; vocab: never; route: Router["route"] };
  const terms = (q: string) => analyzeQuestion(q, r.lex, r.vocab).tokens.flatMap((t) => t.terms.map((x) => x.term));
  it.each([
    ["fastställde", "fastställa"],
    ["anmälde", "anmäla"],
    ["psykiatris", "psykiatri"],
    ["ansvarsområdena", "ansvarsområde"],
  ])("%s → %s", (form, base) => {
    expect(terms(`Vem ${form} det?`)).toContain(keySv(base.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()));
  });
  it("Vem följde upp de beslutade åtgärderna inom röntgen i VGR?", () => {
    const res = r.route({ question: "Vem följde upp de beslutade åtgärderna inom röntgen i VGR?" });
    expect(`${res.status} ${res.owner?.id}`).toBe("owner vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});

describe("a Swedish inflected word in an English question is read as Swedish", () => {
  const r = new Router(sampleCatalog());
  it("Which group handles psykiatris frågor i Västmanland?", () => {
    const res = r.route({ question: "Which group handles psykiatris frågor i Västmanland?" });
    expect(`${res.status} ${res.owner?.id}`).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
  it("an English word no Swedish rule makes a catalog word stays English", () => {
    const res = r.route({ question: "Which group resets the parking meters in Västmanland?" });
    expect(res.status).not.toBe("owner");
  });
});
