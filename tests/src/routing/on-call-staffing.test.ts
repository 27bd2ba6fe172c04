/**
 * Issue 13 (topic): a shared back-up on-call rota ("bakjour") or the on-call lines ("jourlinjer") are how a service is
 * staffed out of hours: staffing, which 000 gives the verksamhetschefsgrupper in Mellansverige ("kompetensförsörjning",
 * gemensam produktionsplanering). Pay for on-call duty (jourersättning) stays a matter of pay (gransdragning.yaml).
 * Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();

describe("on-call rotas are staffing", () => {
  it.each([
    "Gemensam bakjour i ögonsjukvård för Falun, Karlstad och Örebro – vem driver det?",
    "Vem samordnar jourlinjerna i urologi mellan regionerna i Mellansverige?",
  ])("%s → the verksamhetschefsgrupp", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe("sjukvardsregion-mellansverige:verksamhetschefsgrupp");
  });

  it("the pay for on-call duty in VGR stays with the region-wide groups", () => {
    const r = router.route({ question: "Vem bestämmer jourersättningen för röntgensjuksköterskor i VGR?" });
    expect(r.owner?.id).toBe("vgr:regionovergripande-samordnande-grupper");
  });
});
