/*
 * "hen" is Swedish's gender-neutral personal pronoun, a function word as "han" and "hon" are (lunr's list has those,
 * not "hen"): it says who, never what a question is about (samples/lexicon/fragor.yaml). Read as an unknown word it
 * weighed as much as the matter itself. Questions written for this test, not from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";
import { sampleAnalyzer } from "./sample-router";

const router = new Router(sampleCatalog());
const analyze = sampleAnalyzer(router);
const topicWords = (q: string) => analyze(q).tokens.map((t) => t.word);

describe("hen, hens, henom carry no topic, as han and hon do", () => {
  it.each([
    ["Vår ordförande behöver ett beslut för hela regionen. Vem vänder hen sig till?", "hen"],
    ["Vem ska godkänna hens förslag i rådet?", "hens"],
    ["Vem har utsett henom till ordförande?", "henom"],
  ])("%s", (q, pronoun) => {
    expect(topicWords(q)).not.toContain(pronoun);
    expect(topicWords(q.replace(pronoun, pronoun === "hens" ? "hans" : "han"))).not.toContain("han");
  });
});

describe("a chair's need of a region-wide decision goes to the kontaktperson (004 Beslutsfattande)", () => {
  it("Ordföranden för BoF-rådet behöver ett beslut som rör hela VGR. Vem ska hen vända sig till?", () => {
    const r = router.route({ question: "Ordföranden för BoF-rådet behöver ett beslut som rör hela VGR. Vem ska hen vända sig till?" });
    expect(`${r.status} ${r.owner?.id ?? ""}`).toBe("owner vgr:kontaktperson-samordningsrad");
  });
});
