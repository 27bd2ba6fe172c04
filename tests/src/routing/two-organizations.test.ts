/**
 * Issue 13, owner precision: a question naming two organisations, neither a region of the other, whose matter the
 * other organisation's mandates cover as well, is not answered with one organisation's group as if the other did not
 * exist: a mandate holds only inside its organisation (004: the råd "företräder inte VGR i kontakter utanför regionen"),
 * so the answer offers both and asks which. When the sentences before a yes/no question say whose matter it is, the
 * organisation the question guesses does not settle it: the matter's organisation answers. A question that names one organisation, or an organisation and a
 * collaboration it is a region of, keeps its one answer.
 */
import { Router } from "../../../src/routing/router";
import { sampleCatalog } from "./sample-catalog";

const router = new Router(sampleCatalog());

describe("two organisations in one question", () => {
  it("answers in the organisation whose matter it is when a yes/no question guesses another organisation's group", () => {
    // the råd "företräder inte VGR i kontakter utanför regionen" (004): Uppsala and Örebro's purchase is Mellansverige's
    const d = router.routeDetailed({ question: "Uppsala och Örebro vill köpa en gemensam magnetkamera. Är det VGR:s råd för bild- och funktionsmedicin som ska ta det?" });
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
    expect(d.analysis.organization?.id).toBe("sjukvardsregion-mellansverige");
    const vgr = router.route({ question: "Jag jobbar på Sahlgrenska. Är det verksamhetschefsgruppen i Mellansverige som samordnar ortopedin?" });
    expect(vgr.owner?.id).toBe("vgr:samordningsrad-inom-halso-och-sjukvard");
  });

  it("keeps a municipality–region dispute in Västmanland when the question guesses the sjukvårdsregion (002), also typed as a chat", () => {
    const q = "Köpings kommun och regionen är oense om vem som betalar för hjälpmedlen i hemsjukvården. Är det något för ledningsgruppen i Mellansverige?";
    const chat = "kopings kommun och regionen ar oense om vem som betalar for hjalpmedlen i hemsjukvarden ar det nagot for ledningsgruppen i mellansverige";
    for (const question of [q, chat]) expect(router.route({ question }).owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
    // a member region's own person asking for the collaboration's group, with no municipality a party: the group it names
    expect(router.route({ question: "Jag jobbar i Västerås. Kan verksamhetschefsgrupperna i Mellansverige hjälpa oss med gemensam produktionsplanering?" }).owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("reads a member region with its neighbouring regions as the collaboration", () => {
    const r = router.route({ question: "Vi i Västerås vill upphandla robotkirurgi tillsammans med grannregionerna. Vem tar det?" });
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("keeps one answer for a question about one organisation", () => {
    expect(router.route({ question: "Vem samordnar ultraljudsköerna i VGR?" }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("keeps one answer when the other organisation is the collaboration the first is a region of", () => {
    const r = router.route({ question: "Vem äger frågor om samarbetet mellan landstinget och kommunerna i Västmanlands län – sjukvårdsregionens ledningsgrupp eller länets samverkansgrupp?" });
    expect(r.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
