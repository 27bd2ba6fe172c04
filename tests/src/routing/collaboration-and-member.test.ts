/**
 * Issue 13 (boundary, organisation): a question that names Sjukvårdsregion Mellansverige and places in its member
 * regions ("Västerås", "Gävle") speaks of a matter between those regions — the collaboration's (000: the regions of
 * Sjukvårdsregion Mellansverige). Region Västmanland's own group (002) holds only for the division of responsibility
 * between the region and its municipalities, so it stays in play when they are a party (a municipality named, or a
 * municipal matter such as hemsjukvård). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const VCG = "sjukvardsregion-mellansverige:verksamhetschefsgrupp";
const COUNTY = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("a collaboration and its member region named together", () => {
  it.each([
    "kirurgen i vasteras och karlstad vill dela jourerna i mellansverige vem fixar det",
    "Röntgen i Västerås har långa köer medan Gävle har luft. Vi vill planera produktionen ihop i Mellansverige, vem tar det?",
  ])("%s → asked in Mellansverige, never the county group", (q) => {
    const d = router.routeDetailed({ question: q });
    expect(d.analysis.organization?.id).toBe("sjukvardsregion-mellansverige");
    expect(d.result.owner?.id).not.toBe(COUNTY);
  });

  it("production planned together between member regions is the verksamhetschefsgrupp's", () => {
    const d = router.routeDetailed({ question: "Röntgen i Västerås har långa köer medan Gävle har luft. Vi vill planera produktionen ihop i Mellansverige, vem tar det?" });
    expect(d.result.owner?.id).toBe(VCG);
  });

  it("with the municipalities a party, the member region's own group stays in play", () => {
    const d = router.routeDetailed({ question: "Läkarmedverkan i hemsjukvården i Sala – ska det tas upp i Mellansverige eller i länets egen samverkansgrupp?" });
    expect(d.result.owner?.id).toBe(COUNTY);
  });
});
