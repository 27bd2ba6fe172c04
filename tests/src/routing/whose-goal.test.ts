/**
 * Issue 13 (topic): "Vilken grupp har som mål att …?" asks whose goal it is, as "vems mål" does (general Swedish: "ha
 * något som mål"); 000 says it of another body than the group whose mandate holds the sentence: "Samverkansnämndens
 * övergripande mål är att erbjuda invånarna … en jämlik hälso- och sjukvård av god kvalitet på lika villkor" — an
 * adjective between the genitive and its noun takes the weak form. And "föra någons talan", "en samlad/gemensam röst" is
 * to represent someone, towards a ministry as towards any national body (001: "Ledningsgruppen företräder
 * sjukvårdsregionen i nationella sammanhang"). Asked whose a thing is where the leading clause names no owner, a clause
 * of a group close behind that names the owner in the genitive answers (004: "Samordningsrådets uppdrag utgår från
 * regiondirektörens ansvar för samordning av Västra Götalandsregionens samtliga verksamheter"). Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("whose goal, and who speaks for the region", () => {
  it.each([
    ["Vilken grupp har som övergripande mål att invånarna i Mellansverige ska få en jämlik vård på lika villkor?", "sjukvardsregion-mellansverige:samverkansnamnden"],
    ["Vem har som mål att ge invånarna i sjukvårdsregionen jämlik vård av god kvalitet?", "sjukvardsregion-mellansverige:samverkansnamnden"],
    ["När socialdepartementet vill ha en gemensam röst från sjukvårdsregionen Mellansverige, vem står för den?", "sjukvardsregion-mellansverige:ledningsgrupp"],
    // "overarching" is "övergripande" (the glossary), so the English noun after "whose" is the goal
    ["Whose overarching goal is fair access to good care for everyone living in the Mellansverige regions?", "sjukvardsregion-mellansverige:samverkansnamnden"],
  ])("%s → %s", (question, owner) => {
    const r = router.route({ question });
    expect(r.owner?.id).toBe(owner);
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ["Rådens uppdrag i VGR utgår från vems ansvar för samordningen av regionens verksamheter?"],
    ["vems ansvar for samordning av alla verksamheter i vgr vilar samordningsradens uppdrag pa"],
    // "vem har ansvaret för …" asks whose responsibility it is, as "vems ansvar" does
    ["Vem bär ansvaret för att det finns ledningsstrukturer för samordningen av VGR:s verksamheter?"],
    ["Vem har ansvar för samordningen av alla verksamheter i Västra Götalandsregionen?"],
    // a compound that says only how much of it is still "ansvar"
    ["Vem har huvudansvaret för att det finns ledningsstrukturer för samordningen av verksamheterna i VGR?"],
  ])("%s → the regiondirektör", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.owner?.id).toBe("vgr:regiondirektor");
    expect(d.analysis.reason).toBe("actor");
  });

  it.each([
    // a matter of one area stated as a responsibility, asking no one
    ["Fråga avseende ansvar för regiongemensam samordning av neurofysiologi inom VGR."],
    // the verb asks whose duty the matter is: the area's råd, not the owner of the region-wide responsibility
    ["Vem ansvarar för samordningen av neurofysiologin i VGR?"],
    ["Which VGR council is responsible for coordinating clinical physiology?"],
  ])("%s → the area's råd", (question) => {
    expect(router.route({ question }).owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
