/**
 * Issue 13 (boundary): a sentence right after the one that asks, opening with a pronoun ("Det är en ny metod och den
 * kostar mycket."), says more of the matter asked about; its words count as the asking sentence's own, not as a
 * preamble's. Here they are what puts the matter under 004's PPR clause ("vid införande av nya läkemedel och medicinska
 * metoder som har betydande organisatoriska och/eller ekonomiska konsekvenser"). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const PPR = "vgr:program-och-prioriteringsradet";

describe("a sentence after the question that says more of its matter", () => {
  it.each([
    "Vem bestämmer om vi ska köra AI-stöd för bedömning av lungröntgen i hela VGR? Det är en ny metod och den kostar en hel del.",
    "Vem tar ställning till om vi ska börja med robotassisterad bröstbiopsi i VGR? Det är en ny metod som kostar mycket.",
  ])("%s → PPR", (q) => {
    expect(router.routeDetailed({ question: q }).result.owner?.id).toBe(PPR);
  });
});
