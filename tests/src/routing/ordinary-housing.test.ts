/**
 * Issue 13 (topic): care "i ordinärt boende" (a person's own home, the opposite of särskilt boende) is home health
 * care, the municipalities' side of the region–municipality split that 002 gives the Västmanland group: "Identifiera
 * områden där oenighet råder om tolkningar i ansvar", "ansvarsfördelning … mellan Landstinget Västmanland och kommunerna".
 * With no other word of the municipalities' care such questions had been answered "none". Sentences written for this test.
 */
import { sampleRouter } from "./sample-router";

const { router } = sampleRouter();
const GROUP = "vastmanland:lansgemensam-samverkansgrupp-for-halso-och-sjukvardsfragor";

describe("care in ordinärt boende is the municipalities' home health care", () => {
  it.each([
    "Vem ansvarar för läkemedel till äldre i ordinärt boende i Köping?",
    "Sala kommun och regionen tolkar olika vem som gör insulinsprutor för dem som bor i ordinärt boende. Vart vänder vi oss?",
  ])("%s → the Västmanland group", (q) => {
    const r = router.route({ question: q });
    expect(r.status).toBe("owner");
    expect(r.owner?.id).toBe(GROUP);
  });

  it("a care matter of one clinic is still nobody's", () => {
    expect(router.route({ question: "Vilken dag tvättas gardinerna i väntrummet på vårdcentralen i Sala?" }).status).toBe("none");
  });
});
