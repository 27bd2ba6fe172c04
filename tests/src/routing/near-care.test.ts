/*
 * "Nära vård" is a term of the mandates (000: "Samverka i omställningen till Nära vård"). Folded, "nära" is "nara", which
 * the chat word "nåra" (några) in fragor.yaml's question words also was: the word was dropped as a function word, and
 * the lexicon's concept of nära vård shrank to "vård", which every mandate has. Questions written for this test, not
 * taken from the tune or holdout halves.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("nära vård is its own term", () => {
  it("offers both organisations for a question that names neither (000's verksamhetschefsgrupp, the VGR råd's 'omställningen')", () => {
    const r = router.route({ question: "Vilken grupp driver arbetet med nära vård?" });
    expect(r.status).toBe("ambiguous");
    expect(r.candidates.map((c) => c.id)).toContain("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("answers the verksamhetschefsgrupp in Mellansverige", () => {
    expect(say("Vilken grupp i Mellansverige arbetar med nära vård?")).toBe("owner sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });
});
