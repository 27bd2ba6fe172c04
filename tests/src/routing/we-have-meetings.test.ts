/**
 * Issue 13 (typed): "Hur ofta ska vi ha möten?" speaks of the meetings a "we" has, its own group's, as "våra möten" and
 * "träffas vi" do — not a fact of the world (fact-question.ts). With Västmanland known, its one group: 002 "Mötesfrekvens
 * och plats". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

it.each(["Hur ofta ska vi ha möten?", "hur ofta har vi moten egentligen", "How often should we have meetings?"])("%s (Västmanland) → the Västmanland group's meeting clause", (q) => {
  const d = router.routeDetailed({ question: q, org: "vastmanland" });
  expect(d.result.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  expect(d.analysis.asks).toBe("meetings");
});
