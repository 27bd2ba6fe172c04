/**
 * Issue 13 (typed): "minnesant." is how Swedish notes shorten "minnesanteckningar" (as "minnesanteckn" already read).
 * "VCG minnesant ska till LG och vem mer" asks who besides the ledningsgrupp gets VCG's minutes (000:
 * "Minnesanteckningar ska föras vid möten med verksamhetschefsgrupper och delges Ledningsgruppen och samverkansnämndens
 * kansli"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("abbreviated minutes", () => {
  it("'minnesant' is read as minnesanteckningar", () => {
    const d = router.routeDetailed({ question: "vcg minnesant ska till LG och vem mer" });
    expect(d.analysis.asks).toBe("reports");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
  });
});
