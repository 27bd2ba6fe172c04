/**
 * Issue 13 (relation, typed): a Swedish question puts the subject between the verb and its reflexive ("vart vänder vi
 * oss?", "vänder man sig"): whom a group turns to for help with investigations is who supports it (000 "avropa
 * utredningsresurser från Samverkansnämndens kansli"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'vänder vi oss' is 'vända sig'", () => {
  it.each([
    "VCG behöver utredningsstöd – vart vänder vi oss?",
    "verksamhetschefsgruppen behover utredningsstod, vart vander vi oss",
  ])("%s → the kansli", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("support");
    expect(d.result.owner?.id).toBe("sjukvardsregion-mellansverige:kansli");
  });
});
