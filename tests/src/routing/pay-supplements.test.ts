/**
 * Issue 13 (boundary): a supplement to pay — for on-call duty, stand-by, a post, a qualification, a hard recruitment —
 * is pay, which 004 keeps off the samordningsråd: "Övergripande frågor som rör organisation och arbetsvillkor inkl
 * ersättningar … hanteras via regionövergripande samordnande grupper och inte av samordningsråden"
 * (gransdragning.yaml). Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("a pay supplement is a matter of pay", () => {
  it.each([
    "Vem bestämmer om ett rekryteringstillägg för biomedicinska analytiker i hela VGR?",
    "Ska samordningsrådet för bild- och funktionsmedicin ta fram ett gemensamt jourtillägg för röntgensjuksköterskor i VGR?",
  ])("%s → the region-wide groups", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });
});
