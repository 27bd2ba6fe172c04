/**
 * Issue 13 (topic): in a subordinate clause Swedish puts the negation before the finite verb ("om vi inte är överens
 * om ansvaret"), and there it negates the clause: "inte är överens" is a disagreement (002 "Identifiera områden där
 * oenighet råder om tolkningar i ansvar"), no word left out of the answer as "inte VGR" leaves VGR out (left-out-name-and-place.test.ts holds that). The words after
 * such a negation had been dropped from the topic, and the question was left unanswered. Sentences written for this
 * test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a negated clause keeps its words", () => {
  it.each([
    "Vart vänder vi oss när vi inte är överens om ansvaret?",
    "Vem ska vi gå till om vi inte är överens om ansvaret?",
  ])("%s (Västmanland) → the samverkansgrupp", (q) => {
    const r = router.route({ question: q, org: "vastmanland" });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });

});
