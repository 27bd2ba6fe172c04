/*
 * Issue 13 point 3, a kind instead of a group: 004 is the mandate of Samordningsråd bild- och funktionsmedicin, but it
 * repeats the samordningsråd template's clauses (003) for any råd. A question that names neither that råd nor anything
 * of its area, and that the concrete råd would only win on a clause it inherits from the template (its other clauses
 * adding support), is about the kind: the template answers, said as the kind with its concrete groups listed. A care
 * area of the råd still settles it for the råd. Questions written for this test, not taken from the development sets.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const BFM = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("a clause the concrete råd inherits from its kind, with no area named", () => {
  it("is the kind's, said as the kind", () => {
    const d = router.routeDetailed({ question: "Vem tar hand om omställningen till nära vård?", org: "vgr" });
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(KIND);
    expect(d.analysis.kindOnly?.groups.map((g) => g.id)).toContain(BFM);
  });

  it("is the concrete råd's when the question names its area", () => {
    const r = router.route({ question: "Vem tar hand om omställningen till nära vård inom röntgen?", org: "vgr" });
    expect(r.owner?.id).toBe(BFM);
  });
});
