/**
 * Issue 13 (boundary): two care areas set against each other by "eller" ("hör neurofysiologin till rådet eller till
 * neurologin?") are alternatives — which one area a matter lies in — not "flera verksamhetsområden" a change spans,
 * which 004 sends to Klinisk ledning ("frågor som rör förändrade arbetssätt och processer i flera verksamhetsområden").
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const BOF = "vgr:samordningsrad-bild-och-funktionsmedicin";

describe("areas offered as alternatives are not several areas", () => {
  it.each([
    "Omfattar bild- och funktionsrådet i VGR också klinisk neurofysiologi, eller hör den till neurologin?",
    "Tar samordningsrådet för bild- och funktionsmedicin i VGR hand om nuklearmedicinen eller ligger den under onkologin?",
  ])("%s → the imaging council", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(BOF);
  });

  it("a change of how several areas work together still goes to Klinisk ledning", () => {
    expect(router.route({ question: "Vi vill ändra arbetssätt och processer för akuten, röntgen och vårdcentralerna i VGR. Vem tar det?" }).owner?.id).toBe("vgr:klinisk-ledning");
  });
});
