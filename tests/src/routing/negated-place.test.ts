/**
 * Issue 13 (topic): "inte i VGR" after a verb ("klaras inte i VGR", "fungerar inte i VGR") says where something is not
 * so — a place of the matter — where "alltså inte VGR" or "inte i Mellansverige utan i VGR" leaves an organisation out
 * of the answer. Read as leaving VGR out, the question was answered in another organisation (or with none). A general
 * fact of Swedish: the negation after the finite verb negates the clause; "utan" sets a right place against a wrong
 * one. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a negated place is the matter's place", () => {
  it.each([
    ["Väntetiderna till knäoperation hålls inte i Västra Götalandsregionen. Vilken grupp samordnar tillgängligheten?", "vgr:samordningsrad-inom-halso-och-sjukvard"],
    ["Mammografiscreeningen fungerar inte i VGR just nu, vem driver frågan?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
    ["Köerna till starroperation är långa i Region Dalarna men inte i Region Uppsala. Vilken grupp kan samordna det?", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
  ])("%s → %s", (q, owner) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(owner);
  });

  it("'inte i X utan i Y' still leaves X out", () => {
    const d = router.routeDetailed({ question: "Vem har hand om mammografin, alltså inte i Mellansverige utan i VGR?" });
    expect(d.analysis.organization?.id).toBe("vgr");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
