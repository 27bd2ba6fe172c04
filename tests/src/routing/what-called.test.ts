/**
 * Issue 13 (topic): "Vad kallas …?", "Hur kallas …?" ask what a thing is called. "kallas" shares its stem with "kallelse"
 * (a meeting's notice, a cue of preparing), but it summons no one: the question asks about the group it describes (004:
 * the samordningsråd for bild- och funktionsmedicin), not whom that group prepares matters for. Sentences written for
 * this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("'vad kallas' names, it summons no one", () => {
  it("Vad kallas gruppen som samordnar magnetkameror och ultraljud i VGR? → the BoF råd", () => {
    const r = router.route({ question: "Vad kallas gruppen som samordnar magnetkameror och ultraljud i VGR?" });
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("a question that also asks who prepares still asks it (002: the samverkansgrupp prepares for Chefsforum)", () => {
    const r = router.route({ question: "Hur kallas den grupp som bereder frågor till Chefsforum i Västmanland?" });
    expect(r.owner?.id).toBe("vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor");
  });
});
