/**
 * Issue 13 (typed as people type): "göra beslut" is Finland-Swedish (and second-language Swedish) for "fatta beslut". Who
 * "gör besluten om nya samordningsråd" is who sets them up (004: "Hälso- och sjukvårdsutvecklingsdirektören har ansvaret
 * att inrätta och avveckla samordningsråd"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'göra beslut' is 'fatta beslut'", () => {
  it.each([
    "Vem gör besluten om nya samordningsråd i Västra Götaland?",
    "Vem är det som gör beslut om nya samordningsråd inom sjukvården i VGR?",
  ])("%s → hälso- och sjukvårdsutvecklingsdirektör", (question) => {
    expect(router.route({ question }).owner?.id).toBe("vgr:halso-och-sjukvardsutvecklingsdirektor");
  });

  it("who decides for the Västmanland group is still its decision-making body (002: Chefsforum)", () => {
    expect(router.route({ question: "Vem gör besluten åt samverkansgruppen i Västmanland?" }).owner?.id).toBe("vastmanland:chefsforum");
  });
});
