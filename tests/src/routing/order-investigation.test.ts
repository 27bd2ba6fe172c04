/**
 * Issue 13 (relation, boundary): to "beställa" an investigation from a body is to call it off ("avropa") — 000: "Möjlighet
 * finns att avropa utredningsresurser från Samverkansnämndens kansli" — so whom a group may order its investigations from
 * is the support it gets: the kansli. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const KANSLI = "sjukvardsregion-mellansverige:kansli";

describe("ordering an investigation is drawing on support", () => {
  it.each([
    ["Kan vi i VCG beställa en utredning från kansliet?"],
    ["Kan VCG beställa utredningar direkt från kansliet?"],
  ])("%s → the kansli", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("support");
    expect(d.result.owner?.id).toBe(KANSLI);
  });
});
