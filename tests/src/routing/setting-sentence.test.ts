/**
 * Issue 13 (nothing covers it, and not more): a practical matter ticked off in a sentence that sets the scene ("lokal
 * bokad, fika beställd") is not the question when the sentence that asks says a matter of its own; one that points
 * back to it ("… Vem ska laga den?") asks the practical matter, which no mandate covers. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a practical matter in the setting around a question of its own", () => {
  it("coffee ordered before a question on waiting times for MR → the bild- och funktionsmedicin råd", () => {
    const d = router.routeDetailed({ question: "Inför mötet: lokal bokad, fika beställd. Vem samordnar väntetiderna för magnetkamera mellan sjukhusen i VGR?" });
    expect(d.analysis.reason).not.toBe("not-care");
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("a list ticked off before a line that asks", () => {
    const d = router.routeDetailed({ question: "Att göra före torsdag:\n- fika beställd ✔\n- vem samordnar kompetensförsörjningen av röntgensjuksköterskor i VGR?\n- skicka kallelsen" });
    expect(d.result.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });

  it("a question that points back to the practical matter is still none", () => {
    for (const question of ["Kaffemaskinen i fikarummet är trasig igen. Vem ska laga den?", "Fikat till mötet är inte beställt. Vem i VGR ordnar det?"]) {
      expect(router.route({ question }).status).toBe("none");
    }
  });
});
