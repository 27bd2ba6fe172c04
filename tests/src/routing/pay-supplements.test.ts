/**
 * Issue 13 (boundary): a supplement to pay — for on-call duty, stand-by, a post, a qualification, a hard recruitment —
 * is pay, which 004 keeps off the samordningsråd: "Övergripande frågor som rör organisation och arbetsvillkor inkl
 * ersättningar … hanteras via regionövergripande samordnande grupper och inte av samordningsråden"
 * (gransdragning.yaml); so are the rules for how schedules are made. Sentences written for this test.
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

describe("rules for how schedules are made are working conditions", () => {
  it.each([
    "Samordningsrådet för ortopedi vill ha gemensamma schemaregler för fysioterapeuter i hela VGR. Får rådet bestämma det?",
    "Ska bildrådet ta fram nya schemaregler för röntgensjuksköterskorna i hela VGR?",
  ])("%s → the region-wide groups (004 'arbetsvillkor')", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });
});
