/**
 * Issue 13 (ambiguous): "gruppen", named by nothing, asked how many meetings it has, no organisation known — the
 * groups whose mandates set their meetings are the choice (002 "Samverkansgruppen träffas 3–4 gånger per termin", 003
 * "Mötesfrekvens: 4 – 8 ggr/år"), not "none"; with the organisation known, its group answers. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const VASTMANLAND = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";
const KIND = "vgr:samordningsrad-inom-halso-och-sjukvard";

describe("the meetings of a group by no name", () => {
  it.each([["Hur många möten brukar gruppen ha under ett normalt år?"], ["Vet någon hur många möten gruppen brukar ha?"]])("%s → the groups that set their meetings", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.result.status).toBe("ambiguous");
    expect(d.result.candidates.map((c) => c.id).sort()).toEqual([VASTMANLAND, KIND].sort());
    expect(d.analysis.askOrganization).toBe(true);
    // each candidate's meeting clause, for the card to show what each mandate says
    expect(d.result.citations.map((c) => c.section)).toEqual(expect.arrayContaining([expect.stringMatching(/^Mötesfrekvens/), expect.stringMatching(/^Mötesfrekvens/)]));
    expect(d.result.citations).toHaveLength(2);
  });

  it("with the organisation known, its group answers", () => {
    const r = router.route({ question: "Hur många möten brukar gruppen ha under ett normalt år?", org: "vastmanland" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(VASTMANLAND);
  });
});
