/**
 * Issue 13 (nothing covers it): every sjukvårdsregion has a samverkansnämnd; one placed by "för"/"of" or by a genitive in
 * a sjukvårdsregion the catalog does not cover ("samverkansnämnden för Sydöstra sjukvårdsregionen", "Region Skånes
 * ledningsgrupp") is that region's, not Mellansverige's — no answer, as "i Norra sjukvårdsregionen" already had.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a group of an organisation the catalog does not cover", () => {
  it.each([
    ["Vem utser ledamöterna i samverkansnämnden för Sydöstra sjukvårdsregionen?"],
    ["Vem utser ledamöterna i Sydöstra sjukvårdsregionens samverkansnämnd?"],
    ["Who chairs the joint board of the Southern healthcare region?"],
  ])("%s → none", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("outside");
  });

  it("the catalog's own samverkansnämnd placed by 'för' is still answered", () => {
    const d = router.routeDetailed({ question: "Vem utser ledamöterna i samverkansnämnden för Sjukvårdsregion Mellansverige?" });
    expect(d.analysis.reason).not.toBe("outside");
  });
});
