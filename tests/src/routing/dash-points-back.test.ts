/**
 * Issue 13 (boundary): "Jourersättningen … är en fråga vi vill driva – är det samordningsrådet som hanterar den?" A
 * dash sets the asking part off inside its sentence, and its pronoun ("den", "det") points back to the part before the
 * dash, which says the matter as a sentence of its own would. Pay, working conditions and premises are matters 004 sends to the regionövergripande
 * samordnande grupper, not to the samordningsråd. Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a pronoun after a dash points back to the part before it", () => {
  it.each([
    "Fackligt ombud här. Jourersättningen för röntgenläkarna i VGR är en fråga vi vill driva – är det samordningsrådet som hanterar den?",
    "Till rådet. Lokalförsörjningen för bilddiagnostiken i hela VGR räcker inte – är det bild- och funktionsmedicinrådet som ordnar den?",
    "Från facket. Arbetsvillkoren för biomedicinska analytiker i VGR – kan samordningsrådet för bild- och funktionsmedicin driva dem?",
  ])("%s → the region-wide groups", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });

  it("the asking part that names its own matter keeps it (no dash: nothing before it to point back to)", () => {
    const r = router.route({ question: "Kan samordningsrådet för bild- och funktionsmedicin samordna remisserna till magnetkameran?" });
    expect(r.owner?.id).toBe("vgr:samordningsrad-bild-och-funktionsmedicin");
  });
});
