/**
 * Issue 13 point 1, relations: a question whose question phrase is its subject ("Vem …", "Vilken grupp …") puts the
 * finite verb right after it, and that verb is what the one asked for does. "Vilken grupp förbereder ärenden inför
 * nämndens beslut?" asks who prepares (001: "bereder ärenden till samverkansnämnden"), not who decides; "Vem tar beslut
 * om det ledningsgruppen förbereder?" still asks who decides. And "vilken grupp" is the group asked for, not a group
 * the asker has in mind (Västmanland's one group): its relations are not what is asked. Questions written for this test.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("a word of preparing right after the question phrase", () => {
  it("asks who prepares, the decision only what it is for", () => {
    const d = router.routeDetailed({ question: "Vilken grupp förbereder ärenden inför nämndens beslut?", org: "sjukvardsregion-mellansverige" });
    expect(d.analysis.asks).toBe("prepares");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("with 'vem' too", () => {
    const r = router.route({ question: "Vem bereder frågorna inför besluten i nämnden?", org: "sjukvardsregion-mellansverige" });
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:ledningsgrupp");
  });

  it("leaves who decides on what another prepares", () => {
    const d = router.routeDetailed({ question: "Vem tar beslut om det ledningsgruppen förbereder?" });
    expect(d.analysis.asks).toBe("decides");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:samverkansnamnden");
  });

  it("does not answer with the body the organisation's one group prepares for when 'vilken grupp' asks for the group", () => {
    const r = router.route({ question: "Vilken grupp bereder frågor inför beslut?", org: "vastmanland" });
    expect(r.owner?.id).not.toBe("vastmanland:chefsforum");
    expect(r.candidates.map((c) => c.id)).toContain("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
