/**
 * Issue 13 (topic): working differently in different places, and wanting everyone to work the same way, is what 000
 * and 003 call jämlik vård ("utan omotiverade skillnader"): "arbetar olika", "blir desamma", "samma arbetssätt",
 * "likadant överallt" read as that concept; "olika" alone does not (it says nothing of the kind in "olika grupper").
 * Sentences written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";
import { sampleAnalyzer } from "./sample-router";

const router = new Router(sampleCatalog());
const analyze = sampleAnalyzer(router);
const EQUAL = "~jamlik";
const concepts = (q: string) => new Set(analyze(q).tokens.flatMap((t) => t.terms.map((x) => x.term)));

describe("the same way of working everywhere", () => {
  it.each([
    "Sjukhusen i VGR arbetar olika med adhd-utredningarna.",
    "Vem ser till att rutinerna blir desamma?",
    "Vi vill ha samma arbetssätt för strokevården på alla sjukhus.",
    "Vem ser till att det blir likadant överallt?",
  ])("%s speaks of jämlik vård", (q) => {
    expect(concepts(q).has(EQUAL)).toBe(true);
  });

  it("'olika' alone does not", () => {
    expect(concepts("Vilka olika grupper finns det i VGR?").has(EQUAL)).toBe(false);
  });

  it("a long question about it reaches the samordningsråd kind", () => {
    const q = "Jag är sektionschef inom vuxenpsykiatrin på SÄS. Vi arbetar olika på sjukhusen i VGR när det gäller bipolärvården och det blir rörigt för patienterna. Vem tar hand om att processerna blir desamma?";
    expect(router.route({ question: q }).owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });
});
