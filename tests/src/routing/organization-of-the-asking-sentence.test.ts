/**
 * Issue 13 (boundary, organisation): of several organisations a message names, the one its asking sentence names is
 * the one asked about; the sentences before set the scene ("… det gäller väl VGR? Region Sörmland vill investera i en
 * magnetkamera – vem i vår sjukvårdsregion samverkar kring det?" asks Mellansverige, 000: investeringar). A name among
 * the answers the question offers ("– Mellansverige eller en länsgrupp?") is a guess, not the place. Sentences written
 * for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the organisation the asking sentence names", () => {
  it("a sentence before naming VGR sets the scene", () => {
    const d = router.routeDetailed({
      question: "Jag hittade bara VGR:s råd för bild- och funktionsmedicin, men det gäller väl VGR? Region Sörmland och Region Dalarna vill köpa in en gemensam magnetkamera – vem i vår sjukvårdsregion samverkar kring det?",
    });
    expect(d.analysis.organization?.id).toBe("sjukvardsregion-mellansverige");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("an organisation offered as an answer is no place asked about", () => {
    const d = router.routeDetailed({ question: "Hemsjukvården i Köping: vem reder ut ansvarsfördelningen mellan kommunen och regionen – Mellansverige eller en länsgrupp?" });
    expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
