/**
 * Issue 13 (ambiguous): "gruppen" by no name, asked who appoints its members and nothing else, no organisation known —
 * the answer is the party each organisation's mandates name (003 "Förvaltningschef utser deltagare", 002 Chefsforum
 * "beslutar om … deltagare"), offered as candidates with the organisation asked for, not the groups themselves: the
 * same reading as with the organisation known. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a relation of a group by no name, no organisation known", () => {
  it.each([["Vem bestämmer vilka som sitter i gruppen?"], ["Vem utser deltagarna i gruppen?"]])("%s → each organisation's party", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("ambiguous");
    const ids = d.result.candidates.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["vgr:forvaltningschef", "vastmanland:chefsforum"]));
    expect(ids).not.toContain("vgr:samordningsrad-inom-halso-och-sjukvard");
    expect(d.analysis.askOrganization).toBe(true);
  });

  it("with the organisation known, its party answers", () => {
    expect(router.route({ question: "Vem utser deltagarna i gruppen?", org: "vgr" }).owner?.id).toBe("vgr:forvaltningschef");
  });
});
