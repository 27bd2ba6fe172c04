/**
 * Issue 13 (relation, kind vs group): "ortopedirådet", "psykiatrirådet" — a care area compounded with a kind's head
 * word names a group of that kind for that area (Swedish puts what a thing is last in a compound). When no concrete
 * group of the kind has the area, it is the kind all the same: every VGR samordningsråd has the 003 template's
 * mandate ("Ordförande: Utses av koncernledning hälso- och sjukvård …"). The question named no organisation, and only
 * VGR's groups are råd; it had been answered "ambiguous" between the Mellansverige ledningsgrupp and VGR. "röntgenrådet"
 * stays the concrete group of its area. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("a care area's råd with no concrete group", () => {
  it.each([
    ["Vem utser ordförande i ortopedirådet?", "vgr:koncernledning-halso-och-sjukvard"],
    ["Vem ger koordinator till psykiatrirådet?", "vgr:koncernkontoret"],
    ["Vem utser deltagarna i kirurgirådet?", "vgr:forvaltningschef"],
  ])("%s → %s, asked of the kind", (q, owner) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.subject?.id).toBe(KIND);
    expect(d.result.owner?.id).toBe(owner);
  });

  it("a compound of the concrete group's area stays that group", () => {
    expect(router.routeDetailed({ question: "Vem utser ordförande i röntgenrådet?" }).analysis.subject?.id).toBe(BOF);
  });
});
