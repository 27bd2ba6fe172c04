/**
 * Issue 13 (none): every Swedish sjukvårdsregion has a samverkansnämnd; "samverkansnämnden i Södra sjukvårdsregionen" is
 * that region's, which no mandate here covers (organisationer.yaml `outside`) — no answer, not Mellansverige's groups.
 * English names the other healthcare regions before the noun ("the Southern healthcare region"). The name alone, or
 * placed in Mellansverige, stays Mellansverige's. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a shared name placed in an organisation the catalog does not cover", () => {
  it.each([
    ["Vem utser ordförande i samverkansnämnden i Södra sjukvårdsregionen?"],
    ["Vilka sitter i ledningsgruppen för samverkansnämnden i Sydöstra sjukvårdsregionen?"],
    ["Who chairs the joint board in the Southern healthcare region?"],
    ["Which group in the south-east healthcare region handles cancer care?"],
  ])("%s → no group here", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("none");
    expect(d.analysis.reason).toBe("outside");
  });

  it.each([
    ["Vem utser ordförande i samverkansnämndens ledningsgrupp?", "sjukvardsregion-mellansverige:regiondirektorsgrupp"],
    ["Who chairs the joint board in Mellansverige?", "sjukvardsregion-mellansverige:ledningsgrupp"],
  ])("%s → %s", (question, owner) => {
    expect(router.route({ question }).owner?.id).toBe(owner);
  });
});
