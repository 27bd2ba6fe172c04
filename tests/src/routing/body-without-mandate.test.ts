/**
 * Issue 13 (round 27): a body the mandates name but that has no mandate of its own (002's Chefsforum, 000's
 * Samverkansnämnden) — no clause says who sits in it or who chairs it. Another mandate's clause that names the body
 * ("Chefsforum är uppdragsgivare …", 002) is no answer to that: the body is the only candidate, no guess (as for a named
 * group whose mandate is silent on the relation asked). A group with a mandate keeps its participants' clause.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router, say } = sampleRouter();

describe("who sits in or chairs a body with no mandate: no guess, the body as the only candidate", () => {
  it.each([
    ["vilka sitter i chefsforum?", "vastmanland:chefsforum"],
    ["Vem är ordförande i Chefsforum?", "vastmanland:chefsforum"],
    ["vem är ordförande i samverkansnämnden", "sjukvardsregion-mellansverige:samverkansnamnden"],
  ])("%s", (q, body) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("none");
    expect(r.candidates.map((c) => c.id)).toEqual([body]);
  });
});

describe("a group with a mandate answers with its participants' clause", () => {
  it("vem sitter i ledningsgruppen i Mellansverige?", () => {
    expect(say("vem sitter i ledningsgruppen i Mellansverige?")).toBe("owner sjukvardsregion-mellansverige:ledningsgrupp");
  });
});
