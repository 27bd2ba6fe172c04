/**
 * Issue 13, owner precision: a question naming two organisations, neither a region of the other, whose matter the
 * other organisation's mandates cover as well, is not answered with one organisation's group as if the other did not
 * exist: a mandate holds only inside its organisation (004: the råd "företräder inte VGR i kontakter utanför regionen"),
 * so the answer offers both and asks which. A question that names one organisation, or an organisation and a
 * collaboration it is a region of, keeps its one answer.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("two organisations in one question", () => {
  it("offers both organisations' groups when the regions of Mellansverige ask whether VGR's råd takes their matter", () => {
    const d = router.routeDetailed({ question: "Uppsala och Örebro vill köpa en gemensam magnetkamera. Är det VGR:s råd för bild- och funktionsmedicin som ska ta det?" });
    expect(d.result.status).toBe("ambiguous");
    expect(d.result.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(["vgr:samordningsrad-bild-och-funktionsmedicin", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"]));
    expect(d.analysis.askOrganization).toBe(true);
  });

  it("keeps one answer for a question about one organisation", () => {
    expect(router.route({ question: "Vem samordnar ultraljudsköerna i VGR?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("keeps one answer when the other organisation is the collaboration the first is a region of", () => {
    const r = router.route({ question: "Vem äger frågor om samarbetet mellan landstinget och kommunerna i Västmanlands län – sjukvårdsregionens ledningsgrupp eller länets samverkansgrupp?" });
    expect(r.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
