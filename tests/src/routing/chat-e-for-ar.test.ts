/**
 * Issue 13 (typed as people type): "e" for "är" in chat ("vem e ordf i …") is read as "är" (forkortningar.yaml), so
 * the question asks what the same question with "är" asks; "e-hälsa", "e-post" stay whole words. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const asked = (q: string) => {
  const r = router.routeDetailed({ question: q });
  return `${r.result.status} ${r.result.owner?.id} ${r.analysis.asks}`;
};

describe("chat 'e' for 'är'", () => {
  it.each([
    ["vem e ordf i samverkansgruppen i vastmanland", "vem är ordf i samverkansgruppen i västmanland"],
    ["vem e uppdragsgivare for vcg", "vem är uppdragsgivare för vcg"],
  ])("%s", (chat, clean) => {
    expect(asked(chat)).toBe(asked(clean));
    expect(asked(chat)).toMatch(/^owner /);
  });
  it("'e-tjänster' is one word", () => {
    expect(asked("vem ansvarar for e-tjanster mellan kommunerna och regionen i vastmanland")).toBe("owner vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor topic");
  });
});
