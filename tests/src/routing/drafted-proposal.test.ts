/**
 * Issue 13 (English relation): "The joint group has drafted a proposal … Who takes the decision on it?" — the English
 * glossary read "drafted a proposal" as "utarbeta" alone, so the proposal the decision is about was lost and a "who pays"
 * in the scene-setting sentence was taken for the relation asked. A proposal drafted stays a proposal (002 "förslag
 * till lösning som Chefsforum får ta ställning till"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a drafted proposal is decided by the body its mandate names", () => {
  it.each([
    ["The Västmanland joint group has drafted a proposal on who pays for walking aids. Who takes the decision on it?"],
    ["The joint group in Västmanland drew up a proposal on patient transport. Who takes the decision on it?"],
  ])("%s → Chefsforum", (question) => {
    const d = router.routeDetailed({ question });
    expect(d.analysis.asks).toBe("decides");
    expect(d.result.owner?.id).toBe("vastmanland:chefsforum");
  });
});
