/**
 * Issue 13 (relation, no group and no organisation named): "Vem föreslår ordförande?" — 004's råd nominates chairs of
 * national programme areas ("Nominera ordförande och ledamöter till nationella programområden"), 003 names who proposes
 * a råd's own chair ("… efter förslag från förvaltningscheferna"). The question does not say whose chair: both offered,
 * not the råd with confidence. An organisation given settles it as before (every VGR råd names the förvaltningschefer).
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a bare relation that mandates name for different chairs", () => {
  it("no organisation: ambiguous between the duty's group and the proposer of a råd's chair", () => {
    const r = router.route({ question: "Vem föreslår ordförande?" });
    expect(r.status).toBe("ambiguous");
    expect(r.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(["vgr:samordningsrad-bild-och-funktionsmedicin", "vgr:forvaltningschef"]));
  });

  it("VGR given: the förvaltningschefer (003/004 alike)", () => {
    expect(router.route({ question: "Vem föreslår ordförande?", org: "vgr" }).owner?.id).toBe("vgr:forvaltningschef");
  });
});
