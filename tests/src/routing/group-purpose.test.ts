/**
 * Issue 13 (relation): "Vad är syftet med X?" asks what group X is for — the group itself, cited by its own purpose
 * clause (000 "Syfte", 001 "Syftet med gruppen är att leda sjukvårdsregionens utveckling av samverkan …"), not another
 * group whose clause happens to say "syftet". A body with no mandate of its own among the loaded ones gets no guess.
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("what a group is for is its own purpose clause", () => {
  it.each([
    ["Vad är syftet med VCG i Mellansverige?", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["What is the purpose of the heads-of-department groups in Mellansverige?", "sjukvardsregion-mellansverige:verksamhetschefsgrupp"],
    ["Vad är syftet med samordningsrådet för bild- och funktionsmedicin?", "vgr:samordningsrad-bild-och-funktionsmedicin"],
  ])("%s", (q, id) => {
    const d = router.routeDetailed({ question: q });
    expect(d.result.status).toBe("owner");
    expect(d.result.owner?.id).toBe(id);
    expect(d.analysis.asks).toBe("purpose");
  });

  it("a body without a mandate of its own: no guess", () => {
    const r = router.route({ question: "Vad är syftet med Chefsforum?" });
    expect(r.status).toBe("none");
  });
});
