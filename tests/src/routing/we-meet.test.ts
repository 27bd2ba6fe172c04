/**
 * Issue 13 (topic, a general fact of Swedish): "träffas", "ses", "möts" are reciprocal verbs — "Hur ofta träffas vi?"
 * speaks of the meetings of the group the asker sits in, as "våra möten" does, so it is no question for a fact of the
 * world. With the organisation known and one group in it (Västmanland), that group answers (002: "Samverkansgruppen
 * träffas 3–4 gånger per termin"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'träffas vi' speaks of our group's meetings", () => {
  it.each(["Hur många gånger per termin träffas vi?", "hur ofta ses vi egentligen per termin"])("%s (Västmanland) → the samverkansgrupp", (q) => {
    const r = router.route({ question: q, org: "vastmanland" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });

  it("a time of the world is still none ('Hur länge är lunchen?')", () => {
    expect(router.route({ question: "Hur länge är lunchen?", org: "vastmanland" }).status).toBe("none");
  });
});
