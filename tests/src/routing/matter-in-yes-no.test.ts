/**
 * Issue 13 (boundary): "Ska frågan om <matter in a Västmanland municipality> tas i sjukvårdsregionens VCG?" — the
 * yes/no question's "frågan om …" names the matter as sentences told before it do, and the group named after it is the
 * asker's guess: the matter's organisation is asked about (002: the division of responsibility between the region and
 * the municipalities of Västmanland), not the guessed group's. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const COUNTY = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("the matter of a yes/no question's 'frågan om …'", () => {
  it.each([
    ["Ska frågan om hur kommunens sjuksköterskor i Köping får delegera insulin på äldreboendena tas i sjukvårdsregionens verksamhetschefsgrupp?"],
    ["Bör ärendet om läkarstödet till kommunens hemsjukvård i Sala tas upp i ledningsgruppen i Mellansverige?"],
  ])("%s → the Västmanland county group", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.organization?.id).toBe("vastmanland");
    expect(d.result.owner?.id).toBe(COUNTY);
  });
});
