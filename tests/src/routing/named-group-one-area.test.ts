/**
 * Issue 13 (boundary): a question whose only care area is the named group's own asks of that one area, so 004's clause
 * for matters "i flera verksamhetsområden" (Klinisk ledning) is not its answer: "Har bild- och funktionsmedicin ett
 * råd?" is answered by Samordningsråd bild- och funktionsmedicin. A matter that speaks of several areas still goes to
 * Klinisk ledning. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("the named group's one area", () => {
  it.each([
    ["Har bild- och funktionsmedicin ett råd i VGR?"],
    ["Finns det ett råd för bild- och funktionsmedicin i VGR?"],
  ])("%s → the BoF råd", (question) => {
    const r = router.route({ question });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("several areas named stay Klinisk ledning's", () => {
    const r = router.route({ question: "Vem hanterar nya arbetssätt som berör både bild- och funktionsmedicin, akuten och ortopedin i VGR?" });
    expect(r.owner?.id).toBe("vgr:klinisk-ledning");
  });
});
